// The loopback server: real HTTP on 127.0.0.1 with the same handlers (no msw interception here).
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '@/lib/sandbox/clock';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox/server';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { SANDBOX_USERS } from '@/lib/sandbox/users';
import { validCluster } from './support/harness';

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
    const log = (await (await fetch(`${server.url}/__sandbox/requests`)).json()) as { items: { body: string; headers: Record<string, string> }[] };
    expect(JSON.parse(log.items[1]!.body)).toEqual(validCluster('over-the-wire'));
    expect(log.items[1]!.headers.host).toBe(`127.0.0.1:${server.port}`);
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
    expect((await fetch(`${a.url}/dataplatform/clusters/${SEED_IDS.clusters.kafkaDev}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    expect((await fetch(`${b.url}/dataplatform/clusters`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('stops accepting connections once closed', async () => {
    const server = await startSandboxServer({ port: 0 });
    expect((await fetch(`${server.url}/__sandbox/health`)).status).toBe(200);
    await server.close();
    await expect(fetch(`${server.url}/__sandbox/health`)).rejects.toThrow();
  });
});
