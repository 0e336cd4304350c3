// The production server's own HTTP layer, around Next's request handler (see scripts/server.mjs):
// - explicit timeouts (a client that trickles its headers or body is cut off, not kept for Node's 5 minutes);
// - a request target that is not a path (absolute form `GET http://evil.example/x`, `OPTIONS *`) gets a 400
//   (Next would answer a 308 to that URL);
// - TRACE, TRACK and CONNECT get a 405 (Next answers TRACE with a 500 of its own);
// - every answer to an /api/ request carries the API baseline (no-store, nosniff, `default-src 'none'`, no
//   framing), whoever writes it (a route, next-auth, Next's own 308 for `..` paths and 400s, this file): proxy.ts
//   does not run for /api/ (its per-request cost), so this layer and the route wrappers set them;
// - an /api/ path with broken percent-encoding gets a 400 (Next would answer a 500 of its own);
// - X-Forwarded-For/-Host/-Proto come from the socket unless trustProxy;
// - an answer given before its request's body arrived (a 413 to an oversized upload, a 401 to a POST) ends the
//   connection: Node would keep it open and read the rest of the body, however large, to reuse the connection;
// - the server ends connections with a lingering close, never with a reset that could destroy its answer.
import { createServer } from 'node:http';

export const SERVER_TIMEOUTS = {
  /** Whole request (headers and body) must arrive within this; the BFF's bodies are a few kilobytes. */
  requestTimeoutMs: 30_000,
  /** Headers must arrive within this. */
  headersTimeoutMs: 15_000,
  /**
   * Idle keep-alive connections are closed after this. Longer than the idle timeout of clients and proxies in front
   * (Node's agent closes at the `Keep-Alive: timeout` hint minus 1 s; load balancers at about 60 s), so the client
   * always closes an idle connection first: with Node's 5 s a request sent as the server closed the socket got a
   * reset (seen once in e2e, Playwright's request client).
   */
  keepAliveTimeoutMs: 65_000,
  /** How often Node checks the two deadlines above (its default, 30 s, would let them run 30 s late). */
  checkIntervalMs: 5_000,
};

/**
 * How long a connection the server ends stays open for the client's bytes still arriving (a lingering close). They
 * are read and discarded meanwhile: closing with unread bytes would send a reset, which can destroy the answer
 * before the client has read it (a 413 to a client still uploading). The client normally closes first, on the FIN.
 */
export const UNREAD_BODY_LINGER_MS = 2_000;

/** Ends the connection after what was written, keeps reading (and dropping) what still comes, cuts it off later. */
function lingeringClose(socket) {
  if (socket.destroyed) return;
  if (socket.writable) socket.end();
  socket.resume();
  const timer = setTimeout(() => socket.destroy(), UNREAD_BODY_LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

const REFUSED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);
/** lib/security-headers.ts API_SECURITY_HEADERS (this file is plain JS); test/scripts/http-server.test.ts keeps them equal. */
export const API_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};
const REASONS = { 400: 'Bad Request', 405: 'Method Not Allowed', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

function errorBody(status, errorCode, message) {
  return JSON.stringify({ httpStatus: status, messages: [{ errorCode, message }] });
}

/** The raw HTTP/1.1 answer for sockets Node does not hand to a request listener (CONNECT, parse errors). */
export function rawAnswer(status, errorCode, message, extra = {}) {
  const body = errorBody(status, errorCode, message);
  const headers = {
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    ...API_HEADERS,
    Connection: 'close',
    'Content-Length': Buffer.byteLength(body),
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${REASONS[status] ?? ''}\r\n${lines.join('')}\r\n${body}`;
}

function answer(res, status, errorCode, message, extra = {}) {
  res.writeHead(status, { ...extra, 'Content-Type': 'application/json; charset=utf-8', ...API_HEADERS });
  res.end(errorBody(status, errorCode, message));
}

/** Whether the path of a request target has broken percent-encoding (`/api/x/%`, overlong UTF-8). */
export function malformedPath(url) {
  try {
    decodeURIComponent(url.split(/[?#]/)[0]);
    return false;
  } catch {
    return true;
  }
}

function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Whether a request target addresses the API: `/api`, `/api/…`, also spelled `//api`, `/%61pi` or `/API`. */
export function isApiTarget(url) {
  const pathname = safeDecode(url.split(/[?#]/)[0])
    .replace(/[\\/]+/g, '/')
    .toLowerCase();
  return pathname === '/api' || pathname.startsWith('/api/');
}

function hasNoStore(value) {
  const text = Array.isArray(value) ? value.join(',') : String(value ?? '');
  return text.split(',').some((directive) => directive.trim().toLowerCase() === 'no-store');
}

/** Makes every writeHead of this response (explicit, or implicit through write/end) carry the API headers. */
function enforceApiHeaders(res) {
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadWithApiHeaders(statusCode, reasonOrHeaders, maybeHeaders) {
    const reason = typeof reasonOrHeaders === 'string' ? reasonOrHeaders : undefined;
    const headers = reason === undefined ? reasonOrHeaders : maybeHeaders;
    if (Array.isArray(headers)) {
      const pairs = Array.isArray(headers[0]) ? headers : headers.flatMap((v, i) => (i % 2 === 0 ? [[v, headers[i + 1]]] : []));
      for (const [name, value] of pairs) this.appendHeader(name, value);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value);
    }
    for (const [name, value] of Object.entries(API_HEADERS)) {
      if (name !== 'Cache-Control' || !hasNoStore(this.getHeader('cache-control'))) this.setHeader(name, value);
    }
    return reason === undefined ? writeHead.call(this, statusCode) : writeHead.call(this, statusCode, reason);
  };
}

/**
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handle
 * @param {{ trustProxy?: boolean, timeouts?: Partial<typeof SERVER_TIMEOUTS> }} [options]
 */
export function createConsoleServer(handle, { trustProxy = false, timeouts = {} } = {}) {
  const t = { ...SERVER_TIMEOUTS, ...timeouts };
  const server = createServer(
    { requestTimeout: t.requestTimeoutMs, headersTimeout: t.headersTimeoutMs, connectionsCheckingInterval: t.checkIntervalMs },
    (req, res) => {
      const socket = req.socket;
      // An answer before the body arrived ends a kept-alive connection too: Node would read the rest of the body,
      // however large, to reuse it. (Its own 'finish' listener, which ran first, has resumed the unread body.)
      res.once('finish', () => {
        if (!req.complete) lingeringClose(socket);
      });
      const url = req.url ?? '';
      if (!url.startsWith('/')) return answer(res, 400, 'bad_request_target', 'The request target must be a path.');
      if (isApiTarget(url)) {
        enforceApiHeaders(res);
        if (malformedPath(url)) return answer(res, 400, 'malformed_path', 'The request path is not valid percent-encoded UTF-8.');
      }
      if (REFUSED_METHODS.has(req.method ?? '')) {
        return answer(res, 405, 'method_not_allowed', 'This method is not served.', { Allow: 'GET, HEAD, POST, PATCH, DELETE' });
      }
      if (!trustProxy) {
        req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
        delete req.headers['x-forwarded-host'];
        delete req.headers['x-forwarded-proto'];
        delete req.headers['x-forwarded-port'];
      }
      return handle(req, res);
    },
  );
  server.keepAliveTimeout = t.keepAliveTimeoutMs;
  // Node ends a connection after an answer with `Connection: close` through destroySoon: at once, a reset when the
  // client is still sending. Every connection the server ends gets the lingering close instead.
  server.on('connection', (socket) => {
    socket.destroySoon = () => lingeringClose(socket);
  });
  // Node hands CONNECT to its own event; without a listener it would just drop the socket.
  server.on('connect', (_req, socket) => {
    socket.end(rawAnswer(405, 'method_not_allowed', 'This method is not served.', { Allow: 'GET, HEAD, POST, PATCH, DELETE' }));
  });
  // Requests Node's parser refuses or times out (Node's own answer would carry neither API header).
  server.on('clientError', (error, socket) => {
    const busy = socket._httpMessage?.headersSent;
    if (error.code === 'ECONNRESET' || !socket.writable || busy) return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    socket.end(rawAnswer(status, status === 408 ? 'request_timeout' : 'bad_request', REASONS[status]));
  });
  return server;
}
