// PROXY-01/02: the path-escape table of the security checklist, against the mapper and against the routes, and a
// property test: whatever goes in, the mapper answers null or a URL under the fixed origin and base path, with no
// fragment and no query key outside the operation's allowlist.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as catchAll from '@/app/api/dataplatform/[[...rest]]/route';
import * as cluster from '@/app/api/dataplatform/clusters/[clusterId]/route';
import * as nodepool from '@/app/api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]/route';
import { buildUpstreamUrl, upstreamBase } from '@/lib/server/upstream/paths';
import { CLUSTER, NODEPOOL, apiRequest, ctx, expectError, setupBff } from './harness';

const h = setupBff();

/** `params.path` as Next 16.4.6 hands it to a catch-all, per row of the checklist's table, plus PROXY-01 extras. */
const ESCAPES: string[][] = [
  ['clusters/../../auth/v1/tokens'],
  ['clusters/../../auth/v1/tokens/generate'],
  ['//evil.example/x'],
  ['https://evil.example'],
  ['..\\..\\auth'],
  ['clusters', '%2e%2e', 'x'],
  ['clusters', 'a\r\nX-Inj:1'],
  ['clusters', 'abc#@evil.example'],
  ['clusters', `${CLUSTER}#@evil.example`],
  ['clusters', `${CLUSTER}?x=1`],
  ['clusters', `${CLUSTER}%00`],
  ['clusters', `${CLUSTER};x`],
  ['clusters', '..;', 'x'],
  ['clusters', '．．', '．．', 'auth'],
  ['clusters', 'x'.repeat(10_000)],
  Array.from({ length: 100 }, () => 'clusters'),
  ['clusters', CLUSTER.toUpperCase()],
  ['clusters', CLUSTER, 'nodepools', NODEPOOL, 'x'],
  ['versions', '..'],
];

const ALL_TEMPLATES: [string, string, string][] = [
  ['dataplatform', 'GET', '/versions'],
  ['dataplatform', 'GET', '/clusters'],
  ['dataplatform', 'POST', '/clusters'],
  ['dataplatform', 'GET', '/clusters/{clusterId}'],
  ['dataplatform', 'PATCH', '/clusters/{clusterId}'],
  ['dataplatform', 'DELETE', '/clusters/{clusterId}'],
  ['dataplatform', 'GET', '/clusters/{clusterId}/kubeconfig'],
  ['dataplatform', 'GET', '/clusters/{clusterId}/nodepools'],
  ['dataplatform', 'POST', '/clusters/{clusterId}/nodepools'],
  ['dataplatform', 'GET', '/clusters/{clusterId}/nodepools/{nodepoolId}'],
  ['dataplatform', 'PATCH', '/clusters/{clusterId}/nodepools/{nodepoolId}'],
  ['dataplatform', 'DELETE', '/clusters/{clusterId}/nodepools/{nodepoolId}'],
  ['auth', 'GET', '/tokens/generate'],
  ['auth', 'DELETE', '/tokens'],
  ['auth', 'DELETE', '/tokens/{tokenId}'],
  ['cloud', 'GET', '/datacenters'],
  ['cloud', 'GET', '/datacenters/{datacenterId}/lans'],
];
const QUERY_KEYS: Record<string, string[]> = {
  'dataplatform GET /clusters': ['name'],
  'auth GET /tokens/generate': ['ttl'],
  'auth DELETE /tokens': ['criteria'],
  'cloud GET /datacenters': ['depth'],
  'cloud GET /datacenters/{datacenterId}/lans': ['depth'],
};

function isUnderBase(url: URL, api: string, method: string, template: string): boolean {
  const base = upstreamBase(api as 'dataplatform');
  const allowed = QUERY_KEYS[`${api} ${method} ${template}`] ?? [];
  return (
    url.origin === base.origin &&
    url.pathname.startsWith(`${base.pathname}/`) &&
    !url.pathname.includes('..') &&
    url.hash === '' &&
    url.username === '' &&
    url.password === '' &&
    [...url.searchParams.keys()].every((key) => allowed.includes(key))
  );
}

describe('the path-escape table', () => {
  it('every payload as an id is refused by the mapper', () => {
    for (const segments of ESCAPES) {
      const values = [segments.join('/'), ...segments].filter((v) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v));
      for (const value of values) {
        for (const [api, method, template] of ALL_TEMPLATES.filter(([, , t]) => t.includes('{'))) {
          const params = Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name ?? '', value]));
          expect(buildUpstreamUrl(api, method, template, params)).toBeNull();
        }
      }
    }
  });

  it('every payload as a template is refused by the mapper', () => {
    for (const segments of ESCAPES) {
      for (const template of [segments.join('/'), `/${segments.join('/')}`, `/clusters/${segments.join('/')}`]) {
        expect(buildUpstreamUrl('dataplatform', 'GET', template, { clusterId: CLUSTER })).toBeNull();
      }
    }
  });

  it('every payload reaching the catch-all or an id route is a 400, and nothing goes upstream', async () => {
    for (const rest of ESCAPES) {
      await expectError(await catchAll.GET(apiRequest(h, 'GET', '/api/dataplatform/x'), ctx({ rest })), 400, 'unknown_operation');
      await expectError(await catchAll.POST(apiRequest(h, 'POST', '/api/dataplatform/x', { body: {} }), ctx({ rest })), 400);
      await expectError(await cluster.GET(apiRequest(h, 'GET', '/x'), ctx({ clusterId: rest.join('/') })), 400, 'invalid_parameter');
      await expectError(
        await nodepool.DELETE(apiRequest(h, 'DELETE', '/x'), ctx({ clusterId: CLUSTER, nodepoolId: rest.join('/') })),
        400,
        'invalid_parameter',
      );
    }
    await expectError(await catchAll.GET(apiRequest(h, 'GET', '/x', { session: false }), ctx({ rest: ESCAPES[0] ?? [] })), 401);
    expect(h.fake.requests).toHaveLength(0);
  });

  it('builds the expected URLs for good input', () => {
    const base = upstreamBase('dataplatform').href;
    expect(
      buildUpstreamUrl('dataplatform', 'GET', '/clusters/{clusterId}/nodepools/{nodepoolId}', { clusterId: CLUSTER, nodepoolId: NODEPOOL })?.href,
    ).toBe(`${base}/clusters/${CLUSTER}/nodepools/${NODEPOOL}`);
    expect(buildUpstreamUrl('dataplatform', 'GET', '/clusters', undefined, { name: 'a.b-c_d' })?.search).toBe('?name=a.b-c_d');
    expect(buildUpstreamUrl('auth', 'GET', '/tokens/generate', undefined, { ttl: '43200' })?.pathname).toBe('/auth/v1/tokens/generate');
    expect(buildUpstreamUrl('dataplatform', 'GET', '/clusters', undefined, { name: 'a&ttl=1' })).toBeNull();
    expect(buildUpstreamUrl('dataplatform', 'PUT', '/clusters')).toBeNull();
    expect(buildUpstreamUrl('dataplatform', 'get', '/clusters')).toBeNull();
    expect(buildUpstreamUrl('dataplatform', 'GET', '/clusters/{clusterId}', { clusterId: CLUSTER, extra: CLUSTER })).toBeNull();
    expect(buildUpstreamUrl('__proto__', 'GET', '/clusters')).toBeNull();
    expect(buildUpstreamUrl('dataplatform', 'constructor', '')).toBeNull();
  });
});

describe('property: the mapper never leaves the base (PROXY-02)', () => {
  const hostile = fc.constantFrom(
    '..',
    '.',
    '%2e%2e',
    '%2E%2E',
    '%2F',
    '//',
    '/',
    '\\',
    '#',
    '?',
    '@',
    ':',
    'https://evil.example',
    '//evil.example',
    'evil.example',
    '\r\n',
    '\u0000',
    '．．',
    '%00',
    ';',
    '{clusterId}',
    CLUSTER,
    CLUSTER.toUpperCase(),
    NODEPOOL,
  );
  const piece = fc.oneof(hostile, fc.string({ maxLength: 12 }), fc.uuid());
  const value = fc.oneof(
    fc.uuid(),
    fc.array(piece, { maxLength: 5 }).map((parts) => parts.join('')),
    fc.string(),
    fc.integer(),
  );
  const randomTemplate = fc.oneof(
    fc.array(piece, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`),
    fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')),
  );
  const paramName = fc.constantFrom('clusterId', 'nodepoolId', 'datacenterId', 'tokenId', '__proto__', 'x');
  const queryKey = fc.constantFrom('name', 'ttl', 'depth', 'criteria', 'limit', '__proto__', '#', 'a&b');
  const queryValue = fc.oneof(fc.constantFrom('1', 'CURRENT', 'abc', ''), value);
  // Mostly the real operations with mostly good ids (so many URLs get built), mixed with anything at all.
  const operation = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ALL_TEMPLATES) },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constantFrom('dataplatform', 'auth', 'cloud', 'other', '__proto__'),
        fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'get', 'TRACE'),
        fc.oneof(fc.constantFrom(...ALL_TEMPLATES.map(([, , t]) => t)), randomTemplate),
      ),
    },
  );
  const paramsFor = (tpl: string) => {
    const names = [...tpl.matchAll(/\{(\w+)\}/g)].map(([, name]) => name ?? '');
    const exact = fc.record(
      Object.fromEntries(names.map((name) => [name, fc.oneof({ weight: 4, arbitrary: fc.uuid() }, { weight: 1, arbitrary: value })])),
    );
    return fc.oneof({ weight: 3, arbitrary: exact }, { weight: 1, arbitrary: fc.dictionary(paramName, value, { maxKeys: 3 }) });
  };
  const input = operation.chain(([api, method, tpl]) =>
    fc.tuple(
      fc.constant(api),
      fc.constant(method),
      fc.constant(tpl),
      paramsFor(tpl),
      fc.option(fc.dictionary(queryKey, queryValue, { maxKeys: 3 }), { nil: undefined }),
    ),
  );

  it('answers null or a URL under the fixed origin and prefix, without fragment or stray query (20k runs)', () => {
    let built = 0;
    fc.assert(
      fc.property(input, ([api, method, tpl, params, query]) => {
        let url: URL | null;
        try {
          url = buildUpstreamUrl(api, method, tpl, params, query);
        } catch {
          return true;
        }
        if (url === null) return true;
        built += 1;
        return isUnderBase(url, api, method, tpl);
      }),
      { numRuns: 20_000 },
    );
    expect(built).toBeGreaterThan(1_000);
  });

  it('with well-formed ids, every allowlisted operation builds (and stays under the base)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_TEMPLATES), fc.uuid({ version: 4 }), fc.uuid({ version: 4 }), ([api, method, tpl], a, b) => {
        const names = [...tpl.matchAll(/\{(\w+)\}/g)].map(([, name]) => name ?? '');
        const params = names.length > 0 ? Object.fromEntries(names.map((name, i) => [name, i === 0 ? a : b])) : undefined;
        const url = buildUpstreamUrl(api, method, tpl, params);
        return url !== null && isUnderBase(url, api, method, tpl);
      }),
      { numRuns: 2_000 },
    );
  });
});
