// Issue 5, item 4 (CSRF-01..04, KUBE-04): with a valid session cookie, unsafe BFF calls that a cross-site page
// could send are refused (403/415) and reach nothing upstream; then the same from a real attacker page on
// another site in Chromium, and a cross-site navigation to the kubeconfig download. Both tests are @serial: the
// request log must hold their requests alone.
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { E2E } from '../env';
import { expect, SERIAL, test } from '../fixtures';
import { randomName } from '../helpers';
import { attackerSite, rawRequest, sessionCookie, unsafeHeaders } from './support';

const { member } = E2E.users;
const json = 'application/json';

test.use({ signedInAs: 'member' });

type Variant = { name: string; headers: Record<string, string>; expected: number };

/** The console's own headers, changed in one way each: what a cross-site page can (or cannot) send. */
const VARIANTS: Variant[] = [
  { name: 'text/plain (a form or simple fetch)', headers: { ...unsafeHeaders, 'content-type': 'text/plain' }, expected: 415 },
  { name: 'text/plain without the custom header', headers: { Origin: E2E.consoleUrl, 'content-type': 'text/plain' }, expected: 403 },
  { name: 'form-encoded', headers: { ...unsafeHeaders, 'content-type': 'application/x-www-form-urlencoded' }, expected: 415 },
  { name: 'multipart', headers: { ...unsafeHeaders, 'content-type': 'multipart/form-data; boundary=x' }, expected: 415 },
  { name: 'no content type', headers: { ...unsafeHeaders }, expected: 415 },
  { name: 'foreign Origin', headers: { ...unsafeHeaders, 'content-type': json, Origin: 'https://attacker.example' }, expected: 403 },
  { name: 'Origin: null', headers: { ...unsafeHeaders, 'content-type': json, Origin: 'null' }, expected: 403 },
  { name: 'malformed Origin', headers: { ...unsafeHeaders, 'content-type': json, Origin: 'http://[::1' }, expected: 403 },
  { name: 'Origin with garbage', headers: { ...unsafeHeaders, 'content-type': json, Origin: '%%%' }, expected: 403 },
  {
    name: 'Origin of another site on the same machine',
    headers: { ...unsafeHeaders, 'content-type': json, Origin: E2E.consoleUrl.replace('localhost', '127.0.0.1') },
    expected: 403,
  },
  {
    name: 'Origin as a prefix of an attacker host',
    headers: { ...unsafeHeaders, 'content-type': json, Origin: `${E2E.consoleUrl}.attacker.example` },
    expected: 403,
  },
  { name: 'no Origin', headers: { 'X-Console-CSRF': '1', 'content-type': json }, expected: 403 },
  { name: 'no custom header', headers: { Origin: E2E.consoleUrl, 'content-type': json }, expected: 403 },
  { name: 'Sec-Fetch-Site: cross-site', headers: { ...unsafeHeaders, 'content-type': json, 'Sec-Fetch-Site': 'cross-site' }, expected: 403 },
  { name: 'Sec-Fetch-Site: same-site', headers: { ...unsafeHeaders, 'content-type': json, 'Sec-Fetch-Site': 'same-site' }, expected: 403 },
];

test('cross-site shapes of POST, PATCH and DELETE are refused and reach nothing upstream', { tag: SERIAL }, async ({ sandbox, availableCluster }) => {
  const cookie = await sessionCookie(member);
  const { id } = await availableCluster('e2e-csrf');

  const calls = [
    {
      method: 'POST',
      path: '/api/dataplatform/clusters',
      body: JSON.stringify({ properties: { name: randomName('e2e-csrf'), datacenterId: DATACENTER_IDS.frankfurt } }),
    },
    { method: 'PATCH', path: `/api/dataplatform/clusters/${id}`, body: JSON.stringify({ properties: { name: randomName('e2e-csrf') } }) },
    { method: 'DELETE', path: `/api/dataplatform/clusters/${id}`, body: '{}' },
    { method: 'POST', path: `/api/dataplatform/clusters/${id}/nodepools`, body: JSON.stringify({ properties: { name: 'pool', nodeCount: 1 } }) },
  ];
  await sandbox.clearRequests();
  const wrong: string[] = [];
  for (const call of calls) {
    for (const variant of VARIANTS) {
      const answer = await rawRequest(call.path, {
        method: call.method,
        body: call.body,
        headers: { ...variant.headers, cookie, 'content-length': String(call.body.length) },
      });
      if (answer.status !== variant.expected)
        wrong.push(`${call.method} ${call.path} ${variant.name}: ${answer.status} ${answer.body.slice(0, 120)}`);
    }
  }
  expect(wrong).toEqual([]);
  expect((await sandbox.requests()).map((r) => `${r.method} ${r.path}`)).toEqual([]);

  // Control: the console's own request passes the same guard, so the refusals above were the guard's doing.
  const deleted = await rawRequest(`/api/dataplatform/clusters/${id}`, { method: 'DELETE', headers: { ...unsafeHeaders, cookie } });
  expect(deleted.status, deleted.body).toBe(200);
  expect((await sandbox.requests()).map((r) => `${r.method} ${r.path}`)).toEqual([`DELETE /dataplatform/clusters/${id}`]);
});

test('a real attacker page on another site cannot create a cluster or fetch a kubeconfig', { tag: SERIAL }, async ({ page, sandbox }) => {
  await page.goto('/clusters');
  const names = async () =>
    ((await (await page.request.get('/api/dataplatform/clusters')).json()) as { items: { properties: { name: string } }[] }).items
      .map((c) => c.properties.name)
      .sort();
  const before = await names();

  const target = `${E2E.consoleUrl}/api/dataplatform/clusters`;
  const body = JSON.stringify({ properties: { name: 'csrf-pwned', datacenterId: DATACENTER_IDS.frankfurt } });
  // text/plain form trick: the field name and value together form the JSON body.
  const [field, value] = [body.slice(0, -2) + ',"x":"', '"}}'];
  const attack = `<!doctype html><title>win a prize</title>
<form id="plain" method="POST" action="${target}" enctype="text/plain"><input name='${field}' value='${value}'></form>
<script>
  fetch(${JSON.stringify(target)}, { method: 'POST', credentials: 'include', mode: 'no-cors', body: ${JSON.stringify(body)} })
    .catch(() => undefined)
    .finally(() => { document.title = 'fetched'; document.getElementById('plain').submit(); });
</script>`;
  const kubeconfigUrl = `${E2E.consoleUrl}/api/dataplatform/clusters/${SEED_IDS.clusters.kafkaDev}/kubeconfig?download=yaml`;
  const attacker = await attackerSite({ '/': attack, '/kube': `<!doctype html><a href="${kubeconfigUrl}">free stuff</a>` });
  try {
    await sandbox.clearRequests();
    const posts: { kind: string; status: number }[] = [];
    page.on('response', (res) => {
      if (res.url() === target && res.request().method() === 'POST') posts.push({ kind: res.request().resourceType(), status: res.status() });
    });
    const formAnswer = page.waitForResponse(
      (res) => res.url() === target && res.request().method() === 'POST' && res.request().resourceType() === 'document',
    );
    await page.goto(attacker.url);
    const answer = await formAnswer;
    await page.waitForURL(target);
    // Without the session cookie (SameSite=Lax) it is 401; with it the CSRF guard would answer 403/415.
    expect([401, 403, 415]).toContain(answer.status());
    await expect.poll(() => posts.map((p) => p.kind).sort()).toEqual(['document', 'fetch']);
    for (const { status } of posts) expect([401, 403, 415]).toContain(status);

    // A top-level navigation from the attacker's page to the kubeconfig download: the cookie travels (Lax), the
    // Sec-Fetch-Site check refuses it.
    await page.goto(`${attacker.url}/kube`);
    const kube = page.waitForResponse((res) => res.url() === kubeconfigUrl);
    await page.getByRole('link', { name: 'free stuff' }).click();
    expect((await kube).status()).toBe(403);

    const upstream = await sandbox.requests();
    expect(upstream.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(upstream.filter((r) => r.path.endsWith('/kubeconfig'))).toEqual([]);
  } finally {
    await attacker.close();
  }
  // No new cluster (others' test clusters may have gone meanwhile, so compare as a subset).
  const after = await names();
  expect(after.filter((name) => !before.includes(name))).toEqual([]);
  expect(after).not.toContain('csrf-pwned');
});
