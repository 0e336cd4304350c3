// A recording fake of the IONOS APIs on 127.0.0.1: a plain node:http server that logs every request it receives
// (method, path, headers, body) and answers from per-test scripts, including the misbehaviours a real network
// has: redirects, hangs, trickling and huge bodies, non-JSON, dropped connections.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type RecordedRequest = {
  method: string;
  /** Path and query as received, e.g. `/dataplatform/clusters?name=a`. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
};

export type Answer =
  | { status?: number; headers?: Record<string, string | string[]>; json?: unknown; body?: string | Buffer }
  /** Accept the request and never answer (until the fake is reset or closed). */
  | { hang: true }
  /** Destroy the connection before any byte of the answer, or after the headers and part of the body. */
  | { drop: 'before-headers' | 'mid-body' }
  /** Send the headers, then one small chunk every `intervalMs`, `chunks` times. */
  | { trickle: { chunks: number; intervalMs: number } }
  /** A JSON-looking body of `bytes` bytes, streamed lazily; with or without Content-Length. */
  | { huge: { bytes: number; declareLength: boolean } };

export type Script = Answer | ((request: RecordedRequest) => Answer);

export type FakeUpstream = {
  origin: string;
  port: number;
  requests: RecordedRequest[];
  /** Answers for the next requests, in order; `fallback` answers once the queue is empty. */
  enqueue: (...answers: Script[]) => void;
  setFallback: (answer: Script) => void;
  /** Forget requests and scripts, and cut hanging connections. */
  reset: () => void;
  close: () => Promise<void>;
};

const UNSCRIPTED: Answer = { status: 500, json: { httpStatus: 500, messages: [{ errorCode: 'unscripted', message: 'No answer was scripted.' }] } };

function hugeBody(res: ServerResponse, bytes: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  res.write('{"items":"');
  const pump = () => {
    while (sent < bytes && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end('"}');
  };
  pump();
}

function answer(res: ServerResponse, socket: Socket, script: Answer, timers: Set<NodeJS.Timeout>): void {
  if ('hang' in script) return;
  if ('drop' in script) {
    if (script.drop === 'before-headers') {
      socket.destroy();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
    res.write('{"items": [');
    setTimeout(() => socket.destroy(), 20);
    return;
  }
  if ('trickle' in script) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    let left = script.trickle.chunks;
    res.write('{"items": [');
    const timer = setInterval(() => {
      left -= 1;
      if (left <= 0 || res.destroyed) {
        clearInterval(timer);
        timers.delete(timer);
        if (!res.destroyed) res.end(']}');
        return;
      }
      res.write(' ');
    }, script.trickle.intervalMs);
    timers.add(timer);
    return;
  }
  if ('huge' in script) {
    res.writeHead(200, {
      'Content-Type': 'application/json',
      ...(script.huge.declareLength ? { 'Content-Length': String(script.huge.bytes + 12) } : {}),
    });
    hugeBody(res, script.huge.bytes);
    return;
  }
  const body = script.json !== undefined ? JSON.stringify(script.json) : (script.body ?? '');
  const headers: Record<string, string | string[]> = {
    ...(script.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
    ...script.headers,
  };
  res.writeHead(script.status ?? 200, headers);
  res.end(body);
}

export async function startFakeUpstream(): Promise<FakeUpstream> {
  const requests: RecordedRequest[] = [];
  const queue: Script[] = [];
  let fallback: Script = UNSCRIPTED;
  const sockets = new Set<Socket>();
  /** Answers still open (hanging, trickling, streaming); reset cuts them, idle keep-alive sockets stay. */
  const open = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const parsed = new URL(url, 'http://fake.invalid');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url,
        path: parsed.pathname,
        query: parsed.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      open.add(res);
      res.on('close', () => open.delete(res));
      const script = queue.shift() ?? fallback;
      answer(res, req.socket, typeof script === 'function' ? script(recorded) : script, timers);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const cut = (all: boolean) => {
    for (const timer of timers) clearInterval(timer);
    timers.clear();
    for (const res of open) res.socket?.destroy();
    open.clear();
    if (all) for (const socket of sockets) socket.destroy();
  };

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    enqueue: (...answers) => {
      queue.push(...answers);
    },
    setFallback: (script) => {
      fallback = script;
    },
    reset: () => {
      cut(false);
      requests.length = 0;
      queue.length = 0;
      fallback = UNSCRIPTED;
    },
    close: async () => {
      cut(true);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
