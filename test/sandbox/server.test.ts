// The loopback server: real HTTP on 127.0.0.1 with the same handlers (no msw interception here).
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '@/lib/sandbox/clock';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox/server';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { SANDBOX_USERS } from '@/lib/sandbox/users';
import { SERVER_TIMEOUTS } from '@/scripts/lib/http-server.mjs';
import { controlClientFor, validCluster } from './support/harness';

const servers: SandboxServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: Parameters<typeof startSandboxServer>[0] = {}) {
  const server = await startSandboxServer({ port: 0, provisionSeconds: 2, ...options });
  servers.push(server);
  return server;
}

const basic = (email: string) => ({ authorization: `Basic ${Buffer.from(`${email}:sandbox`).toString('base64')}` });

describe('startSandboxServer', () => {
  it('serves the API over loopback on a free port, with bodies both ways', async () => {
    const server = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const list = await fetch(`${server.url}/dataplatform/clusters`, { headers: basic(SANDBOX_USERS.user.email) });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(3);
    const created = await fetch(`${server.url}/dataplatform/clusters`, {
      method: 'POST',
      headers: { ...basic(SANDBOX_USERS.user.email), 'content-type': 'application/json' },
      body: JSON.stringify(validCluster('over-the-wire')),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toMatch(/^".+"$/);
    const log = (
      await controlClientFor(server.sandbox, server.url).call<{ items: { body: string; headers: Record<string, string> }[] }>(
        'GET',
        '/__sandbox/requests',
      )
    ).body;
    expect(JSON.parse(log.items[1]!.body)).toEqual(validCluster('over-the-wire'));
    expect(log.items[1]!.headers.host).toBe(`127.0.0.1:${server.port}`);
  });

  it('keeps idle connections longer than clients do, and says so in the Keep-Alive hint', async () => {
    // Clients close an idle socket at the hint (Node's agent: hint minus 1 s); a server closing first races with a
    // client sending on that socket (ECONNRESET, seen in an e2e clean-up after a 5 s pause).
    const server = await start();
    const hint = await new Promise<string | undefined>((resolve, reject) => {
      httpRequest(`${server.url}/__sandbox/health`, (res) => {
        res.resume();
        const keepAlive = res.headers['keep-alive'];
        resolve(Array.isArray(keepAlive) ? keepAlive.join(', ') : keepAlive);
      })
        .on('error', reject)
        .end();
    });
    expect(hint).toBe(`timeout=${SERVER_TIMEOUTS.keepAliveTimeoutMs / 1000}`);
    expect(SERVER_TIMEOUTS.keepAliveTimeoutMs).toBeGreaterThanOrEqual(60_000);
  });

  it('closes the connection for a drop fault and answers the next request', async () => {
    const server = await start({ faults: [{ path: '/dataplatform/versions', drop: true, times: 1 }] });
    const headers = basic(SANDBOX_USERS.user.email);
    await expect(fetch(`${server.url}/dataplatform/versions`, { headers })).rejects.toThrow(TypeError);
    expect((await fetch(`${server.url}/dataplatform/versions`, { headers })).status).toBe(200);
  });

  it('runs independent instances side by side, each with its own clock and state', async () => {
    const clock = createManualClock();
    const a = await start({ now: clock.now, seed: 'empty' });
    const b = await start();
    const headers = { ...basic(SANDBOX_USERS.admin.email), 'content-type': 'application/json' };
    await fetch(`${a.url}/dataplatform/clusters`, { method: 'POST', headers, body: JSON.stringify(validCluster('only-in-a')) });
    const inA = (await (await fetch(`${a.url}/dataplatform/clusters`, { headers })).json()) as { items: { metadata: { state: string } }[] };
    const inB = (await (await fetch(`${b.url}/dataplatform/clusters?name=only-in-a`, { headers })).json()) as { items: unknown[] };
    expect(inA.items).toHaveLength(1);
    expect(inB.items).toHaveLength(0);
    clock.advance(2000);
    const later = (await (await fetch(`${a.url}/dataplatform/clusters`, { headers })).json()) as { items: { metadata: { state: string } }[] };
    expect(later.items[0]!.metadata.state).toBe('AVAILABLE');
    // A token of one instance means nothing to the other.
    const token = ((await (await fetch(`${a.url}/auth/v1/tokens/generate`, { headers })).json()) as { token: string }).token;
    expect(
      (await fetch(`${a.url}/dataplatform/clusters/${SEED_IDS.clusters.kafkaDev}`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(404);
    expect((await fetch(`${b.url}/dataplatform/clusters`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('stops accepting connections once closed', async () => {
    const server = await startSandboxServer({ port: 0 });
    expect((await fetch(`${server.url}/__sandbox/health`)).status).toBe(200);
    await server.close();
    await expect(fetch(`${server.url}/__sandbox/health`)).rejects.toThrow();
  });
});

/** A raw HTTP/1.1 GET with the Host header as given (fetch does not let a caller set Host). */
function getWithHost(server: SandboxServer, path: string, host: string | null): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, setHost: false, headers: host === null ? {} : { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Host check (b)', () => {
  it('answers only for loopback names with its own port', async () => {
    const server = await start();
    const { port } = server;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect((await getWithHost(server, '/__sandbox/health', host)).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`, '127.0.0.1', `localhost.evil.example:${port}`]) {
      const answer = await getWithHost(server, '/__sandbox/health', host);
      expect(answer.status, host).toBe(421);
      expect(JSON.parse(answer.body)).toMatchObject({ httpStatus: 421, messages: [{ errorCode: 'MISDIRECTED_REQUEST' }] });
    }
    expect([400, 421]).toContain((await getWithHost(server, '/__sandbox/health', null)).status);
    // Over the wire too, the control endpoint wants its token.
    expect((await fetch(`${server.url}/__sandbox/requests`)).status).toBe(401);
  });
});
