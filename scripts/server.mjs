#!/usr/bin/env node
// The production server: Next's own request handler (the `next build` output, as `next start` serves it)
// behind the few things `next start` cannot be told to do:
// - X-Forwarded-For/-Host/-Proto come from the socket, not the client (`next start` keeps a client's own
//   X-Forwarded-For, which would let anyone pick the address the sign-in throttle counts). Behind a reverse
//   proxy that overwrites those headers, set TRUST_PROXY=true to keep them.
// - TRACE, TRACK and CONNECT get a 405 (Next answers TRACE with a 500 of its own).
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || undefined;
const trustProxy = process.env.TRUST_PROXY === 'true';
const REFUSED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

function refuse(res) {
  const body = JSON.stringify({ httpStatus: 405, messages: [{ errorCode: 'method_not_allowed', message: 'This method is not served.' }] });
  res.writeHead(405, {
    Allow: 'GET, HEAD, POST, PATCH, DELETE',
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

const app = next({ dev: false, hostname: host ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (REFUSED_METHODS.has(req.method ?? '')) return refuse(res);
  if (!trustProxy) {
    req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    delete req.headers['x-forwarded-host'];
    delete req.headers['x-forwarded-proto'];
    delete req.headers['x-forwarded-port'];
  }
  void handle(req, res);
});
// Node hands CONNECT to its own event; without a listener it would just drop the socket.
server.on('connect', (_req, socket) => socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'));
server.listen(port, host, () => console.warn(`[console] ready on http://${host ?? 'localhost'}:${port}`));

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
