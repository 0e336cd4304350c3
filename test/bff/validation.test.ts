// VAL-01, VAL-02, PROXY-07, PROXY-08: ids, query parameters and bodies are checked against the contract before
// anything goes upstream; each refusal is a 400 (413 for size) in the envelope and the fake upstream hears nothing.
import { afterEach, describe, expect, it } from 'vitest';
import * as kubeconfig from '@/app/api/dataplatform/clusters/[clusterId]/kubeconfig/route';
import * as cluster from '@/app/api/dataplatform/clusters/[clusterId]/route';
import * as nodepool from '@/app/api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]/route';
import * as nodepools from '@/app/api/dataplatform/clusters/[clusterId]/nodepools/route';
import * as clusters from '@/app/api/dataplatform/clusters/route';
import * as versions from '@/app/api/dataplatform/versions/route';
import * as lans from '@/app/api/cloud/datacenters/[datacenterId]/lans/route';
import { CLUSTER, DATACENTER, NODEPOOL, apiRequest, ctx, expectError, setupBff } from './harness';

const h = setupBff();

afterEach(() => {
  expect(h.fake.requests, 'the upstream must receive nothing').toHaveLength(0);
});

const messagesOf = (body: Record<string, unknown>) => (body.messages as { message: string }[]).map((m) => m.message);

export const BAD_IDS = [
  'abc',
  CLUSTER.toUpperCase(),
  ` ${CLUSTER}`,
  `${CLUSTER} `,
  `${CLUSTER}#x`,
  `${CLUSTER}/..`,
  CLUSTER.replace(/-/g, ''),
  '..',
  '../../auth/v1/tokens',
  '%2e%2e',
  '//evil.example',
  'https://evil.example',
  '..\\..\\auth',
  `a\r\nX-Inj:1`,
  '３f1a7c2e-9b4d-4e8f-a1c3-5d6e7f809a1b',
  '．．',
  'x'.repeat(10_000),
  '',
];

describe('route params', () => {
  it('400 naming the parameter for every id that is not a lowercase UUID, on every method', async () => {
    for (const bad of BAD_IDS) {
      const calls: Promise<Response>[] = [
        cluster.GET(apiRequest(h, 'GET', '/x'), ctx({ clusterId: bad })),
        cluster.PATCH(apiRequest(h, 'PATCH', '/x', { body: { properties: {} } }), ctx({ clusterId: bad })),
        cluster.DELETE(apiRequest(h, 'DELETE', '/x'), ctx({ clusterId: bad })),
        kubeconfig.GET(apiRequest(h, 'GET', '/x'), ctx({ clusterId: bad })),
        nodepools.GET(apiRequest(h, 'GET', '/x'), ctx({ clusterId: bad })),
        nodepools.POST(apiRequest(h, 'POST', '/x', { body: { properties: { name: 'ab', nodeCount: 1 } } }), ctx({ clusterId: bad })),
        nodepool.GET(apiRequest(h, 'GET', '/x'), ctx({ clusterId: CLUSTER, nodepoolId: bad })),
        nodepool.PATCH(apiRequest(h, 'PATCH', '/x', { body: { properties: {} } }), ctx({ clusterId: bad, nodepoolId: NODEPOOL })),
        nodepool.DELETE(apiRequest(h, 'DELETE', '/x'), ctx({ clusterId: CLUSTER, nodepoolId: bad })),
        lans.GET(apiRequest(h, 'GET', '/x'), ctx({ datacenterId: bad })),
      ];
      for (const res of await Promise.all(calls)) {
        const body = await expectError(res, 400, 'invalid_parameter');
        expect(messagesOf(body)[0]).toMatch(/^(clusterId|nodepoolId|datacenterId): Not a lowercase UUID\.$/);
      }
    }
  });
});

describe('query parameters', () => {
  const list = (query: string) => clusters.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters${query}`), ctx({}));

  it('refuses unknown, duplicate and invalid parameters', async () => {
    const cases: [string, RegExp][] = [
      ['?limit=1', /Unknown query parameter "limit"/],
      ['?name=a&name=b', /may appear only once/],
      ['?__proto__=x', /Unknown query parameter "__proto__"/],
      ['?name[]=a', /Unknown query parameter/],
      ['?name=a%20b', /^name: /],
      ['?name=%0d%0aX-Inj:1', /^name: /],
      [`?name=${'a'.repeat(64)}`, /^name: A name filter has at most 63 characters\.$/],
      ['?name=a&depth=5', /Unknown query parameter "depth"/],
    ];
    for (const [query, message] of cases) {
      const body = await expectError(await list(query), 400, 'invalid_query');
      expect(messagesOf(body)[0]).toMatch(message);
    }
  });

  it('refuses any query where the operation has none', async () => {
    await expectError(await versions.GET(apiRequest(h, 'GET', '/api/dataplatform/versions?depth=1'), ctx({})), 400, 'invalid_query');
    await expectError(
      await lans.GET(apiRequest(h, 'GET', `/api/cloud/datacenters/${DATACENTER}/lans?depth=10`), ctx({ datacenterId: DATACENTER })),
      400,
    );
    await expectError(await kubeconfig.GET(apiRequest(h, 'GET', `/x?download=xml`), ctx({ clusterId: CLUSTER })), 400, 'invalid_query');
  });
});

describe('request bodies', () => {
  const create = (options: Parameters<typeof apiRequest>[3]) => clusters.POST(apiRequest(h, 'POST', '/api/dataplatform/clusters', options), ctx({}));
  const valid = { name: 'analytics', datacenterId: DATACENTER };

  it('names the field path of each contract violation', async () => {
    const body = await expectError(await create({ body: { properties: { ...valid, name: 'a' } } }), 400, 'invalid_body');
    expect(messagesOf(body)[0]).toBe('properties.name: Use at least 2 characters.');
    const many = await expectError(
      await create({ body: { properties: { name: '-x-', datacenterId: 'nope', maintenanceWindow: { time: '25:00:00', dayOfTheWeek: 'Funday' } } } }),
      400,
    );
    expect(messagesOf(many)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^properties\.name: /),
        expect.stringMatching(/^properties\.datacenterId: /),
        'properties.maintenanceWindow.time: Use 24-hour HH:MM:SS.',
        expect.stringMatching(/^properties\.maintenanceWindow\.dayOfTheWeek: /),
      ]),
    );
  });

  it('refuses extra fields (mass assignment) and __proto__ without polluting prototypes', async () => {
    await expectError(await create({ body: { id: CLUSTER, properties: valid } }), 400, 'invalid_body');
    await expectError(await create({ body: { metadata: { state: 'AVAILABLE' }, properties: valid } }), 400);
    await expectError(await create({ body: { properties: { ...valid, datacenterId: DATACENTER, extra: 1 } } }), 400);
    const proto = await expectError(await create({ raw: `{"__proto__":{"polluted":1},"properties":${JSON.stringify(valid)}}` }), 400);
    expect(messagesOf(proto).join(' ')).toContain('__proto__');
    await expectError(await create({ raw: `{"properties":{"__proto__":{"polluted":1},"name":"ab","datacenterId":"${DATACENTER}"}}` }), 400);
    await expectError(await create({ raw: `{"constructor":{"prototype":{"polluted":1}},"properties":${JSON.stringify(valid)}}` }), 400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses wrong types, missing bodies, bad JSON, non-UTF-8 and oversize bodies', async () => {
    await expectError(await create({ body: { properties: { ...valid, lans: 'all' } } }), 400);
    await expectError(await create({ body: [] }), 400);
    await expectError(await create({ body: null }), 400);
    await expectError(await create({ raw: '', headers: { 'content-type': 'application/json' } }), 400);
    await expectError(await create({ raw: '{"properties": ' }), 400, 'invalid_body');
    await expectError(await create({ raw: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }), 400, 'invalid_body');
    await expectError(
      await create({ raw: JSON.stringify({ properties: { ...valid, lans: [{ lanId: 'x'.repeat(70_000) }] } }) }),
      413,
      'payload_too_large',
    );
    const patch = nodepool.PATCH(
      apiRequest(h, 'PATCH', '/x', { body: { properties: { nodeCount: 0, name: 'cannot-rename' } } }),
      ctx({ clusterId: CLUSTER, nodepoolId: NODEPOOL }),
    );
    const body = await expectError(await patch, 400);
    expect(messagesOf(body)).toEqual(expect.arrayContaining(['properties.nodeCount: A pool has at least 1 node.']));
  });

  it('refuses a body whose Content-Length overstates the cap before reading it', async () => {
    const res = await create({ raw: '{}', headers: { 'content-length': String(10 * 1024 * 1024) } });
    await expectError(res, 413);
  });
});
