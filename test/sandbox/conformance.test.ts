// Every operation of the contract, with success and error answers, validated against the YAML itself.
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { loadContract } from './support/openapi';
import { UNKNOWN_ID, setupSandbox, validCluster, validPool, type Credential } from './support/harness';

const contract = loadContract();
const h = setupSandbox();
const seen = new Map<string, Set<number>>();
const { kafkaDev, analyticsProd, sparkStaging, nifiFailed } = SEED_IDS.clusters;
const { kafkaBrokers, kafkaOperators } = SEED_IDS.nodePools;

interface Call {
  as?: Credential;
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  raw?: string;
}

/** Calls an operation by its id, checks the answer against the contract and records the status. */
async function op(operationId: string, expected: number, call: Call = {}) {
  const operation = contract.operations.get(operationId);
  if (!operation) throw new Error(`no operation ${operationId}`);
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => call.params?.[name] ?? '');
  if (call.body !== undefined && expected < 300) expect(contract.checkRequest(operationId, call.body)).toEqual([]);
  const answer = await h.as(call.as === undefined ? 'user' : call.as).call(operation.method, `/dataplatform${path}${call.query ?? ''}`, {
    body: call.body,
    raw: call.raw,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(expected);
  expect(answer.headers.get('content-type')).toContain('application/json');
  expect(contract.check(operationId, answer.status, answer.body)).toEqual([]);
  if (answer.status >= 400) expect(answer.body.httpStatus).toBe(answer.status);
  seen.set(operationId, (seen.get(operationId) ?? new Set()).add(answer.status));
  return answer;
}

describe('contract conformance', () => {
  it('versionsGet', async () => {
    await op('versionsGet', 200);
    await op('versionsGet', 401, { as: null });
  });

  it('clustersGet', async () => {
    await op('clustersGet', 200);
    await op('clustersGet', 200, { as: 'admin', query: '?name=KAFKA' });
    await op('clustersGet', 400, { query: '?name=bad%20name' });
    await op('clustersGet', 401, { as: { header: 'Basic bm9ib2R5Om5vcGU=' } });
    await op('clustersGet', 403, { as: 'noaccess' });
  });

  it('clustersPost', async () => {
    const body = validCluster('conform-1', { dataPlatformVersion: '24.11', maintenanceWindow: { time: '01:00:00', dayOfTheWeek: 'Monday' }, lans: [{ lanId: '2', routes: [{ network: '10.1.0.0/16', gateway: '10.2.0.1' }] }] });
    await op('clustersPost', 201, { body });
    await op('clustersPost', 409, { body });
    await op('clustersPost', 400, { body: { properties: { name: '-x-', datacenterId: 'nope' } } });
    await op('clustersPost', 400, { raw: '{"properties":' });
    await op('clustersPost', 401, { as: null, body });
    await op('clustersPost', 403, { as: 'noaccess', body });
  });

  it('clustersFindById', async () => {
    await op('clustersFindById', 200, { params: { clusterId: kafkaDev } });
    await op('clustersFindById', 400, { params: { clusterId: 'not-a-uuid' } });
    await op('clustersFindById', 401, { as: null, params: { clusterId: kafkaDev } });
    await op('clustersFindById', 403, { as: 'noaccess', params: { clusterId: kafkaDev } });
    await op('clustersFindById', 404, { params: { clusterId: analyticsProd } });
  });

  it('clustersPatch', async () => {
    await op('clustersPatch', 200, { params: { clusterId: kafkaDev }, body: { properties: { dataPlatformVersion: '24.11' } } });
    await op('clustersPatch', 409, { params: { clusterId: kafkaDev }, body: { properties: { name: 'kafka-dev-2' } } });
    await op('clustersPatch', 400, { params: { clusterId: kafkaDev }, body: { properties: { colour: 'red' } } });
    await op('clustersPatch', 401, { as: null, params: { clusterId: kafkaDev }, body: { properties: {} } });
    await op('clustersPatch', 403, { as: 'noaccess', params: { clusterId: kafkaDev }, body: { properties: {} } });
    await op('clustersPatch', 404, { params: { clusterId: UNKNOWN_ID }, body: { properties: {} } });
  });

  it('clustersDelete', async () => {
    await op('clustersDelete', 200, { params: { clusterId: kafkaDev } });
    await op('clustersDelete', 200, { params: { clusterId: kafkaDev } });
    await op('clustersDelete', 400, { params: { clusterId: 'X' } });
    await op('clustersDelete', 401, { as: null, params: { clusterId: kafkaDev } });
    await op('clustersDelete', 403, { as: 'noaccess', params: { clusterId: kafkaDev } });
    await op('clustersDelete', 404, { params: { clusterId: UNKNOWN_ID } });
  });

  it('clustersKubeconfigFindByClusterId', async () => {
    await op('clustersKubeconfigFindByClusterId', 200, { params: { clusterId: kafkaDev } });
    await op('clustersKubeconfigFindByClusterId', 409, { params: { clusterId: sparkStaging } });
    await op('clustersKubeconfigFindByClusterId', 409, { as: 'admin', params: { clusterId: nifiFailed } });
    await op('clustersKubeconfigFindByClusterId', 400, { params: { clusterId: '123' } });
    await op('clustersKubeconfigFindByClusterId', 401, { as: null, params: { clusterId: kafkaDev } });
    await op('clustersKubeconfigFindByClusterId', 403, { as: 'noaccess', params: { clusterId: kafkaDev } });
    await op('clustersKubeconfigFindByClusterId', 404, { params: { clusterId: UNKNOWN_ID } });
  });

  it('clustersNodepoolsGet', async () => {
    await op('clustersNodepoolsGet', 200, { params: { clusterId: kafkaDev } });
    await op('clustersNodepoolsGet', 400, { params: { clusterId: 'nope' } });
    await op('clustersNodepoolsGet', 401, { as: null, params: { clusterId: kafkaDev } });
    await op('clustersNodepoolsGet', 403, { as: 'noaccess', params: { clusterId: kafkaDev } });
    await op('clustersNodepoolsGet', 404, { params: { clusterId: analyticsProd } });
  });

  it('clustersNodepoolsPost', async () => {
    const body = validPool('conform-pool', {
      cpuFamily: 'AMD_EPYC',
      coresCount: 8,
      ramSize: 8192,
      availabilityZone: 'ZONE_2',
      storageType: 'HDD',
      storageSize: 50,
      labels: { a: 'b' },
      annotations: { c: 'd' },
      autoScaling: { minNodeCount: 1, maxNodeCount: 3 },
      maintenanceWindow: { time: '23:59:59', dayOfTheWeek: 'Sunday' },
    });
    await op('clustersNodepoolsPost', 201, { params: { clusterId: kafkaDev }, body });
    await op('clustersNodepoolsPost', 409, { params: { clusterId: kafkaDev }, body });
    await op('clustersNodepoolsPost', 409, { params: { clusterId: sparkStaging }, body: validPool('later') });
    await op('clustersNodepoolsPost', 400, { params: { clusterId: kafkaDev }, body: validPool('p2', { cpuFamily: 'INTEL_SKYLAKE' }) });
    await op('clustersNodepoolsPost', 400, { params: { clusterId: kafkaDev }, body: { properties: { name: 'p3' } } });
    await op('clustersNodepoolsPost', 401, { as: null, params: { clusterId: kafkaDev }, body });
    await op('clustersNodepoolsPost', 403, { as: 'noaccess', params: { clusterId: kafkaDev }, body });
    await op('clustersNodepoolsPost', 404, { params: { clusterId: UNKNOWN_ID }, body });
  });

  it('clustersNodepoolsFindById', async () => {
    await op('clustersNodepoolsFindById', 200, { params: { clusterId: kafkaDev, nodepoolId: kafkaBrokers } });
    await op('clustersNodepoolsFindById', 400, { params: { clusterId: kafkaDev, nodepoolId: 'x' } });
    await op('clustersNodepoolsFindById', 401, { as: null, params: { clusterId: kafkaDev, nodepoolId: kafkaBrokers } });
    await op('clustersNodepoolsFindById', 403, { as: 'noaccess', params: { clusterId: kafkaDev, nodepoolId: kafkaBrokers } });
    await op('clustersNodepoolsFindById', 404, { params: { clusterId: kafkaDev, nodepoolId: UNKNOWN_ID } });
  });

  it('clustersNodepoolsPatch', async () => {
    const params = { clusterId: kafkaDev, nodepoolId: kafkaBrokers };
    await op('clustersNodepoolsPatch', 200, { params, body: { properties: { nodeCount: 4, autoScaling: null, labels: { x: 'y' } } } });
    await op('clustersNodepoolsPatch', 409, { params, body: { properties: { nodeCount: 5 } } });
    await op('clustersNodepoolsPatch', 400, { params, body: { properties: { name: 'renamed' } } });
    await op('clustersNodepoolsPatch', 401, { as: null, params, body: { properties: {} } });
    await op('clustersNodepoolsPatch', 403, { as: 'noaccess', params, body: { properties: {} } });
    await op('clustersNodepoolsPatch', 404, { params: { clusterId: kafkaDev, nodepoolId: UNKNOWN_ID }, body: { properties: {} } });
  });

  it('clustersNodepoolsDelete', async () => {
    const params = { clusterId: kafkaDev, nodepoolId: kafkaBrokers };
    await op('clustersNodepoolsDelete', 200, { params });
    await op('clustersNodepoolsDelete', 200, { params });
    await op('clustersNodepoolsDelete', 400, { params: { clusterId: kafkaDev, nodepoolId: kafkaOperators } });
    await op('clustersNodepoolsDelete', 401, { as: null, params });
    await op('clustersNodepoolsDelete', 403, { as: 'noaccess', params });
    await op('clustersNodepoolsDelete', 404, { params: { clusterId: analyticsProd, nodepoolId: kafkaBrokers } });
  });

  it('answers injected 500s in the contract envelope', async () => {
    h.sandbox.faults.add({ path: '/dataplatform/clusters', method: 'GET', status: 500, times: 1 });
    await op('clustersGet', 500);
    h.sandbox.faults.add({ path: '/dataplatform/versions', status: 500, times: 1 });
    await op('versionsGet', 500);
  });

  it('lists every answer of a finished lifecycle in the contract too', async () => {
    const created = await op('clustersPost', 201, { as: 'admin', body: validCluster('conform-2') });
    const clusterId = created.body.id as string;
    h.advance(60);
    const pools = await op('clustersNodepoolsGet', 200, { as: 'admin', params: { clusterId } });
    expect(pools.body.items).toHaveLength(1);
    await op('clustersKubeconfigFindByClusterId', 200, { as: 'admin', params: { clusterId } });
    await op('clustersFindById', 200, { as: 'admin', params: { clusterId } });
  });

  // Runs last (tests of a file run in order): the whole contract was exercised above.
  it('exercised every operation of the YAML with a success and an error answer', () => {
    const missing = [...contract.operations.keys()].filter((id) => {
      const statuses = [...(seen.get(id) ?? [])];
      return !statuses.some((s) => s < 300) || !statuses.some((s) => s >= 400);
    });
    expect(contract.operations.size).toBe(12);
    expect(missing).toEqual([]);
  });
});
