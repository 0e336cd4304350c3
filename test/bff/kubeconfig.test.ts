// KUBE-01..04: the kubeconfig as JSON or as a download (YAML or JSON) with attachment and no-cache headers,
// refused to cross-site requests, fetched fresh each time, and audited without its content.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as kubeconfig from '@/app/api/dataplatform/clusters/[clusterId]/kubeconfig/route';
import {
  CLUSTER,
  TOKEN,
  USER,
  apiRequest,
  clusterBody,
  ctx,
  expectApiHeaders,
  expectError,
  expectJsonApiAnswer,
  kubeconfigBody,
  readJson,
  setupBff,
} from './harness';

const h = setupBff();
const path = `/api/dataplatform/clusters/${CLUSTER}/kubeconfig`;
const get = (query = '', headers: Record<string, string> = {}, session = true) =>
  kubeconfig.GET(apiRequest(h, 'GET', `${path}${query}`, { headers, session }), ctx({ clusterId: CLUSTER }));

function scriptUpstream(name = 'analytics', headers: Record<string, string> = {}) {
  h.fake.setFallback((req) => (req.path.endsWith('/kubeconfig') ? { json: kubeconfigBody(), headers } : { json: clusterBody({ name }) }));
}

describe('kubeconfig', () => {
  it("answers the contract's JSON without ?download", async () => {
    scriptUpstream();
    const res = await get();
    expect(res.status).toBe(200);
    expectJsonApiAnswer(res);
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(await readJson(res)).toEqual(kubeconfigBody());
  });

  it('?download=yaml: an attachment named after the cluster, never cached, YAML that parses back to the JSON', async () => {
    scriptUpstream('analytics', { ETag: '"v1"', 'Last-Modified': 'Mon, 01 Jan 2024 00:00:00 GMT', 'Set-Cookie': 'upstream=1' });
    const res = await get('?download=yaml', { 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
    expectApiHeaders(res);
    expect(res.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="analytics-kubeconfig.yaml"');
    expect(res.headers.get('pragma')).toBe('no-cache');
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('last-modified')).toBeNull();
    expect(res.headers.get('set-cookie') ?? '').not.toContain('upstream');
    const text = await res.text();
    expect(parse(text, { version: '1.1' })).toEqual(kubeconfigBody());
    expect(parse(text)).toEqual(kubeconfigBody());
    expect(text).toContain('apiVersion: v1');
    expect(text).toContain('user: "on"');
  });

  it('?download=json: a JSON attachment', async () => {
    scriptUpstream('my-cluster.1');
    const res = await get('?download=json', { 'sec-fetch-site': 'none' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="my-cluster.1-kubeconfig.json"');
    expect(JSON.parse(await res.text())).toEqual(kubeconfigBody());
  });

  it('falls back to the cluster id for the file name when the cluster cannot be read', async () => {
    h.fake.setFallback((req) => (req.path.endsWith('/kubeconfig') ? { json: kubeconfigBody() } : { status: 500, json: {} }));
    const res = await get('?download=yaml');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${CLUSTER}-kubeconfig.yaml"`);
  });

  it("is fetched fresh every time with the session's token (KUBE-02)", async () => {
    scriptUpstream();
    await get('?download=yaml');
    await get('?download=yaml');
    const kubeconfigCalls = h.fake.requests.filter((r) => r.path.endsWith('/kubeconfig'));
    expect(kubeconfigCalls).toHaveLength(2);
    for (const call of kubeconfigCalls) expect(call.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('logs one audit event, and never the content (KUBE-03, LOG-01)', async () => {
    scriptUpstream();
    await get('?download=yaml');
    await get();
    const audits = h.logs().filter((entry) => entry.event === 'kubeconfig.download');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ event: 'kubeconfig.download', user: USER.email, clusterId: CLUSTER, format: 'yaml' });
    expect(audits[0]?.ts).toEqual(expect.any(String));
    expect(h.logText()).not.toContain('CANARY-KC');
    expect(h.logText()).not.toContain(TOKEN);
    expect(h.logText()).not.toContain('certificate-authority-data');
  });

  it('refuses cross-site and same-site requests, JSON or download (KUBE-04)', async () => {
    scriptUpstream();
    for (const site of ['cross-site', 'same-site']) {
      await expectError(await get('?download=yaml', { 'sec-fetch-site': site }), 403, 'csrf_rejected');
      await expectError(await get('', { 'sec-fetch-site': site }), 403);
    }
    expect(h.fake.requests).toHaveLength(0);
  });

  it('answers 401 JSON without a session, and passes upstream errors through', async () => {
    await expectError(await get('?download=yaml', {}, false), 401, 'unauthenticated');
    h.fake.setFallback((req) =>
      req.path.endsWith('/kubeconfig')
        ? { status: 409, json: { httpStatus: 409, messages: [{ errorCode: 'deploying', message: 'The cluster is still DEPLOYING.' }] } }
        : { json: clusterBody() },
    );
    const res = await get('?download=yaml');
    const body = await expectError(res, 409, 'deploying');
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(body.messages).toEqual([{ errorCode: 'deploying', message: 'The cluster is still DEPLOYING.' }]);
  });

  it('refuses an answer that is not a kubeconfig', async () => {
    h.fake.setFallback((req) => (req.path.endsWith('/kubeconfig') ? { json: { kind: 'Config' } } : { json: clusterBody() }));
    await expectError(await get('?download=yaml'), 502, 'upstream_bad_response');
  });
});
