// The production server's own answers (scripts/server.mjs), with request lines sent verbatim over a socket so that
// `..`, absolute-form targets and CONNECT reach it unchanged: every /api/ answer carries no-store and nosniff
// whoever writes it, and a target that is not a path gets a 400 instead of Next's 308 to that URL.
import { connect } from 'node:net';
import { expect, test } from './fixtures';
import { E2E } from './env';

const port = Number(new URL(E2E.consoleUrl).port);

type RawAnswer = { status: number; headers: Record<string, string>; body: string };

/** Sends one request verbatim (Connection: close) and parses the answer's status line and headers. */
function send(requestLine: string, extraHeaders = ''): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`${requestLine}\r\nHost: localhost:${port}\r\n${extraHeaders}Connection: close\r\n\r\n`),
    );
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

function expectApiHeaders(answer: RawAnswer, label: string) {
  expect(answer.headers['cache-control'], label).toMatch(/(^|,\s*)no-store(\s*,|$)/);
  expect(answer.headers['x-content-type-options'], label).toBe('nosniff');
}

test('every answer under /api/ carries no-store and nosniff, also the ones Next and the server write themselves', async () => {
  const cases: [string, string, number][] = [
    ['Next’s 308 for a `..` segment', 'GET /api/dataplatform/clusters/.. HTTP/1.1', 308],
    ['Next’s 308 for a trailing slash', 'GET /api/dataplatform/clusters/ HTTP/1.1', 308],
    ['Next’s 400 for PROPFIND', 'PROPFIND /api/dataplatform/clusters HTTP/1.1', 400],
    ['an unknown /api/ path', 'GET /api/no-such-thing HTTP/1.1', 404],
    ['a JSON answer of a route (no session)', 'GET /api/dataplatform/clusters HTTP/1.1', 401],
    ['next-auth’s JSON', 'GET /api/auth/csrf HTTP/1.1', 200],
    ['TRACE', 'TRACE /api/dataplatform/clusters HTTP/1.1', 405],
  ];
  for (const [label, requestLine, status] of cases) {
    const answer = await send(requestLine);
    expect(answer.status, label).toBe(status);
    expectApiHeaders(answer, label);
  }
});

test('CONNECT gets a 405 with both headers', async () => {
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`CONNECT api.ionos.com:443 HTTP/1.1\r\nHost: api.ionos.com:443\r\n\r\n`));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
  const head = answer.split('\r\n\r\n')[0]!.toLowerCase();
  expect(head.startsWith('http/1.1 405 ')).toBe(true);
  expect(head).toContain('\r\ncache-control: no-store');
  expect(head).toContain('\r\nx-content-type-options: nosniff');
});

test('a request target that is not a path gets a 400, not a redirect to it', async () => {
  for (const requestLine of [
    'GET http://evil.example/api/dataplatform/clusters HTTP/1.1',
    'GET http://evil.example/ HTTP/1.1',
    'OPTIONS * HTTP/1.1',
  ]) {
    const answer = await send(requestLine);
    expect(answer.status, requestLine).toBe(400);
    expect(answer.headers.location, requestLine).toBeUndefined();
    expect(answer.headers['content-type'], requestLine).toBe('application/json; charset=utf-8');
    expectApiHeaders(answer, requestLine);
    expect(answer.body, requestLine).toContain('bad_request_target');
  }
});
