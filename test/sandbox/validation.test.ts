// Requests checked against the contract: 400 naming the field, unknown fields, ids, 404/405.
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { UNKNOWN_ID, setupSandbox, validCluster, validPool } from './support/harness';

const h = setupSandbox();
const { kafkaDev, lakehouseNet } = SEED_IDS.clusters;

async function messages(method: string, path: string, init: { body?: unknown; raw?: string } = {}) {
  const answer = await h.as('user').call(method, path, init);
  expect(answer.status).toBe(400);
  expect(answer.body.httpStatus).toBe(400);
  return (answer.body.messages as { errorCode: string; message: string }[]).map((m) => m.message);
}

describe('cluster bodies', () => {
  it('names each offending field', async () => {
    const list = await messages('POST', '/dataplatform/clusters', {
      body: { properties: { name: 'a', datacenterId: 'xyz', maintenanceWindow: { time: '25:00:00', dayOfTheWeek: 'Someday' } } },
    });
    expect(list).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^properties\.name: /),
        expect.stringMatching(/^properties\.datacenterId: /),
        expect.stringMatching(/^properties\.maintenanceWindow\.time: /),
        expect.stringMatching(/^properties\.maintenanceWindow\.dayOfTheWeek: /),
      ]),
    );
  });

  it('refuses unknown fields at every level and reports missing ones', async () => {
    expect(await messages('POST', '/dataplatform/clusters', { body: { ...validCluster('ok-name'), extra: 1 } })).toEqual(['extra: Unknown field.']);
    expect(await messages('POST', '/dataplatform/clusters', { body: validCluster('ok-name', { id: 'x' }) })).toEqual([
      'properties.id: Unknown field.',
    ]);
    expect(await messages('POST', '/dataplatform/clusters', { body: { properties: { datacenterId: SEED_IDS.clusters.kafkaDev } } })).toEqual([
      'properties.name: Required.',
    ]);
  });

  it('answers 400 to malformed JSON and to a missing body', async () => {
    expect(await messages('POST', '/dataplatform/clusters', { raw: '{not json' })).toEqual([expect.stringMatching(/not valid JSON/)]);
    expect(await messages('POST', '/dataplatform/clusters')).toEqual([expect.stringMatching(/body is required/)]);
    expect(await messages('PATCH', `/dataplatform/clusters/${kafkaDev}`, { raw: '[' })).toHaveLength(1);
  });

  it('checks versions and LANs against the catalogue and the data center', async () => {
    expect(await messages('POST', '/dataplatform/clusters', { body: validCluster('v-check', { dataPlatformVersion: '9.9' }) })).toEqual([
      expect.stringMatching(/^properties\.dataPlatformVersion: /),
    ]);
    expect(await messages('POST', '/dataplatform/clusters', { body: validCluster('lan-check', { lans: [{ lanId: '1' }, { lanId: '7' }] }) })).toEqual(
      [expect.stringMatching(/^properties\.lans\.1\.lanId: /)],
    );
    expect(await messages('PATCH', `/dataplatform/clusters/${lakehouseNet}`, { body: { properties: { lans: [{ lanId: '9' }] } } })).toEqual([
      expect.stringMatching(/^properties\.lans\.0\.lanId: /),
    ]);
  });

  it('allows an upgrade only to an available version (or the current one)', async () => {
    expect(await messages('PATCH', `/dataplatform/clusters/${lakehouseNet}`, { body: { properties: { dataPlatformVersion: '24.3' } } })).toEqual([
      expect.stringMatching(/^properties\.dataPlatformVersion: /),
    ]);
    const same = await h
      .as('user')
      .call('PATCH', `/dataplatform/clusters/${lakehouseNet}`, { body: { properties: { dataPlatformVersion: '24.11' } } });
    expect(same.status).toBe(200);
  });

  it('checks the name filter of GET /clusters', async () => {
    expect(await messages('GET', '/dataplatform/clusters?name=a%2Fb')).toEqual([expect.stringMatching(/^name: /)]);
    expect(await messages('GET', `/dataplatform/clusters?name=${'a'.repeat(64)}`)).toEqual([expect.stringMatching(/^name: /)]);
  });
});

describe('node pool bodies', () => {
  const pools = `/dataplatform/clusters/${kafkaDev}/nodepools`;

  it('names each offending field and refuses unknown ones', async () => {
    const list = await messages('POST', pools, {
      body: { properties: { name: 'p1', nodeCount: 0, ramSize: 3000, storageType: 'TAPE', labels: { a: 1 } } },
    });
    expect(list).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^properties\.nodeCount: /),
        expect.stringMatching(/^properties\.ramSize: /),
        expect.stringMatching(/^properties\.storageType: /),
        expect.stringMatching(/^properties\.labels\.a: /),
      ]),
    );
    const patch = await messages('PATCH', `${pools}/${SEED_IDS.nodePools.kafkaBrokers}`, { body: { properties: { cpuFamily: 'AMD_EPYC' } } });
    expect(patch).toEqual(['properties.cpuFamily: Unknown field.']);
    const scaling = await messages('PATCH', `${pools}/${SEED_IDS.nodePools.kafkaBrokers}`, {
      body: { properties: { autoScaling: { minNodeCount: 5, maxNodeCount: 2 } } },
    });
    expect(scaling).toEqual([expect.stringMatching(/^properties\.autoScaling\.maxNodeCount: /)]);
  });

  it("checks the CPU family and its limits against the cluster's data center", async () => {
    expect(await messages('POST', pools, { body: validPool('p2', { cpuFamily: 'INTEL_SKYLAKE' }) })).toEqual([
      expect.stringMatching(/^properties\.cpuFamily: /),
    ]);
    const limits = await messages('POST', pools, { body: validPool('p3', { cpuFamily: 'AMD_EPYC', coresCount: 64, ramSize: 262144 }) });
    expect(limits).toEqual([expect.stringMatching(/^properties\.coresCount: /), expect.stringMatching(/^properties\.ramSize: /)]);
    expect((await h.as('user').call('POST', pools, { body: validPool('p4', { cpuFamily: 'INTEL_ICELAKE', coresCount: 24 }) })).status).toBe(201);
  });
});

describe('paths', () => {
  it('answers 400 naming a malformed id, 404 an unknown one', async () => {
    expect(await messages('GET', '/dataplatform/clusters/not-a-uuid')).toEqual([expect.stringMatching(/^clusterId: /)]);
    expect(await messages('GET', `/dataplatform/clusters/${kafkaDev}/nodepools/NOPE`)).toEqual([expect.stringMatching(/^nodepoolId: /)]);
    const unknown = await h.as('user').call('GET', `/dataplatform/clusters/${UNKNOWN_ID}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ httpStatus: 404, messages: [{ errorCode: 'NOT_FOUND' }] });
    expect((await h.as('user').call('GET', `/dataplatform/clusters/${kafkaDev}/nodepools/${UNKNOWN_ID}`)).status).toBe(404);
  });

  it('answers 404 to an unknown path and 405 (with Allow) to a wrong method, in the envelope', async () => {
    const missing = await h.as('user').call('GET', '/dataplatform/nothing/here');
    expect(missing.status).toBe(404);
    expect(missing.body.httpStatus).toBe(404);
    const wrong = await h.as('user').call('PUT', `/dataplatform/clusters/${kafkaDev}`, { body: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, PATCH, DELETE');
    expect(wrong.body).toMatchObject({ httpStatus: 405, messages: [{ errorCode: 'METHOD_NOT_ALLOWED' }] });
    expect((await h.as('user').call('POST', '/dataplatform/versions')).status).toBe(405);
    expect((await h.as('user').call('GET', '/elsewhere')).status).toBe(404);
  });
});
