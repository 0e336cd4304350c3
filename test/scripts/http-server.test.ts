// The production server's own HTTP layer (scripts/lib/http-server.mjs) with a stand-in for Next's handler:
// no-store and nosniff on every /api/ answer whoever writes it, 400 for a target that is not a path, 405 for
// CONNECT and TRACE, explicit timeouts. e2e/server.spec.ts checks the same against the real production server.
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { API_SECURITY_HEADERS } from '@/lib/security-headers';
import { API_HEADERS, createConsoleServer, isApiTarget, malformedPath, SERVER_TIMEOUTS, UNREAD_BODY_LINGER_MS } from '@/scripts/lib/http-server.mjs';

let server: Server | undefined;
let handled: string[] = [];

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  server = undefined;
  handled = [];
});

/** Like Next: a 308 through writeHead with its own Cache-Control, a 400 through statusCode and end(), JSON 200s. */
async function start(timeouts = {}): Promise<number> {
  server = createConsoleServer(
    (req, res) => {
      handled.push(req.url ?? '');
      if (req.url?.includes('..')) {
        res.writeHead(308, { Location: '/x', 'Cache-Control': 'public, max-age=31536000' });
        return res.end();
      }
      if (req.method === 'PROPFIND') {
        res.statusCode = 400;
        return res.end('Bad Request');
      }
      if (req.url === '/api/upload') {
        // An answer before the body is read, as the auth route guard's 413 to a declared length over its cap.
        res.writeHead(413, { 'Content-Type': 'application/json', 'Content-Length': '2' });
        return res.end('{}');
      }
      if (req.url === '/api/private') res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
      res.setHeader('Content-Type', 'application/json');
      res.end('{}');
    },
    { timeouts },
  );
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return (server!.address() as AddressInfo).port;
}

/** Sends `raw` verbatim and resolves with everything the server wrote until it closed or answered. */
function exchange(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (/\r\n\r\n/.test(text) && /Connection: close|Content-Length: \d+|Transfer-Encoding/i.test(text)) {
        const [head = '', body = ''] = text.split('\r\n\r\n');
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
        if (body.length >= length) socket.end();
      }
    });
    socket.on('end', () => resolve(text));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}

const head = (answer: string) => answer.split('\r\n\r\n')[0]!.toLowerCase();

describe('every /api/ answer carries no-store and nosniff', () => {
  it.each([
    ['Next’s 308 for a `..` path, whose own Cache-Control is replaced', 'GET /api/../x HTTP/1.1', '308'],
    ['a 400 written with statusCode and end()', 'PROPFIND /api/dataplatform/clusters HTTP/1.1', '400'],
    ['an answer that sets headers one by one', 'GET /api/unknown HTTP/1.1', '200'],
    ['an encoded spelling of /api', 'GET //%61pi/x HTTP/1.1', '200'],
    ['TRACE, refused here', 'TRACE /api/x HTTP/1.1', '405'],
  ])('%s', async (_label, requestLine, status) => {
    const port = await start();
    const answer = await exchange(port, `${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect(answer.startsWith(`HTTP/1.1 ${status} `)).toBe(true);
    expect(head(answer)).toContain('\r\ncache-control: no-store\r\n');
    expect(head(answer)).toContain('\r\nx-content-type-options: nosniff\r\n');
    // The rest of the API baseline too: proxy.ts does not run for /api/, so this layer sets it for Next's own answers.
    expect(head(answer)).toContain(`\r\ncontent-security-policy: default-src 'none'; frame-ancestors 'none'\r\n`);
    expect(head(answer)).toContain('\r\nx-frame-options: deny\r\n');
  });

  it('its API headers are the API baseline of lib/security-headers.ts', () => {
    expect(API_HEADERS).toEqual(API_SECURITY_HEADERS);
  });

  it('answers an /api/ path with broken percent-encoding with a 400 envelope, before Next', async () => {
    const port = await start();
    for (const path of ['/api/dataplatform/clusters/%', '/api/x/%zz', '/api/x/%C0%AE']) {
      const answer = await exchange(port, `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      expect(answer.startsWith('HTTP/1.1 400 '), path).toBe(true);
      expect(answer).toContain('"errorCode":"malformed_path"');
      expect(head(answer)).toContain('\r\nx-frame-options: deny\r\n');
    }
    expect(handled).toEqual([]);
    expect(malformedPath('/api/x/%41?q=%')).toBe(false);
  });

  it('keeps a Cache-Control that already says no-store', async () => {
    const port = await start();
    const answer = await exchange(port, 'GET /api/private HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(head(answer)).toContain('\r\ncache-control: private, no-cache, no-store, max-age=0, must-revalidate\r\n');
    expect(head(answer)).toContain('\r\nx-content-type-options: nosniff\r\n');
  });

  it('recognises the API however its path is spelled, and nothing else', () => {
    for (const url of ['/api', '/api/x', '/api?x=1', '//api/x', '/%61pi/x', '/API/x', '/\\api/x']) expect(isApiTarget(url), url).toBe(true);
    for (const url of ['/', '/apis', '/clusters', '/signin?next=/api/x', '/%zz']) expect(isApiTarget(url), url).toBe(false);
  });

  it('leaves pages alone', async () => {
    const port = await start();
    const answer = await exchange(port, 'GET /clusters HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(answer.startsWith('HTTP/1.1 200 ')).toBe(true);
    expect(head(answer)).not.toContain('cache-control');
  });

  it('answers CONNECT with a 405 that carries both headers', async () => {
    const port = await start();
    const answer = await exchange(port, 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n');
    expect(answer.startsWith('HTTP/1.1 405 ')).toBe(true);
    expect(head(answer)).toContain('\r\ncache-control: no-store\r\n');
    expect(head(answer)).toContain('\r\nx-content-type-options: nosniff\r\n');
    expect(handled).toEqual([]);
  });
});

describe('request targets', () => {
  it.each(['GET http://evil.example/api/x HTTP/1.1', 'OPTIONS * HTTP/1.1'])('%s gets a 400 and never reaches Next', async (requestLine) => {
    const port = await start();
    const answer = await exchange(port, `${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect(answer.startsWith('HTTP/1.1 400 ')).toBe(true);
    expect(answer).toContain('"errorCode":"bad_request_target"');
    expect(head(answer)).not.toContain('location:');
    expect(head(answer)).toContain('\r\ncache-control: no-store\r\n');
    expect(handled).toEqual([]);
  });
});

describe('timeouts', () => {
  it('are set explicitly, well below Node’s defaults (300 s for the request, 60 s for headers)', async () => {
    await start();
    expect(server!.requestTimeout).toBe(SERVER_TIMEOUTS.requestTimeoutMs);
    expect(server!.headersTimeout).toBe(SERVER_TIMEOUTS.headersTimeoutMs);
    expect(server!.keepAliveTimeout).toBe(SERVER_TIMEOUTS.keepAliveTimeoutMs);
    expect(SERVER_TIMEOUTS.requestTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(SERVER_TIMEOUTS.headersTimeoutMs).toBeLessThanOrEqual(SERVER_TIMEOUTS.requestTimeoutMs);
  });

  it('a client that never finishes its headers gets a 408 with both headers and is disconnected', async () => {
    const port = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 50 });
    const answer = await exchange(port, 'GET /api/dataplatform/clusters HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    expect(answer.startsWith('HTTP/1.1 408 ')).toBe(true);
    expect(head(answer)).toContain('\r\ncache-control: no-store\r\n');
    expect(handled).toEqual([]);
  });
});

describe('an answer given before the request body arrived', () => {
  /**
   * Sends a 64 MiB body in 64 KiB writes until the server answers, then stops writing without ending; resolves when
   * the server ends the connection, with what it answered and how much was written.
   */
  function upload(port: number): Promise<{ answer: string; sentBytes: number; ended: 'end' | 'close' }> {
    const declared = 64 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    return new Promise((resolve, reject) => {
      let answer = '';
      let sentBytes = 0;
      const socket = connect(port, '127.0.0.1', async () => {
        socket.write(`POST /api/upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${declared}\r\n\r\n`);
        while (answer === '' && sentBytes < declared && !socket.destroyed) {
          sentBytes += chunk.length;
          if (!socket.write(chunk)) await new Promise((done) => socket.once('drain', done).once('data', done).once('close', done));
        }
      });
      socket.on('data', (data: Buffer) => (answer += data.toString('latin1')));
      socket.once('end', () => resolve({ answer, sentBytes, ended: 'end' }));
      socket.once('close', () => resolve({ answer, sentBytes, ended: 'close' }));
      socket.on('error', (error) => (answer ? undefined : reject(error)));
    });
  }

  it('ends the connection after the answer instead of reading the rest of the body (Node would drain it all)', async () => {
    const port = await start();
    const { answer, sentBytes, ended } = await upload(port);
    expect(answer.startsWith('HTTP/1.1 413 ')).toBe(true);
    // A clean end after the whole answer, not a reset: the answer's body is there.
    expect(ended).toBe('end');
    expect(answer.endsWith('\r\n\r\n{}')).toBe(true);
    expect(sentBytes).toBeLessThan(64 * 1024 * 1024);
  });

  it('lingers: a client that notices the answer late can still send for a while without a reset (also with Connection: close)', async () => {
    const port = await start();
    for (const connection of ['', 'Connection: close\r\n']) {
      const outcome = await new Promise<{ answer: string; errors: string[] }>((resolve) => {
        let answer = '';
        const errors: string[] = [];
        const chunk = Buffer.alloc(64 * 1024, 'a');
        // Half-open: the client's own end does not follow the server's, as a client busy uploading would not notice it.
        const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () => {
          socket.write(`POST /api/upload HTTP/1.1\r\nHost: localhost\r\n${connection}Content-Length: ${64 * 1024 * 1024}\r\n\r\n`);
          socket.write(chunk);
        });
        socket.on('data', async (data: Buffer) => {
          const first = answer === '';
          answer += data.toString('latin1');
          if (!first) return;
          // 1 MiB more over about 300 ms, well within the linger: Node's own close would have reset the connection.
          for (let i = 0; i < 16 && !socket.destroyed; i++) {
            socket.write(chunk);
            await new Promise((done) => setTimeout(done, 20));
          }
          socket.end();
        });
        socket.on('error', (error) => errors.push(error.message));
        socket.once('close', () => resolve({ answer, errors }));
      });
      expect(outcome.errors).toEqual([]);
      expect(outcome.answer.startsWith('HTTP/1.1 413 ')).toBe(true);
      expect(outcome.answer.endsWith('\r\n\r\n{}')).toBe(true);
    }
  });

  it('lingers for a bounded time only', () => {
    expect(UNREAD_BODY_LINGER_MS).toBeGreaterThan(0);
    expect(UNREAD_BODY_LINGER_MS).toBeLessThanOrEqual(5_000);
  });
});
