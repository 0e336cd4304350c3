// Resources in time: DEPLOYING → AVAILABLE, UPDATING, DESTROYING → gone, FAILED paths, ETags, 409s.
import { describe, expect, it } from 'vitest';
import { isOperatorsPool, OPERATORS_POOL } from '@/lib/sandbox/operators-pool';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { PROVISION_SECONDS, setupSandbox, validCluster, validPool } from './support/harness';

const h = setupSandbox();
const HALF = PROVISION_SECONDS / 2;
const { kafkaDev, sparkStaging, lakehouseNet } = SEED_IDS.clusters;

const user = () => h.as('user');
const cluster = async (id: string) => (await user().call('GET', `/dataplatform/clusters/${id}`)).body;
const pools = async (id: string) =>
  (await user().call('GET', `/dataplatform/clusters/${id}/nodepools`)).body.items as {
    id: string;
    metadata: { state: string };
    properties: Record<string, unknown>;
  }[];

async function create(name: string, extra: Record<string, unknown> = {}) {
  const answer = await user().call('POST', '/dataplatform/clusters', { body: validCluster(name, extra) });
  expect(answer.status).toBe(201);
  return answer.body;
}

describe('cluster lifecycle', () => {
  it('creates DEPLOYING with the operators pool, then AVAILABLE with a kubeconfig', async () => {
    const created = await create('orders', { dataPlatformVersion: '24.7' });
    expect(created.metadata).toMatchObject({
      state: 'DEPLOYING',
      createdBy: 'user@sandbox.test',
      currentDataPlatformVersion: '24.7',
      availableUpgradeVersions: ['24.11', '25.3'],
    });
    expect(created.metadata.createdDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect(created).toMatchObject({ type: 'cluster', href: `/dataplatform/clusters/${created.id}` });
    const [operators] = await pools(created.id);
    expect(operators).toMatchObject({
      metadata: { state: 'DEPLOYING' },
      properties: { name: OPERATORS_POOL.name, nodeCount: 1, coresCount: 2, ramSize: 4096 },
    });
    expect(isOperatorsPool(operators!)).toBe(true);
    expect((await user().call('GET', `/dataplatform/clusters/${created.id}/kubeconfig`)).status).toBe(409);

    h.advance(PROVISION_SECONDS - 1);
    expect((await cluster(created.id)).metadata.state).toBe('DEPLOYING');
    h.advance(1);
    const ready = await cluster(created.id);
    expect(ready.metadata.state).toBe('AVAILABLE');
    expect(ready.metadata.ETag).not.toBe(created.metadata.ETag);
    expect(Date.parse(ready.metadata.lastModifiedDate) - Date.parse(created.metadata.createdDate)).toBe(PROVISION_SECONDS * 1000);
    expect((await pools(created.id))[0]!.metadata.state).toBe('AVAILABLE');
    const kubeconfig = await user().call('GET', `/dataplatform/clusters/${created.id}/kubeconfig`);
    expect(kubeconfig.status).toBe(200);
    expect(kubeconfig.body).toMatchObject({ apiVersion: 'v1', kind: 'Config', 'current-context': expect.any(String) });
    expect(kubeconfig.body.contexts[0].context.namespace).toBe('default');
  });

  it('fails a creation on purpose when the name contains "fail"', async () => {
    const created = await create('Will-FAIL-soon');
    h.advance(PROVISION_SECONDS);
    expect((await cluster(created.id)).metadata.state).toBe('FAILED');
    expect((await pools(created.id))[0]!.metadata.state).toBe('FAILED');
    expect((await user().call('GET', `/dataplatform/clusters/${created.id}/kubeconfig`)).status).toBe(409);
  });

  it('updates through UPDATING, and an upgrade becomes current when it ends', async () => {
    const before = await cluster(kafkaDev);
    const patched = await user().call('PATCH', `/dataplatform/clusters/${kafkaDev}`, {
      body: { properties: { dataPlatformVersion: '25.3', maintenanceWindow: { time: '04:00:00', dayOfTheWeek: 'Friday' } } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.metadata).toMatchObject({ state: 'UPDATING', currentDataPlatformVersion: '24.7' });
    expect(patched.body.properties).toMatchObject({ dataPlatformVersion: '25.3', maintenanceWindow: { dayOfTheWeek: 'Friday' } });
    expect(patched.body.metadata.ETag).not.toBe(before.metadata.ETag);
    // The node pools follow the upgrade.
    expect((await pools(kafkaDev)).every((p) => p.metadata.state === 'UPDATING' && p.properties.dataPlatformVersion === '25.3')).toBe(true);
    h.advance(HALF);
    const done = await cluster(kafkaDev);
    expect(done.metadata).toMatchObject({ state: 'AVAILABLE', currentDataPlatformVersion: '25.3', availableUpgradeVersions: [] });
    expect(done.metadata.currentDataPlatformRevision).toEqual(expect.any(Number));
    expect(new Set([before.metadata.ETag, patched.body.metadata.ETag, done.metadata.ETag]).size).toBe(3);
  });

  it('ends FAILED_UPDATING when renamed to a name containing "fail", and recovers on a later update', async () => {
    await user().call('PATCH', `/dataplatform/clusters/${kafkaDev}`, { body: { properties: { name: 'kafka-failing' } } });
    h.advance(HALF);
    expect((await cluster(kafkaDev)).metadata.state).toBe('FAILED_UPDATING');
    await user().call('PATCH', `/dataplatform/clusters/${kafkaDev}`, { body: { properties: { name: 'kafka-fixed' } } });
    h.advance(HALF);
    expect((await cluster(kafkaDev)).metadata.state).toBe('AVAILABLE');
  });

  it('deletes through DESTROYING with its pools; a second delete answers 200; then it is gone', async () => {
    const first = await user().call('DELETE', `/dataplatform/clusters/${lakehouseNet}`);
    expect(first.body.metadata.state).toBe('DESTROYING');
    expect((await pools(lakehouseNet)).every((p) => p.metadata.state === 'DESTROYING')).toBe(true);
    const second = await user().call('DELETE', `/dataplatform/clusters/${lakehouseNet}`);
    expect(second.status).toBe(200);
    expect(second.body.metadata.ETag).toBe(first.body.metadata.ETag);
    expect((await user().call('PATCH', `/dataplatform/clusters/${lakehouseNet}`, { body: { properties: {} } })).status).toBe(409);
    h.advance(HALF);
    expect((await user().call('GET', `/dataplatform/clusters/${lakehouseNet}`)).status).toBe(404);
    expect((await user().call('GET', `/dataplatform/clusters/${lakehouseNet}/nodepools`)).status).toBe(404);
    const list = await user().call('GET', '/dataplatform/clusters');
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(lakehouseNet);
    // Its name is free again.
    expect((await user().call('POST', '/dataplatform/clusters', { body: validCluster('lakehouse-net') })).status).toBe(201);
  });

  it('completes the seeded DEPLOYING cluster', async () => {
    expect((await cluster(sparkStaging)).metadata.state).toBe('DEPLOYING');
    h.advance(PROVISION_SECONDS);
    expect((await cluster(sparkStaging)).metadata.state).toBe('AVAILABLE');
    expect((await pools(sparkStaging)).map((p) => p.metadata.state)).toEqual(['AVAILABLE', 'AVAILABLE']);
  });
});

describe('refusals', () => {
  it('refuses changes and new pools while the cluster is transitional (409)', async () => {
    const created = await create('busy-one');
    const patch = await user().call('PATCH', `/dataplatform/clusters/${created.id}`, { body: { properties: { name: 'busy-two' } } });
    expect(patch.status).toBe(409);
    expect(patch.body.messages[0].message).toMatch(/DEPLOYING/);
    expect((await user().call('POST', `/dataplatform/clusters/${created.id}/nodepools`, { body: validPool('later') })).status).toBe(409);
  });

  it('refuses duplicate cluster names in the contract and duplicate pool names in a cluster', async () => {
    // analytics-prod belongs to the administrator: names are unique in the whole contract.
    const dup = await user().call('POST', '/dataplatform/clusters', { body: validCluster('Analytics-Prod') });
    expect(dup.status).toBe(409);
    expect((await user().call('PATCH', `/dataplatform/clusters/${kafkaDev}`, { body: { properties: { name: 'lakehouse-net' } } })).status).toBe(409);
    const pool = await user().call('POST', `/dataplatform/clusters/${kafkaDev}/nodepools`, { body: validPool('brokers') });
    expect(pool.status).toBe(409);
  });
});

describe('node pool lifecycle', () => {
  const path = `/dataplatform/clusters/${kafkaDev}/nodepools`;

  it('creates with the contract defaults and the cluster version and data center', async () => {
    const created = await user().call('POST', path, { body: validPool('workers') });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'nodepool', href: `${path}/${created.body.id}`, metadata: { state: 'DEPLOYING' } });
    expect(created.body.properties).toMatchObject({
      cpuFamily: 'AUTO',
      coresCount: 4,
      ramSize: 4096,
      availabilityZone: 'AUTO',
      storageType: 'SSD',
      storageSize: 20,
      dataPlatformVersion: '24.7',
      datacenterId: (await cluster(kafkaDev)).properties.datacenterId,
    });
    h.advance(PROVISION_SECONDS);
    expect((await user().call('GET', `${path}/${created.body.id}`)).body.metadata.state).toBe('AVAILABLE');
  });

  it('patches through UPDATING, switches autoscaling off with null, refuses while busy', async () => {
    const created = (await user().call('POST', path, { body: validPool('scaler', { autoScaling: { minNodeCount: 1, maxNodeCount: 3 } }) })).body;
    expect((await user().call('PATCH', `${path}/${created.id}`, { body: { properties: { nodeCount: 3 } } })).status).toBe(409);
    h.advance(PROVISION_SECONDS);
    const patched = await user().call('PATCH', `${path}/${created.id}`, {
      body: { properties: { autoScaling: null, nodeCount: 3, annotations: { a: 'b' } } },
    });
    expect(patched.body.metadata.state).toBe('UPDATING');
    expect(patched.body.properties.autoScaling).toBeUndefined();
    expect(patched.body.properties).toMatchObject({ nodeCount: 3, annotations: { a: 'b' } });
    h.advance(HALF);
    expect((await user().call('GET', `${path}/${created.id}`)).body.metadata.state).toBe('AVAILABLE');
  });

  it('fails a pool named "fail" at creation and on later updates', async () => {
    const created = (await user().call('POST', path, { body: validPool('fail-pool') })).body;
    h.advance(PROVISION_SECONDS);
    expect((await user().call('GET', `${path}/${created.id}`)).body.metadata.state).toBe('FAILED');
    await user().call('PATCH', `${path}/${created.id}`, { body: { properties: { nodeCount: 1 } } });
    h.advance(HALF);
    expect((await user().call('GET', `${path}/${created.id}`)).body.metadata.state).toBe('FAILED_UPDATING');
  });

  it('deletes through DESTROYING and keeps the operators pool', async () => {
    const brokers = `${path}/${SEED_IDS.nodePools.kafkaBrokers}`;
    expect((await user().call('DELETE', brokers)).body.metadata.state).toBe('DESTROYING');
    expect((await user().call('DELETE', brokers)).status).toBe(200);
    h.advance(HALF);
    expect((await user().call('GET', brokers)).status).toBe(404);
    expect((await pools(kafkaDev)).map((p) => p.properties.name)).toEqual([OPERATORS_POOL.name]);
    const operators = await user().call('DELETE', `${path}/${SEED_IDS.nodePools.kafkaOperators}`);
    expect(operators.status).toBe(400);
    expect(operators.body.messages[0].errorCode).toBe('RESERVED_NODE_POOL');
  });
});
