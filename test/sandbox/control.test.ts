// Faults (latency, 5xx, 429 with Retry-After, times, globs, drop) and the /__sandbox control endpoint.
import { describe, expect, it } from 'vitest';
import { readSandboxEnv } from '@/lib/sandbox/env';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { PROVISION_SECONDS, setupSandbox, validCluster } from './support/harness';

const h = setupSandbox();
const control = () => h.control();

async function addFault(fault: Record<string, unknown>) {
  const answer = await control().call('POST', '/__sandbox/faults', { body: fault });
  expect(answer.status).toBe(201);
  return answer.body;
}

describe('faults', () => {
  it('answers 503 and 429 with Retry-After in the error envelope, for `times` requests', async () => {
    await addFault({ path: '/dataplatform/clusters', method: 'get', status: 503, retryAfter: 2, times: 1 });
    await addFault({ path: '/dataplatform/versions', status: 429, retryAfter: 7, times: 2 });
    const unavailable = await h.as('user').call('GET', '/dataplatform/clusters');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('2');
    expect(unavailable.body).toMatchObject({ httpStatus: 503, messages: [{ errorCode: 'SERVICE_UNAVAILABLE' }] });
    expect((await h.as('user').call('GET', '/dataplatform/clusters')).status).toBe(200);
    // Only GET was targeted.
    expect((await h.as('user').call('POST', '/dataplatform/clusters', { body: validCluster('not-faulted') })).status).toBe(201);
    for (let i = 0; i < 2; i += 1) {
      const limited = await h.as('user').call('GET', '/dataplatform/versions');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('7');
    }
    expect((await h.as('user').call('GET', '/dataplatform/versions')).status).toBe(200);
    expect((await control().call('GET', '/__sandbox/faults')).body.items).toEqual([]);
  });

  it('matches globs, applies to the other IONOS APIs, and never to /__sandbox', async () => {
    await addFault({ path: '/dataplatform/clusters/*/kubeconfig', status: 500 });
    await addFault({ path: '/cloudapi/*', status: 502 });
    await addFault({ path: '/__sandbox', status: 500 });
    expect((await h.as('user').call('GET', `/dataplatform/clusters/${SEED_IDS.clusters.kafkaDev}/kubeconfig`)).status).toBe(500);
    expect((await h.as('user').call('GET', `/dataplatform/clusters/${SEED_IDS.clusters.kafkaDev}`)).status).toBe(200);
    expect((await h.as('user').call('GET', '/cloudapi/v6/datacenters')).status).toBe(502);
    expect((await control().call('GET', '/__sandbox/health')).status).toBe(200);
    const listed = (await control().call('GET', '/__sandbox/faults')).body.items;
    expect(listed).toHaveLength(3);
    expect((await control().call('DELETE', `/__sandbox/faults/${listed[0].id}`)).status).toBe(204);
    expect((await control().call('DELETE', '/__sandbox/faults')).status).toBe(204);
    expect((await h.as('user').call('GET', '/cloudapi/v6/datacenters')).status).toBe(200);
  });

  it('delays answers by latencyMs and then answers normally', async () => {
    await addFault({ path: '/dataplatform/versions', latencyMs: 150, times: 1 });
    const started = performance.now();
    const answer = await h.as('user').call('GET', '/dataplatform/versions');
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops the request as a network error in-process', async () => {
    await addFault({ path: '/dataplatform', drop: true, times: 1 });
    await expect(h.as('user').call('GET', '/dataplatform/versions')).rejects.toThrow();
    expect((await h.as('user').call('GET', '/dataplatform/versions')).status).toBe(200);
  });

  it('refuses an invalid fault with 400 naming the field', async () => {
    const answer = await control().call('POST', '/__sandbox/faults', { body: { path: 'no-slash', status: 200 } });
    expect(answer.status).toBe(400);
    const text = answer.body.messages.map((m: { message: string }) => m.message).join('\n');
    expect(text).toMatch(/^path: /m);
    expect(text).toMatch(/^status: /m);
    expect((await control().call('POST', '/__sandbox/faults', { body: { path: '/x' } })).status).toBe(400);
  });

  it('reads start-up faults from SANDBOX_FAULTS', () => {
    const options = readSandboxEnv({ SANDBOX_FAULTS: '[{"path":"/dataplatform","status":503,"retryAfter":1}]', SANDBOX_PROVISION_SECONDS: '2' });
    expect(options).toMatchObject({ port: 4010, seed: 'demo', provisionSeconds: 2, faults: [{ path: '/dataplatform', status: 503 }] });
    expect(() => readSandboxEnv({ SANDBOX_FAULTS: '[{"status":1}]' })).toThrow(/SANDBOX_FAULTS/);
    expect(() => readSandboxEnv({ SANDBOX_SEED: 'full' })).toThrow(/SANDBOX_SEED/);
  });
});

describe('control endpoint', () => {
  it('reports health', async () => {
    const health = await control().call('GET', '/__sandbox/health');
    expect(health.body).toMatchObject({ status: 'ok', seed: 'demo', clusters: 5, provisionSeconds: expect.any(Number) });
  });

  it('logs every IONOS request with method, path, query, headers and body', async () => {
    await h.as('user').call('GET', '/dataplatform/clusters?name=kafka', { headers: { 'x-request-id': 'abc' } });
    await h.as('admin').call('POST', '/dataplatform/clusters', { body: validCluster('logged') });
    await h.as('admin').call('GET', '/auth/v1/tokens/generate');
    const log = (await control().call('GET', '/__sandbox/requests')).body.items;
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({ method: 'GET', path: '/dataplatform/clusters', query: { name: 'kafka' }, body: '' });
    expect(log[0].headers).toMatchObject({ 'x-request-id': 'abc', authorization: 'Basic [redacted]' });
    expect(log[0].credential).toEqual({ scheme: 'Basic', user: 'user@sandbox.test' });
    expect(JSON.parse(log[1].body)).toEqual(validCluster('logged'));
    expect(log[2].path).toBe('/auth/v1/tokens/generate');
    expect(Date.parse(log[0].time)).not.toBeNaN();
    expect((await control().call('DELETE', '/__sandbox/requests')).status).toBe(204);
    expect((await control().call('GET', '/__sandbox/requests')).body.items).toEqual([]);
  });

  it("holds one cluster's change in progress until told, then ends it when asked (its operators' pool with it)", async () => {
    const created = await h.as('user').call('POST', '/dataplatform/clusters', { body: validCluster('held') });
    const other = await h.as('user').call('POST', '/dataplatform/clusters', { body: validCluster('not-held') });
    const id = created.body.id as string;
    const state = async (clusterId: string) => (await h.as('user').call('GET', `/dataplatform/clusters/${clusterId}`)).body.metadata.state;
    const pools = async () =>
      (await h.as('user').call('GET', `/dataplatform/clusters/${id}/nodepools`)).body.items.map(
        (p: { metadata: { state: string } }) => p.metadata.state,
      );

    expect((await control().call('PUT', `/__sandbox/changes/${id}`, { body: { endsInSeconds: null } })).status).toBe(204);
    h.advance(PROVISION_SECONDS * 10);
    expect(await state(id)).toBe('DEPLOYING');
    expect(await pools()).toEqual(['DEPLOYING']);
    expect(await state(other.body.id as string)).toBe('AVAILABLE'); // only that cluster is held

    expect((await control().call('PUT', `/__sandbox/changes/${id}`, { body: { endsInSeconds: 1 } })).status).toBe(204);
    expect(await state(id)).toBe('DEPLOYING');
    h.advance(1);
    expect(await state(id)).toBe('AVAILABLE');
    expect(await pools()).toEqual(['AVAILABLE']);

    // Nothing in progress any more, an unknown cluster, a bad body.
    expect((await control().call('PUT', `/__sandbox/changes/${id}`, { body: { endsInSeconds: 1 } })).status).toBe(404);
    expect((await control().call('PUT', `/__sandbox/changes/${SEED_IDS.clusters.kafkaDev}`, { body: { endsInSeconds: 1 } })).status).toBe(404);
    expect((await control().call('PUT', `/__sandbox/changes/${id}`, { body: { endsInSeconds: -1 } })).status).toBe(400);
  });

  it("holds a cluster's next deletion when asked before it begins (and its pools' with it), until told to end", async () => {
    const created = await h.as('user').call('POST', '/dataplatform/clusters', { body: validCluster('held-delete') });
    const id = created.body.id as string;
    h.advance(PROVISION_SECONDS * 10);
    const state = async () => {
      const res = await h.as('user').call('GET', `/dataplatform/clusters/${id}`);
      return res.status === 200 ? res.body.metadata.state : res.status;
    };
    expect(await state()).toBe('AVAILABLE');
    // Not changing: a time is refused, a hold waits for the next change.
    expect((await control().call('PUT', `/__sandbox/changes/${id}`, { body: { endsInSeconds: 1 } })).status).toBe(404);
    expect((await control().call('PUT', `/__sandbox/changes/${id}`, { body: { endsInSeconds: null } })).status).toBe(204);
    h.advance(PROVISION_SECONDS * 10);
    expect(await state()).toBe('AVAILABLE');

    expect((await h.as('user').call('DELETE', `/dataplatform/clusters/${id}`)).status).toBe(200);
    h.advance(PROVISION_SECONDS * 10);
    expect(await state()).toBe('DESTROYING');
    const pools = await h.as('user').call('GET', `/dataplatform/clusters/${id}/nodepools`);
    expect(pools.body.items.map((p: { metadata: { state: string } }) => p.metadata.state)).toEqual(['DESTROYING']);

    expect((await control().call('PUT', `/__sandbox/changes/${id}`, { body: { endsInSeconds: 1 } })).status).toBe(204);
    h.advance(1);
    expect(await state()).toBe(404);
  });

  it('holds only the next change: the one after it takes its usual time', async () => {
    const created = await h.as('user').call('POST', '/dataplatform/clusters', { body: validCluster('held-once') });
    const id = created.body.id as string;
    h.advance(PROVISION_SECONDS * 10);
    expect((await control().call('PUT', `/__sandbox/changes/${id}`, { body: { endsInSeconds: null } })).status).toBe(204);
    const rename = (name: string) => h.as('user').call('PATCH', `/dataplatform/clusters/${id}`, { body: { properties: { name } } });
    expect((await rename('held-once-a')).status).toBe(200);
    h.advance(PROVISION_SECONDS * 10);
    expect((await h.as('user').call('GET', `/dataplatform/clusters/${id}`)).body.metadata.state).toBe('UPDATING');
    expect((await control().call('PUT', `/__sandbox/changes/${id}`, { body: { endsInSeconds: 0 } })).status).toBe(204);
    expect((await h.as('user').call('GET', `/dataplatform/clusters/${id}`)).body.metadata.state).toBe('AVAILABLE');
    expect((await rename('held-once-b')).status).toBe(200);
    h.advance(PROVISION_SECONDS * 1000);
    expect((await h.as('user').call('GET', `/dataplatform/clusters/${id}`)).body.metadata.state).toBe('AVAILABLE');
  });

  it('resets to a seed and clears faults', async () => {
    await h.as('user').call('POST', '/dataplatform/clusters', { body: validCluster('temporary') });
    await addFault({ path: '/cloudapi', status: 500 });
    const empty = await control().call('POST', '/__sandbox/reset', { body: { seed: 'empty' } });
    expect(empty.body).toMatchObject({ status: 'ok', seed: 'empty' });
    expect((await h.as('admin').call('GET', '/dataplatform/clusters')).body.items).toEqual([]);
    expect((await h.as('admin').call('GET', '/cloudapi/v6/datacenters')).status).toBe(200);
    await control().call('POST', '/__sandbox/reset', { body: { seed: 'demo', provisionSeconds: 1 } });
    const names = (await h.as('admin').call('GET', '/dataplatform/clusters')).body.items.map(
      (c: { properties: { name: string } }) => c.properties.name,
    );
    expect(names).toHaveLength(5);
    expect(names).not.toContain('temporary');
    expect((await control().call('POST', '/__sandbox/reset', { body: { seed: 'full' } })).status).toBe(400);
    expect((await control().call('GET', '/__sandbox/unknown')).status).toBe(404);
  });
});
