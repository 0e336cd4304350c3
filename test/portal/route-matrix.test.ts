// Portal mode's enforcement as a matrix: every BFF route × every role (and a personal access token) × a cluster of
// the person's own team, of another team, and of no team → the expected status. Against the real sandbox over
// loopback (the service credential is its contract administrator) and a real SQLite database; for every refusal the
// sandbox's request log shows that nothing reached the upstream. A route file that no row covers fails the test.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { createManualClock } from '@/lib/sandbox/clock';
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox/server';
import { resetConfigForTests } from '@/lib/server/config';
import { resetPortalConfigForTests } from '@/lib/server/portal/settings';
import { portalStores, resetPortalStoresForTests } from '@/lib/server/portal/stores';
import { createSessionCookieForTests } from '@/lib/server/session';
import { resetUpstreamForTests } from '@/lib/server/upstream/client';

const CONSOLE = 'http://localhost:3000';
const APP = path.resolve(__dirname, '../../app');
const ADMIN = 'admin@sandbox.test';

type Persona = 'platform' | 'admin' | 'member' | 'viewer' | 'token';
type Target = 'own' | 'other' | 'unowned';
const PERSONAS: Record<Exclude<Persona, 'token'>, string[]> = {
  platform: ['platform-admins'],
  admin: ['analytics-admins'],
  member: ['analytics-members'],
  viewer: ['analytics-viewers'],
};
const ALL: Persona[] = ['platform', 'admin', 'member', 'viewer', 'token'];
const TARGETS: Target[] = ['own', 'other', 'unowned'];

type Ids = { cluster: string; pool: string };
type Row = {
  /** Route file under app/ and the method. */
  file: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path and body for a target cluster. */
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** Whether the row is about a cluster (else the target column is ignored: 'own' only). */
  perCluster: boolean;
  expect: (persona: Persona, target: Target) => number;
};

// The role order of lib/portal/policy.ts: whom a rule lets through on the own team's cluster.
const atLeast = (role: 'viewer' | 'member' | 'admin') => (p: Persona) =>
  p === 'platform' || (p !== 'token' && ['viewer', 'member', 'admin'].indexOf(p) >= ['viewer', 'member', 'admin'].indexOf(role));

/** A cluster rule: own team → allowed or 403; other team / unowned → 404 (platform admins: allowed); tokens → 401. */
function clusterRule(role: 'viewer' | 'member' | 'admin', ok: number, tokens = false) {
  return (p: Persona, t: Target): number => {
    if (p === 'token') return tokens ? (t === 'own' ? ok : 404) : 401;
    if (p === 'platform') return ok;
    if (t !== 'own') return 404;
    return atLeast(role)(p) ? ok : 403;
  };
}

const dp = '/api/dataplatform';
const ROWS: Row[] = [
  {
    file: 'api/dataplatform/versions/route.ts',
    method: 'GET',
    path: () => `${dp}/versions`,
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : 200),
  },
  {
    file: 'api/cloud/datacenters/route.ts',
    method: 'GET',
    path: () => '/api/cloud/datacenters',
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : 200),
  },
  {
    file: 'api/cloud/datacenters/[datacenterId]/lans/route.ts',
    method: 'GET',
    path: () => `/api/cloud/datacenters/${DATACENTER_IDS.frankfurt}/lans`,
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : 200),
  },
  {
    file: 'api/dataplatform/clusters/route.ts',
    method: 'GET',
    path: () => `${dp}/clusters`,
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : 200),
  },
  {
    file: 'api/dataplatform/clusters/route.ts',
    method: 'POST',
    path: () => `${dp}/clusters?team=analytics`,
    body: () => ({
      properties: {
        name: 'matrix-new',
        dataPlatformVersion: '25.3',
        datacenterId: DATACENTER_IDS.frankfurt,
        maintenanceWindow: { dayOfTheWeek: 'Monday', time: '02:00:00' },
      },
    }),
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : atLeast('admin')(p) ? 201 : 403),
  },
  {
    file: 'api/dataplatform/clusters/[clusterId]/route.ts',
    method: 'GET',
    path: (i) => `${dp}/clusters/${i.cluster}`,
    perCluster: true,
    expect: clusterRule('viewer', 200),
  },
  {
    file: 'api/dataplatform/clusters/[clusterId]/route.ts',
    method: 'PATCH',
    path: (i) => `${dp}/clusters/${i.cluster}`,
    body: () => ({ properties: { maintenanceWindow: { dayOfTheWeek: 'Tuesday', time: '03:00:00' } } }),
    perCluster: true,
    expect: clusterRule('admin', 200),
  },
  {
    file: 'api/dataplatform/clusters/[clusterId]/route.ts',
    method: 'DELETE',
    path: (i) => `${dp}/clusters/${i.cluster}`,
    perCluster: true,
    expect: clusterRule('admin', 200),
  },
  {
    file: 'api/dataplatform/clusters/[clusterId]/kubeconfig/route.ts',
    method: 'GET',
    path: (i) => `${dp}/clusters/${i.cluster}/kubeconfig`,
    perCluster: true,
    expect: clusterRule('member', 200),
  },
  {
    file: 'api/dataplatform/clusters/[clusterId]/nodepools/route.ts',
    method: 'GET',
    path: (i) => `${dp}/clusters/${i.cluster}/nodepools`,
    perCluster: true,
    expect: clusterRule('viewer', 200),
  },
  {
    file: 'api/dataplatform/clusters/[clusterId]/nodepools/route.ts',
    method: 'POST',
    path: (i) => `${dp}/clusters/${i.cluster}/nodepools`,
    body: () => ({
      properties: { name: 'extra', nodeCount: 1, coresCount: 2, ramSize: 4096, availabilityZone: 'AUTO', storageType: 'SSD', storageSize: 20 },
    }),
    perCluster: true,
    expect: clusterRule('admin', 201),
  },
  {
    file: 'api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]/route.ts',
    method: 'GET',
    path: (i) => `${dp}/clusters/${i.cluster}/nodepools/${i.pool}`,
    perCluster: true,
    expect: clusterRule('viewer', 200),
  },
  {
    file: 'api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]/route.ts',
    method: 'PATCH',
    path: (i) => `${dp}/clusters/${i.cluster}/nodepools/${i.pool}`,
    body: () => ({ properties: { nodeCount: 2 } }),
    perCluster: true,
    expect: clusterRule('member', 200),
  },
  {
    file: 'api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]/route.ts',
    method: 'PATCH',
    path: (i) => `${dp}/clusters/${i.cluster}/nodepools/${i.pool}`,
    body: () => ({ properties: { labels: { tier: 'gold' } } }),
    perCluster: true,
    expect: clusterRule('admin', 200),
  },
  {
    file: 'api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]/route.ts',
    method: 'DELETE',
    path: (i) => `${dp}/clusters/${i.cluster}/nodepools/${i.pool}`,
    perCluster: true,
    expect: clusterRule('admin', 200),
  },
  { file: 'api/portal/me/route.ts', method: 'GET', path: () => '/api/portal/me', perCluster: false, expect: (p) => (p === 'token' ? 401 : 200) },
  {
    file: 'api/portal/teams/[teamId]/quota/route.ts',
    method: 'GET',
    path: () => '/api/portal/teams/analytics/quota',
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : 200),
  },
  {
    file: 'api/portal/teams/[teamId]/quota/route.ts',
    method: 'GET',
    path: () => '/api/portal/teams/streaming/quota',
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : p === 'platform' ? 200 : 404),
  },
  {
    file: 'api/portal/ownership/route.ts',
    method: 'GET',
    path: () => '/api/portal/ownership',
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : 200),
  },
  {
    file: 'api/portal/ownership/[clusterId]/route.ts',
    method: 'PUT',
    path: (i) => `/api/portal/ownership/${i.cluster}`,
    body: () => ({ team: 'streaming' }),
    perCluster: true,
    expect: (p) => (p === 'token' ? 401 : p === 'platform' ? 200 : 403),
  },
  {
    file: 'api/portal/audit/route.ts',
    method: 'GET',
    path: () => '/api/portal/audit',
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : atLeast('admin')(p) ? 200 : 403),
  },
  {
    file: 'api/portal/audit/export/route.ts',
    method: 'GET',
    path: () => '/api/portal/audit/export?format=ndjson',
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : atLeast('admin')(p) ? 200 : 403),
  },
  {
    file: 'api/portal/tokens/route.ts',
    method: 'GET',
    path: () => '/api/portal/tokens',
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : 200),
  },
  {
    file: 'api/portal/tokens/route.ts',
    method: 'POST',
    path: () => '/api/portal/tokens',
    body: () => ({ name: 'ci', expiresInDays: 7 }),
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : atLeast('member')(p) ? 201 : 403),
  },
  {
    file: 'api/portal/tokens/[tokenId]/route.ts',
    method: 'DELETE',
    // Nobody's token: 404 for everyone signed in (a person revokes only their own).
    path: () => '/api/portal/tokens/00000000-0000-4000-8000-000000000000',
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : 404),
  },
  {
    file: 'api/portal/config/route.ts',
    method: 'GET',
    path: () => '/api/portal/config',
    perCluster: false,
    expect: (p) => (p === 'token' ? 401 : p === 'platform' ? 200 : 403),
  },
  { file: 'api/v1/clusters/route.ts', method: 'GET', path: () => '/api/v1/clusters', perCluster: false, expect: () => 200 },
  {
    file: 'api/v1/clusters/[clusterId]/kubeconfig/route.ts',
    method: 'GET',
    path: (i) => `/api/v1/clusters/${i.cluster}/kubeconfig`,
    perCluster: true,
    expect: clusterRule('member', 200, true),
  },
];

/** Route files that are not about the portal's roles: public, next-auth's, catch-alls (no upstream call). */
const NOT_IN_MATRIX = new Set([
  'api/health/route.ts',
  'api/ready/route.ts',
  'api/metrics/route.ts',
  'api/[...path]/route.ts',
  'api/auth/[...nextauth]/route.ts',
  'api/dataplatform/[[...rest]]/route.ts',
  'api/cloud/[...rest]/route.ts',
]);

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function handlerOf(file: string, method: string): Promise<Handler> {
  const mod = (await import(/* @vite-ignore */ path.join(APP, file))) as Record<string, Handler>;
  const handler = mod[method];
  if (!handler) throw new Error(`${file} exports no ${method}`);
  return handler;
}

/** The params Next would pass: the route file's [name] segments matched against the request path. */
function paramsOf(file: string, urlPath: string): Record<string, string> {
  const fileSegments = file.split('/').slice(0, -1);
  const pathSegments = urlPath.split('?')[0]!.split('/').slice(1);
  const params: Record<string, string> = {};
  fileSegments.forEach((segment, index) => {
    const name = /^\[(\w+)\]$/.exec(segment)?.[1];
    if (name) params[name] = pathSegments[index]!;
  });
  return params;
}

describe('portal mode: every route × role × ownership', () => {
  let sandbox: SandboxServer;
  let dir: string;
  const cookies = {} as Record<Exclude<Persona, 'token'>, string>;
  let tokenSecret = '';
  const ids = {} as Record<Target, Ids>;
  let seeded = 0;
  const clock = createManualClock(Date.now());
  const PROVISION_MS = 60_000;

  async function upstream(method: string, urlPath: string, body?: unknown): Promise<Record<string, unknown>> {
    const res = await fetch(`${sandbox.url}/dataplatform${urlPath}`, {
      method,
      headers: { Authorization: sandbox.sandbox.basicAuth(ADMIN), 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(res.status, `${method} ${urlPath}`).toBeLessThan(300);
    return (await res.json()) as Record<string, unknown>;
  }

  async function seedCluster(name: string): Promise<Ids> {
    const created = await upstream('POST', '/clusters', {
      properties: {
        name,
        dataPlatformVersion: '25.3',
        datacenterId: DATACENTER_IDS.frankfurt,
        maintenanceWindow: { dayOfTheWeek: 'Monday', time: '02:00:00' },
      },
    });
    const cluster = created.id as string;
    clock.advance(PROVISION_MS);
    const pool = await upstream('POST', `/clusters/${cluster}/nodepools`, {
      properties: { name: 'workers', nodeCount: 1, coresCount: 2, ramSize: 4096, availabilityZone: 'AUTO', storageType: 'SSD', storageSize: 20 },
    });
    clock.advance(PROVISION_MS);
    return { cluster, pool: pool.id as string };
  }

  beforeAll(async () => {
    // The sandbox's clock moves only when told: each case starts from AVAILABLE clusters and pools, and what it
    // changes stays in progress (a case never meets another's finished change).
    sandbox = await startSandboxServer({ port: 0, seed: 'empty', provisionSeconds: PROVISION_MS / 1000, now: clock.now });
    dir = mkdtempSync(path.join(tmpdir(), 'portal-matrix-'));
    Object.assign(process.env, {
      CONSOLE_AUTH: 'oidc',
      SANDBOX_PORT: String(sandbox.port),
      NEXTAUTH_URL: CONSOLE,
      NEXTAUTH_SECRET: 'portal-matrix-secret-0123456789abcdef0123',
      DATABASE_URL: `file:${path.join(dir, 'portal.db')}`,
      PORTAL_CONFIG: path.resolve(__dirname, '../../portal.yaml'),
    });
    delete process.env.IONOS_API_URL;
    delete process.env.REDIS_URL;
    resetConfigForTests();
    resetPortalConfigForTests();
    await resetPortalStoresForTests();
    await resetUpstreamForTests();
    for (const [persona, groups] of Object.entries(PERSONAS)) {
      const email = `${persona}@portal.test`;
      const { name, value } = await createSessionCookieForTests({
        token: '',
        via: 'oidc',
        groups,
        user: { name: email, email, sub: `sub-${persona}` },
      });
      cookies[persona as keyof typeof cookies] = `${name}=${value}`;
    }
    const stores = await portalStores();
    tokenSecret = (
      await stores.tokens.create({
        owner: { sub: 'sub-member', email: 'member@portal.test' },
        name: 'matrix',
        teams: ['analytics'],
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      })
    ).secret;
  });

  beforeEach(async () => {
    // Fresh clusters per case: a delete, a move or a create in one case cannot change the next one's facts (nor use up
    // the team's quota).
    sandbox.sandbox.reset();
    const rows = await (await portalStores()).ownership.all();
    for (const row of rows) await (await portalStores()).ownership.remove(row.clusterId);
    seeded += 1;
    for (const target of TARGETS) ids[target] = await seedCluster(`matrix-${target}-${seeded}`);
    const stores = await portalStores();
    await stores.ownership.recordCreate(ids.own.cluster, 'analytics', { sub: 'sub-admin', email: 'admin@portal.test' });
    await stores.ownership.recordCreate(ids.other.cluster, 'streaming', { sub: 'sub-s', email: 's@portal.test' });
    sandbox.sandbox.requests.clear();
  });

  afterAll(async () => {
    await resetPortalStoresForTests();
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
    for (const key of ['CONSOLE_AUTH', 'SANDBOX_PORT', 'DATABASE_URL', 'PORTAL_CONFIG', 'NEXTAUTH_URL', 'NEXTAUTH_SECRET']) delete process.env[key];
    resetConfigForTests();
    resetPortalConfigForTests();
  });

  async function send(persona: Persona, file: string, method: Row['method'], urlPath: string, body?: unknown): Promise<Response> {
    const headers = new Headers();
    if (persona === 'token') headers.set('authorization', `Bearer ${tokenSecret}`);
    else headers.set('cookie', cookies[persona]);
    if (method !== 'GET') {
      headers.set('origin', CONSOLE);
      headers.set('x-console-csrf', '1');
      headers.set('sec-fetch-site', 'same-origin');
      if (body !== undefined) headers.set('content-type', 'application/json');
    }
    const req = new NextRequest(`${CONSOLE}${urlPath}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const handler = await handlerOf(file, method);
    return handler(req, { params: Promise.resolve(paramsOf(file, urlPath)) });
  }

  it('covers every BFF route file', () => {
    const files = (readdirSync(path.join(APP, 'api'), { recursive: true }) as string[])
      .map((file) => path.join('api', file).split(path.sep).join('/'))
      .filter((file) => /(^|\/)route\.ts$/.test(file) && !NOT_IN_MATRIX.has(file));
    expect(new Set(ROWS.map((row) => row.file))).toEqual(new Set(files));
  });

  const cases = ROWS.flatMap((row) =>
    ALL.flatMap((persona) => (row.perCluster ? TARGETS : (['own'] as Target[])).map((target) => ({ row, persona, target }))),
  );

  it.each(
    cases.map((c) => [`${c.row.method} ${c.row.path({ cluster: '{clusterId}', pool: '{nodepoolId}' })} as ${c.persona} on ${c.target}`, c] as const),
  )('%s', async (_name, { row, persona, target }) => {
    const urlPath = row.path(ids[target]);
    const res = await send(persona, row.file, row.method, urlPath, row.body?.(ids[target]));
    const expected = row.expect(persona, target);
    expect(res.status, await res.clone().text()).toBe(expected);
    const upstreamCalls = sandbox.sandbox.requests.list();
    if (expected >= 400) {
      // A refusal is decided before anything goes upstream.
      expect(upstreamCalls.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    } else if (row.method !== 'GET' && row.file.startsWith('api/dataplatform')) {
      // An allowed change reached the upstream, with the service credential.
      const sent = upstreamCalls.filter((r) => r.method === row.method);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.credential).toEqual({ scheme: 'Basic', user: ADMIN });
    }
  });

  it('audits each request: refused before upstream, done with the changed fields, and the chain holds', async () => {
    const pool = 'api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]/route.ts';
    const poolPath = `${dp}/clusters/${ids.own.cluster}/nodepools/${ids.own.pool}`;
    expect((await send('member', pool, 'DELETE', poolPath)).status).toBe(403);
    expect((await send('member', pool, 'PATCH', poolPath, { properties: { nodeCount: 3 } })).status).toBe(200);
    const stores = await portalStores();
    const { entries } = await stores.audit.query({ visibleTeams: 'all', limit: 2, offset: 0 });
    expect(entries[0]).toMatchObject({
      action: 'nodepool.scale',
      outcome: 'success',
      team: 'analytics',
      actor: { sub: 'sub-member', email: 'member@portal.test' },
      target: { type: 'nodepool', id: ids.own.pool, name: 'workers' },
      changes: { nodeCount: { from: 1, to: 3 } },
      status: 200,
    });
    expect(entries[1]).toMatchObject({ action: 'nodepool.delete', outcome: 'refused', team: 'analytics', status: 403 });
    expect(entries[1]?.reason).toContain('team admin');
    expect(await stores.audit.verify()).toMatchObject({ ok: true });
  });

  it('filters the cluster list on the server: own team only, unowned for platform admins', async () => {
    const list = async (persona: Exclude<Persona, 'token'>) => {
      const handler = await handlerOf('api/dataplatform/clusters/route.ts', 'GET');
      const res = await handler(new NextRequest(`${CONSOLE}${dp}/clusters`, { headers: { cookie: cookies[persona] } }), {
        params: Promise.resolve({}),
      });
      const body = (await res.json()) as { items: { id: string }[] };
      return new Set(body.items.map((item) => item.id));
    };
    const member = await list('member');
    expect(member.has(ids.own.cluster)).toBe(true);
    expect(member.has(ids.other.cluster)).toBe(false);
    expect(member.has(ids.unowned.cluster)).toBe(false);
    const platform = await list('platform');
    for (const target of TARGETS) expect(platform.has(ids[target].cluster)).toBe(true);
  });
});
