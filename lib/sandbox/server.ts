// Serves a sandbox's msw handlers over loopback HTTP, so clients exercise their real network path
// (timeouts, dropped connections, headers) against the same handlers Vitest uses in-process.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import { createSandbox, type Sandbox, type SandboxOptions } from '@/lib/sandbox/sandbox';
import { SERVER_TIMEOUTS } from '@/scripts/lib/http-server.mjs';

export interface SandboxServerOptions extends SandboxOptions {
  /** 0 picks a free port (tests). */
  port?: number;
  /** Serve an existing sandbox instead of creating one. */
  sandbox?: Sandbox;
}

export interface SandboxServer {
  url: string;
  port: number;
  sandbox: Sandbox;
  close(): Promise<void>;
}

// Hop-by-hop headers describe this connection, not the request the handlers see.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit & { duplex: 'half' });
}

/** Only loopback names with this server's port: a DNS-rebound name (evil.example → 127.0.0.1) is refused. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  return allowed.includes(host.toLowerCase());
}

function refuseHost(res: ServerResponse): void {
  const message = 'Host: The sandbox answers only for 127.0.0.1, localhost or [::1] with its own port.';
  res.writeHead(421, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ httpStatus: 421, messages: [{ errorCode: 'MISDIRECTED_REQUEST', message }] }));
}

async function answer(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const response = await getResponse(sandbox.handlers, toRequest(req, sandbox.origin));
  if (!response) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ httpStatus: 404, messages: [{ errorCode: 'NOT_FOUND', message: 'No handler.' }] }));
    return;
  }
  // A `drop` fault: close the connection without an answer.
  if (response.type === 'error') {
    req.socket.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const sandbox = options.sandbox ?? createSandbox(options);
  const sockets = new Set<Socket>();
  let port = 0;
  const server = createServer((req, res) => {
    if (!isLoopbackHost(req.headers.host, port)) {
      refuseHost(res);
      return;
    }
    answer(sandbox, req, res).catch((error: unknown) => {
      console.error('[sandbox] failed to answer', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ httpStatus: 500, messages: [{ errorCode: 'INTERNAL_ERROR', message: 'The sandbox failed unexpectedly.' }] }));
    });
  });
  // As the production server (scripts/lib/http-server.mjs): idle connections outlive the clients' own idle timeout,
  // so a client never sends on a socket the sandbox is closing (with Node's 5 s, an e2e clean-up after a 5 s pause
  // met ECONNRESET).
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveTimeoutMs;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive connections would hold close() open; they belong to this server, so end them.
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
