// The 12 operations of the contract and the two Cloud API reads: each BFF route calls exactly its upstream
// operation with the session's token, relays a contract-checked answer, passes errors through in the envelope,
// and answers 405 (JSON, Allow) to the methods the contract does not have.
import { describe, expect, it } from 'vitest';
import * as catchAll from '@/app/api/dataplatform/[[...rest]]/route';
import * as cluster from '@/app/api/dataplatform/clusters/[clusterId]/route';
import * as nodepool from '@/app/api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]/route';
import * as nodepools from '@/app/api/dataplatform/clusters/[clusterId]/nodepools/route';
import * as clusters from '@/app/api/dataplatform/clusters/route';
import * as versions from '@/app/api/dataplatform/versions/route';
import * as lans from '@/app/api/cloud/datacenters/[datacenterId]/lans/route';
import * as datacenters from '@/app/api/cloud/datacenters/route';
import {
  CLUSTER,
  DATACENTER,
  NODEPOOL,
  TOKEN,
  apiRequest,
  clusterBody,
  ctx,
  expectError,
  expectJsonApiAnswer,
  nodePoolBody,
  readJson,
  setupBff,
} from './harness';

const h = setupBff();
const C = `/api/dataplatform/clusters/${CLUSTER}`;
const N = `${C}/nodepools/${NODEPOOL}`;

function lastUpstream() {
  const request = h.fake.requests.at(-1);
  if (!request) throw new Error('the upstream received nothing');
  return request;
}

describe('Data Platform operations', () => {
  it('GET versions (1.1 object and 1.0 bare array)', async () => {
    h.fake.enqueue({ json: { items: ['24.3', '25.3'] } }, { json: ['24.3'] });
    const first = await versions.GET(apiRequest(h, 'GET', '/api/dataplatform/versions'), ctx({}));
    expect(first.status).toBe(200);
    expectJsonApiAnswer(first);
    expect(await readJson(first)).toEqual({ items: ['24.3', '25.3'] });
    const second = await versions.GET(apiRequest(h, 'GET', '/api/dataplatform/versions'), ctx({}));
    expect(await readJson(second)).toEqual({ items: ['24.3'] });
    expect(lastUpstream()).toMatchObject({ method: 'GET', url: '/dataplatform/versions' });
    expect(lastUpstream().headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('GET clusters, with and without ?name', async () => {
    h.fake.setFallback({ json: { items: [clusterBody()] } });
    const all = await clusters.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters'), ctx({}));
    expect(all.status).toBe(200);
    expect(lastUpstream().url).toBe('/dataplatform/clusters');
    const filtered = await clusters.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters?name=ana'), ctx({}));
    expect(filtered.status).toBe(200);
    expect(lastUpstream().url).toBe('/dataplatform/clusters?name=ana');
    expect(((await readJson(filtered)).items as unknown[])[0]).toMatchObject({ id: CLUSTER, properties: { name: 'analytics' } });
  });

  it('POST clusters sends only the contract fields (re-serialised, defaults applied) and keeps 201', async () => {
    h.fake.enqueue({ status: 201, json: clusterBody() });
    const body = { properties: { name: 'analytics', datacenterId: DATACENTER, lans: [{ lanId: '1' }] } };
    const res = await clusters.POST(apiRequest(h, 'POST', '/api/dataplatform/clusters', { body }), ctx({}));
    expect(res.status).toBe(201);
    const sent = lastUpstream();
    expect(sent).toMatchObject({ method: 'POST', url: '/dataplatform/clusters' });
    expect(sent.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent.body)).toEqual({ properties: { name: 'analytics', datacenterId: DATACENTER, lans: [{ lanId: '1', dhcp: true }] } });
  });

  it('GET, PATCH and DELETE one cluster', async () => {
    h.fake.setFallback({ json: clusterBody() });
    expect((await cluster.GET(apiRequest(h, 'GET', C), ctx({ clusterId: CLUSTER }))).status).toBe(200);
    expect(lastUpstream()).toMatchObject({ method: 'GET', url: `/dataplatform/clusters/${CLUSTER}` });
    const patch = { properties: { name: 'renamed', maintenanceWindow: { time: '02:00:00', dayOfTheWeek: 'Sunday' } } };
    expect((await cluster.PATCH(apiRequest(h, 'PATCH', C, { body: patch }), ctx({ clusterId: CLUSTER }))).status).toBe(200);
    expect(lastUpstream()).toMatchObject({ method: 'PATCH', url: `/dataplatform/clusters/${CLUSTER}` });
    expect(JSON.parse(lastUpstream().body)).toEqual(patch);
    expect((await cluster.DELETE(apiRequest(h, 'DELETE', C), ctx({ clusterId: CLUSTER }))).status).toBe(200);
    expect(lastUpstream()).toMatchObject({ method: 'DELETE', url: `/dataplatform/clusters/${CLUSTER}`, body: '' });
  });

  it('node pools: list, create, read, change, delete', async () => {
    h.fake.enqueue({ json: { items: [nodePoolBody()] } }, { status: 201, json: nodePoolBody() });
    h.fake.setFallback({ json: nodePoolBody() });
    expect((await nodepools.GET(apiRequest(h, 'GET', `${C}/nodepools`), ctx({ clusterId: CLUSTER }))).status).toBe(200);
    expect(lastUpstream().url).toBe(`/dataplatform/clusters/${CLUSTER}/nodepools`);
    const created = await nodepools.POST(
      apiRequest(h, 'POST', `${C}/nodepools`, { body: { properties: { name: 'workers', nodeCount: 2 } } }),
      ctx({ clusterId: CLUSTER }),
    );
    expect(created.status).toBe(201);
    expect(JSON.parse(lastUpstream().body)).toEqual({
      properties: {
        name: 'workers',
        nodeCount: 2,
        cpuFamily: 'AUTO',
        coresCount: 4,
        ramSize: 4096,
        availabilityZone: 'AUTO',
        storageType: 'SSD',
        storageSize: 20,
      },
    });
    const params = ctx({ clusterId: CLUSTER, nodepoolId: NODEPOOL });
    expect((await nodepool.GET(apiRequest(h, 'GET', N), params)).status).toBe(200);
    expect(lastUpstream()).toMatchObject({ method: 'GET', url: `/dataplatform/clusters/${CLUSTER}/nodepools/${NODEPOOL}` });
    const patch = { properties: { nodeCount: 3, autoScaling: null } };
    expect((await nodepool.PATCH(apiRequest(h, 'PATCH', N, { body: patch }), params)).status).toBe(200);
    expect(JSON.parse(lastUpstream().body)).toEqual(patch);
    expect((await nodepool.DELETE(apiRequest(h, 'DELETE', N), params)).status).toBe(200);
    expect(lastUpstream()).toMatchObject({ method: 'DELETE', url: `/dataplatform/clusters/${CLUSTER}/nodepools/${NODEPOOL}` });
  });

  it('drops fields outside the contract from upstream answers', async () => {
    h.fake.enqueue({ json: { ...clusterBody(), secretInternal: 'x', metadata: { state: 'AVAILABLE', internalNote: 'x' } } });
    const body = await readJson(await cluster.GET(apiRequest(h, 'GET', C), ctx({ clusterId: CLUSTER })));
    expect(JSON.stringify(body)).not.toContain('internal');
    expect(JSON.stringify(body)).not.toContain('secretInternal');
  });
});

describe('Cloud API reads', () => {
  it('GET datacenters asks for depth=1 and answers only the fields the console uses', async () => {
    h.fake.enqueue({
      json: {
        id: 'datacenters',
        href: 'https://api.example/cloudapi/v6/datacenters',
        items: [
          {
            id: DATACENTER,
            type: 'datacenter',
            metadata: { etag: 'x' },
            properties: {
              name: 'Frankfurt',
              location: 'de/fra',
              cpuArchitecture: [{ cpuFamily: 'INTEL_ICELAKE', maxCores: 16, maxRam: 65536, vendor: 'GenuineIntel' }],
              secAuthProtection: false,
            },
          },
        ],
      },
    });
    const res = await datacenters.GET(apiRequest(h, 'GET', '/api/cloud/datacenters'), ctx({}));
    expect(res.status).toBe(200);
    expect(lastUpstream()).toMatchObject({ method: 'GET', url: '/cloudapi/v6/datacenters?depth=1' });
    expect(await readJson(res)).toEqual({
      items: [
        {
          id: DATACENTER,
          properties: {
            name: 'Frankfurt',
            location: 'de/fra',
            cpuArchitecture: [{ cpuFamily: 'INTEL_ICELAKE', maxCores: 16, maxRam: 65536, vendor: 'GenuineIntel' }],
          },
        },
      ],
    });
  });

  it("GET a data center's LANs", async () => {
    h.fake.enqueue({ json: { items: [{ id: '1', properties: { name: 'private', public: false, ipFailover: [] } }] } });
    const res = await lans.GET(apiRequest(h, 'GET', `/api/cloud/datacenters/${DATACENTER}/lans`), ctx({ datacenterId: DATACENTER }));
    expect(res.status).toBe(200);
    expect(lastUpstream().url).toBe(`/cloudapi/v6/datacenters/${DATACENTER}/lans?depth=1`);
    expect(await readJson(res)).toEqual({ items: [{ id: '1', properties: { name: 'private', public: false } }] });
  });
});

describe('upstream errors', () => {
  it('passes status and messages through in the envelope, nothing else', async () => {
    h.fake.enqueue({
      status: 404,
      headers: { 'X-Internal': 'x', 'Set-Cookie': 'upstream=1' },
      json: { httpStatus: 404, messages: [{ errorCode: '309', message: 'Resource not found' }], trace: 'stack at ...' },
    });
    const res = await cluster.GET(apiRequest(h, 'GET', C), ctx({ clusterId: CLUSTER }));
    const body = await expectError(res, 404);
    expect(body).toEqual({ httpStatus: 404, messages: [{ errorCode: '309', message: 'Resource not found' }] });
    expect(res.headers.get('x-internal')).toBeNull();
    expect(res.headers.get('set-cookie') ?? '').not.toContain('upstream');
  });

  it('normalises odd error bodies and keeps the status (403, 409, 500 HTML, then 401)', async () => {
    h.fake.enqueue(
      { status: 403, json: { httpStatus: 403, messages: [{ message: 'Access denied' }] } },
      { status: 409, json: { httpStatus: 409, messages: [{ errorCode: 'x', message: 'Cluster is busy\r\nX-Injected: 1' }] } },
      { status: 500, headers: { 'Content-Type': 'text/html' }, body: '<html><script>alert(1)</script></html>' },
      // Last: an upstream 401 also ends the session (see session-end.test.ts).
      { status: 401, json: { message: 'Unauthorized' } },
    );
    const get = () => cluster.GET(apiRequest(h, 'GET', C), ctx({ clusterId: CLUSTER }));
    expect(((await expectError(await get(), 403)).messages as { message: string }[])[0]?.message).toBe('Access denied');
    expect(((await expectError(await get(), 409)).messages as { message: string }[])[0]?.message).toBe('Cluster is busy  X-Injected: 1');
    const internal = await expectError(await get(), 500, 'upstream_500');
    expect(JSON.stringify(internal)).not.toContain('script');
    const unauthorized = await expectError(await get(), 401, 'upstream_401');
    expect(JSON.stringify(unauthorized)).toContain('Sign in again');
  });

  it('answers 502 when a successful answer breaks the contract', async () => {
    h.fake.enqueue({ json: { items: [{ id: CLUSTER, properties: {} }] } });
    const res = await clusters.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters'), ctx({}));
    const body = await expectError(res, 502, 'upstream_bad_response');
    expect((body.messages as { message: string }[])[0]?.message).toBe('The IONOS API answered something unexpected.');
  });
});

describe('methods and paths outside the contract', () => {
  it('405 with Allow and the envelope, after the session check, with nothing sent upstream', async () => {
    const cases: [Response, string][] = [
      [await versions.POST(apiRequest(h, 'POST', '/api/dataplatform/versions', { csrf: false }), ctx({})), 'GET, HEAD'],
      [await clusters.PUT(apiRequest(h, 'PUT', '/api/dataplatform/clusters', { csrf: false }), ctx({})), 'GET, POST, HEAD'],
      [await clusters.DELETE(apiRequest(h, 'DELETE', '/api/dataplatform/clusters'), ctx({})), 'GET, POST, HEAD'],
      [await cluster.POST(apiRequest(h, 'POST', C), ctx({ clusterId: CLUSTER })), 'GET, PATCH, DELETE, HEAD'],
      [await cluster.OPTIONS(apiRequest(h, 'OPTIONS', C), ctx({ clusterId: CLUSTER })), 'GET, PATCH, DELETE, HEAD'],
      [await nodepool.PUT(apiRequest(h, 'PUT', N), ctx({ clusterId: CLUSTER, nodepoolId: NODEPOOL })), 'GET, PATCH, DELETE, HEAD'],
      [await datacenters.DELETE(apiRequest(h, 'DELETE', '/api/cloud/datacenters'), ctx({})), 'GET, HEAD'],
    ];
    for (const [res, allow] of cases) {
      await expectError(res, 405, 'method_not_allowed');
      expect(res.headers.get('allow')).toBe(allow);
    }
    const anonymous = await clusters.PUT(apiRequest(h, 'PUT', '/api/dataplatform/clusters', { session: false }), ctx({}));
    await expectError(anonymous, 401);
    expect(h.fake.requests).toHaveLength(0);
  });

  it('the catch-all answers 400 "not an operation" for every method', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const) {
      const res = await catchAll[method](apiRequest(h, method, '/api/dataplatform/clusters/x/y/z'), ctx({ rest: ['clusters', 'x', 'y', 'z'] }));
      const body = await expectError(res, 400, 'unknown_operation');
      expect(JSON.stringify(body)).toContain('is not an operation of the Data Platform API');
    }
    expect(h.fake.requests).toHaveLength(0);
  });
});
