// Every operation of the contract, with success and error answers: the scenarios the conformance test
// (answers validate against the YAML) and the SDK field-name test (every key known to the official SDKs)
// both run. Each scenario runs on a fresh sandbox; `op` is the test's own call-and-check function.
import { expect } from 'vitest';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { UNKNOWN_ID, validCluster, validPool, type Answer, type Credential, type Harness } from './harness';

export interface Call {
  as?: Credential;
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  raw?: string;
}

export type Op = (operationId: string, expected: number, call?: Call) => Promise<Answer>;

const { kafkaDev, analyticsProd, sparkStaging, nifiFailed } = SEED_IDS.clusters;
const { kafkaBrokers, kafkaOperators } = SEED_IDS.nodePools;

export const OPERATION_SCENARIOS: Record<string, (op: Op, h: Harness) => Promise<void>> = {
  async versionsGet(op) {
    await op('versionsGet', 200);
    await op('versionsGet', 401, { as: null });
  },

  async clustersGet(op) {
    await op('clustersGet', 200);
    await op('clustersGet', 200, { as: 'admin', query: '?name=KAFKA' });
    await op('clustersGet', 400, { query: '?name=bad%20name' });
    await op('clustersGet', 401, { as: { header: 'Basic bm9ib2R5Om5vcGU=' } });
    await op('clustersGet', 403, { as: 'noaccess' });
  },

  async clustersPost(op) {
    const body = validCluster('conform-1', {
      dataPlatformVersion: '24.11',
      maintenanceWindow: { time: '01:00:00', dayOfTheWeek: 'Monday' },
      lans: [{ lanId: '2', routes: [{ network: '10.1.0.0/16', gateway: '10.2.0.1' }] }],
    });
    await op('clustersPost', 201, { body });
    await op('clustersPost', 409, { body });
    await op('clustersPost', 400, { body: { properties: { name: '-x-', datacenterId: 'nope' } } });
    await op('clustersPost', 400, { raw: '{"properties":' });
    await op('clustersPost', 401, { as: null, body });
    await op('clustersPost', 403, { as: 'noaccess', body });
  },

  async clustersFindById(op) {
    await op('clustersFindById', 200, { params: { clusterId: kafkaDev } });
    await op('clustersFindById', 400, { params: { clusterId: 'not-a-uuid' } });
    await op('clustersFindById', 401, { as: null, params: { clusterId: kafkaDev } });
    await op('clustersFindById', 403, { as: 'noaccess', params: { clusterId: kafkaDev } });
    await op('clustersFindById', 404, { params: { clusterId: analyticsProd } });
  },

  async clustersPatch(op) {
    await op('clustersPatch', 200, { params: { clusterId: kafkaDev }, body: { properties: { dataPlatformVersion: '24.11' } } });
    await op('clustersPatch', 409, { params: { clusterId: kafkaDev }, body: { properties: { name: 'kafka-dev-2' } } });
    await op('clustersPatch', 400, { params: { clusterId: kafkaDev }, body: { properties: { colour: 'red' } } });
    await op('clustersPatch', 401, { as: null, params: { clusterId: kafkaDev }, body: { properties: {} } });
    await op('clustersPatch', 403, { as: 'noaccess', params: { clusterId: kafkaDev }, body: { properties: {} } });
    await op('clustersPatch', 404, { params: { clusterId: UNKNOWN_ID }, body: { properties: {} } });
  },

  async clustersDelete(op) {
    await op('clustersDelete', 200, { params: { clusterId: kafkaDev } });
    await op('clustersDelete', 200, { params: { clusterId: kafkaDev } });
    await op('clustersDelete', 400, { params: { clusterId: 'X' } });
    await op('clustersDelete', 401, { as: null, params: { clusterId: kafkaDev } });
    await op('clustersDelete', 403, { as: 'noaccess', params: { clusterId: kafkaDev } });
    await op('clustersDelete', 404, { params: { clusterId: UNKNOWN_ID } });
  },

  async clustersKubeconfigFindByClusterId(op) {
    await op('clustersKubeconfigFindByClusterId', 200, { params: { clusterId: kafkaDev } });
    await op('clustersKubeconfigFindByClusterId', 409, { params: { clusterId: sparkStaging } });
    await op('clustersKubeconfigFindByClusterId', 409, { as: 'admin', params: { clusterId: nifiFailed } });
    await op('clustersKubeconfigFindByClusterId', 400, { params: { clusterId: '123' } });
    await op('clustersKubeconfigFindByClusterId', 401, { as: null, params: { clusterId: kafkaDev } });
    await op('clustersKubeconfigFindByClusterId', 403, { as: 'noaccess', params: { clusterId: kafkaDev } });
    await op('clustersKubeconfigFindByClusterId', 404, { params: { clusterId: UNKNOWN_ID } });
  },

  async clustersNodepoolsGet(op) {
    await op('clustersNodepoolsGet', 200, { params: { clusterId: kafkaDev } });
    await op('clustersNodepoolsGet', 400, { params: { clusterId: 'nope' } });
    await op('clustersNodepoolsGet', 401, { as: null, params: { clusterId: kafkaDev } });
    await op('clustersNodepoolsGet', 403, { as: 'noaccess', params: { clusterId: kafkaDev } });
    await op('clustersNodepoolsGet', 404, { params: { clusterId: analyticsProd } });
  },

  async clustersNodepoolsPost(op) {
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
  },

  async clustersNodepoolsFindById(op) {
    await op('clustersNodepoolsFindById', 200, { params: { clusterId: kafkaDev, nodepoolId: kafkaBrokers } });
    await op('clustersNodepoolsFindById', 400, { params: { clusterId: kafkaDev, nodepoolId: 'x' } });
    await op('clustersNodepoolsFindById', 401, { as: null, params: { clusterId: kafkaDev, nodepoolId: kafkaBrokers } });
    await op('clustersNodepoolsFindById', 403, { as: 'noaccess', params: { clusterId: kafkaDev, nodepoolId: kafkaBrokers } });
    await op('clustersNodepoolsFindById', 404, { params: { clusterId: kafkaDev, nodepoolId: UNKNOWN_ID } });
  },

  async clustersNodepoolsPatch(op) {
    const params = { clusterId: kafkaDev, nodepoolId: kafkaBrokers };
    await op('clustersNodepoolsPatch', 200, { params, body: { properties: { nodeCount: 4, autoScaling: null, labels: { x: 'y' } } } });
    await op('clustersNodepoolsPatch', 409, { params, body: { properties: { nodeCount: 5 } } });
    await op('clustersNodepoolsPatch', 400, { params, body: { properties: { name: 'renamed' } } });
    await op('clustersNodepoolsPatch', 401, { as: null, params, body: { properties: {} } });
    await op('clustersNodepoolsPatch', 403, { as: 'noaccess', params, body: { properties: {} } });
    await op('clustersNodepoolsPatch', 404, { params: { clusterId: kafkaDev, nodepoolId: UNKNOWN_ID }, body: { properties: {} } });
  },

  async clustersNodepoolsDelete(op) {
    const params = { clusterId: kafkaDev, nodepoolId: kafkaBrokers };
    await op('clustersNodepoolsDelete', 200, { params });
    await op('clustersNodepoolsDelete', 200, { params });
    await op('clustersNodepoolsDelete', 400, { params: { clusterId: kafkaDev, nodepoolId: kafkaOperators } });
    await op('clustersNodepoolsDelete', 401, { as: null, params });
    await op('clustersNodepoolsDelete', 403, { as: 'noaccess', params });
    await op('clustersNodepoolsDelete', 404, { params: { clusterId: analyticsProd, nodepoolId: kafkaBrokers } });
  },

  async 'injected 500s in the contract envelope'(op, h) {
    h.sandbox.faults.add({ path: '/dataplatform/clusters', method: 'GET', status: 500, times: 1 });
    await op('clustersGet', 500);
    h.sandbox.faults.add({ path: '/dataplatform/versions', status: 500, times: 1 });
    await op('versionsGet', 500);
  },

  async 'every answer of a finished lifecycle'(op, h) {
    const created = await op('clustersPost', 201, { as: 'admin', body: validCluster('conform-2') });
    const clusterId = created.body.id as string;
    h.advance(60);
    const pools = await op('clustersNodepoolsGet', 200, { as: 'admin', params: { clusterId } });
    expect(pools.body.items).toHaveLength(1);
    await op('clustersKubeconfigFindByClusterId', 200, { as: 'admin', params: { clusterId } });
    await op('clustersFindById', 200, { as: 'admin', params: { clusterId } });
  },
};

/** Calls an operation of the contract by its path template, with the call's credential (default 'user'). */
export function callOperation(h: Harness, operation: { method: string; path: string }, call: Call): Promise<Answer> {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => call.params?.[name] ?? '');
  return h.as(call.as === undefined ? 'user' : call.as).call(operation.method, `/dataplatform${path}${call.query ?? ''}`, {
    body: call.body,
    raw: call.raw,
  });
}
