// Who sees what: members their own clusters, administrators the contract; data centers likewise.
import { describe, expect, it } from 'vitest';
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { setupSandbox, validCluster } from './support/harness';

const h = setupSandbox();
const ids = SEED_IDS.clusters;
const names = (body: { items: { properties: { name: string } }[] }) => body.items.map((c) => c.properties.name).sort();

describe('clusters', () => {
  it('shows a member only the clusters he created, the administrator all of the contract', async () => {
    const member = await h.as('user').call('GET', '/dataplatform/clusters');
    expect(names(member.body)).toEqual(['kafka-dev', 'lakehouse-net', 'spark-staging']);
    const admin = await h.as('admin').call('GET', '/dataplatform/clusters');
    expect(names(admin.body)).toEqual(['analytics-prod', 'kafka-dev', 'lakehouse-net', 'nifi-failed', 'spark-staging']);
  });

  it("answers 404 for another user's cluster, its pools and kubeconfig", async () => {
    for (const path of [
      `/dataplatform/clusters/${ids.analyticsProd}`,
      `/dataplatform/clusters/${ids.analyticsProd}/nodepools`,
      `/dataplatform/clusters/${ids.analyticsProd}/nodepools/${SEED_IDS.nodePools.analyticsTrino}`,
      `/dataplatform/clusters/${ids.analyticsProd}/kubeconfig`,
    ]) {
      expect((await h.as('user').call('GET', path)).status).toBe(404);
    }
    expect((await h.as('user').call('DELETE', `/dataplatform/clusters/${ids.analyticsProd}`)).status).toBe(404);
    expect((await h.as('admin').call('GET', `/dataplatform/clusters/${ids.kafkaDev}`)).status).toBe(200);
  });

  it('lets the administrator change a member cluster and records who did', async () => {
    const patched = await h.as('admin').call('PATCH', `/dataplatform/clusters/${ids.kafkaDev}`, { body: { properties: { name: 'kafka-dev-x' } } });
    expect(patched.body.metadata).toMatchObject({ createdBy: 'user@sandbox.test', lastModifiedBy: 'admin@sandbox.test' });
  });

  it('filters by name case-insensitively, within what the caller sees', async () => {
    expect(names((await h.as('admin').call('GET', '/dataplatform/clusters?name=A-')).body)).toEqual(['kafka-dev']);
    expect(names((await h.as('user').call('GET', '/dataplatform/clusters?name=PROD')).body)).toEqual([]);
    expect(names((await h.as('admin').call('GET', '/dataplatform/clusters?name=')).body)).toHaveLength(5);
  });
});

describe('data centers', () => {
  it('lists the shared data centers to a member and the private one to the administrator', async () => {
    const member = await h.as('user').call('GET', '/cloudapi/v6/datacenters?depth=1');
    expect(member.body).toMatchObject({ type: 'collection', href: expect.any(String) });
    expect(member.body.items.map((d: { properties: { location: string } }) => d.properties.location)).toEqual(['de/fra', 'de/txl']);
    const first = member.body.items[0];
    expect(first).toMatchObject({ id: DATACENTER_IDS.frankfurt, type: 'datacenter', properties: { name: expect.any(String) } });
    expect(first.properties.cpuArchitecture[0]).toEqual({
      cpuFamily: expect.any(String),
      maxCores: expect.any(Number),
      maxRam: expect.any(Number),
      vendor: expect.any(String),
    });
    const admin = await h.as('admin').call('GET', '/cloudapi/v6/datacenters?depth=1');
    expect(admin.body.items).toHaveLength(3);
    const shallow = await h.as('user').call('GET', '/cloudapi/v6/datacenters');
    expect(shallow.body.items[0].properties).toBeUndefined();
  });

  it('answers 404 for a data center the caller cannot see, and lists LANs of a visible one', async () => {
    expect((await h.as('user').call('GET', `/cloudapi/v6/datacenters/${DATACENTER_IDS.logrono}`)).status).toBe(404);
    expect((await h.as('user').call('GET', `/cloudapi/v6/datacenters/${DATACENTER_IDS.logrono}/lans?depth=1`)).status).toBe(404);
    expect((await h.as('admin').call('GET', `/cloudapi/v6/datacenters/${DATACENTER_IDS.logrono}`)).status).toBe(200);
    const lans = await h.as('user').call('GET', `/cloudapi/v6/datacenters/${DATACENTER_IDS.berlin}/lans?depth=1`);
    expect(lans.body.items).toEqual([
      { id: '1', type: 'lan', href: expect.any(String), properties: { name: 'internet', public: true } },
      { id: '2', type: 'lan', href: expect.any(String), properties: { name: 'private', public: false } },
    ]);
    expect((await h.as(null).call('GET', '/cloudapi/v6/datacenters')).status).toBe(401);
  });

  it('refuses a cluster in a data center the caller cannot see, naming properties.datacenterId', async () => {
    const body = validCluster('hidden-dc', { datacenterId: DATACENTER_IDS.logrono });
    const member = await h.as('user').call('POST', '/dataplatform/clusters', { body });
    expect(member.status).toBe(400);
    expect(member.body.messages[0].message).toMatch(/^properties\.datacenterId: /);
    expect((await h.as('admin').call('POST', '/dataplatform/clusters', { body })).status).toBe(201);
    const unknown = await h
      .as('admin')
      .call('POST', '/dataplatform/clusters', { body: validCluster('nowhere', { datacenterId: '00000000-0000-4000-8000-000000000000' }) });
    expect(unknown.status).toBe(400);
  });

  it('accepts a data center id without hyphens and stores the canonical form', async () => {
    const body = validCluster('no-hyphens', { datacenterId: DATACENTER_IDS.berlin.replace(/-/g, '') });
    const answer = await h.as('user').call('POST', '/dataplatform/clusters', { body });
    expect(answer.status).toBe(201);
    expect(answer.body.properties.datacenterId).toBe(DATACENTER_IDS.berlin);
  });
});
