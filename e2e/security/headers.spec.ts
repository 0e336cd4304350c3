// Issue 5, item 6 (HDR-01..04): the headers of every page and API answer of the production server, the CSP's
// nonce on the page's scripts, hydration with the CSP on, and framing from another site. HSTS is only sent with an
// https NEXTAUTH_URL, which e2e does not have: test/bff/proxy-headers.test.ts covers that branch.
import type { APIResponse } from '@playwright/test';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { E2E } from '../env';
import { expect, NO_SESSION, test } from '../fixtures';
import { attackerSite, recordCspViolations } from './support';

const { member } = E2E.users;

test.use({ signedInAs: 'member' });
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const PAGES = ['/signin', '/clusters', `/clusters/${SEED_IDS.clusters.kafkaDev}`];

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

function expectPageHeaders(res: APIResponse, path: string): string {
  const headers = res.headers();
  expect(res.status(), path).toBe(200);
  const csp = headers['content-security-policy'];
  expect(csp, `${path}: CSP`).toBeTruthy();
  const policy = directives(csp!);
  const script = policy.get('script-src') ?? policy.get('default-src') ?? [];
  const nonce = script.find((value) => value.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
  expect(nonce, `${path}: script nonce`).toBeTruthy();
  expect(script, path).toContain("'strict-dynamic'");
  expect(script, path).not.toContain("'unsafe-inline'");
  expect(script, path).not.toContain("'unsafe-eval'");
  expect(policy.get('frame-ancestors'), path).toEqual(["'none'"]);
  expect(policy.get('object-src'), path).toEqual(["'none'"]);
  expect(policy.get('base-uri'), path).toBeDefined();
  expect(policy.get('base-uri'), path).not.toContain('*');
  expect(headers['x-content-type-options'], path).toBe('nosniff');
  expect(headers['referrer-policy'], path).toBeTruthy();
  expect(headers['permissions-policy'], path).toContain('camera=()');
  expect(headers['x-powered-by'], path).toBeUndefined();
  // http://localhost in e2e: HSTS would be ignored by browsers and must not be sent.
  expect(headers['strict-transport-security'], path).toBeUndefined();
  return nonce!;
}

/** Every <script> tag of the HTML carries the header's nonce (Next adds it from the x-nonce request header). */
function expectNonceOnScripts(html: string, nonce: string, path: string) {
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length, `${path}: scripts`).toBeGreaterThan(0);
  for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
}

test('pages: a strict CSP with a fresh nonce on every request, on every script, and the security headers', async ({ page }) => {
  for (const path of PAGES) {
    const first = await page.request.get(path);
    const second = await page.request.get(path);
    const nonce = expectPageHeaders(first, path);
    expect(expectPageHeaders(second, path), `${path}: the nonce changes per request`).not.toBe(nonce);
    expectNonceOnScripts(await first.text(), nonce, path);
  }
});

// Signed out: the first signs in through the form (the sign-in page's scripts are part of what it watches), the
// second frames the sign-in page.
test.describe('signed out', () => {
  test.use({ signedInAs: undefined });

  test('pages hydrate and work with the CSP on, without a single violation', async ({ page }) => {
    const violations = await recordCspViolations(page);
    await page.goto('/signin');
    // A client-side tab switch only works once React has hydrated.
    await page.getByRole('tab', { name: 'API token' }).click();
    await expect(page.getByLabel('API token')).toBeVisible();
    expect(await violations()).toEqual([]);

    await page.getByRole('tab', { name: 'User name and password' }).click();
    await page.getByLabel('User name').fill(member.username);
    await page.getByLabel('Password').fill(member.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/clusters$/);
    await page.getByLabel('Filter by name').fill('kafka');
    await expect(page).toHaveURL(/\/clusters\?name=kafka$/);
    await page.getByRole('link', { name: 'kafka-dev', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'kafka-dev' })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('another site cannot frame the console', async ({ page }) => {
    const framed = `${E2E.consoleUrl}/signin`;
    const attacker = await attackerSite({
      '/': `<!doctype html><title>frame</title><iframe title="console" src="${framed}" width="800" height="600"></iframe>`,
    });
    try {
      const answered = page.waitForResponse((res) => res.url() === framed);
      await page.goto(attacker.url);
      expect((await answered).status()).toBe(200);
      const frame = page.frameLocator('iframe[title="console"]');
      // Chromium replaces a refused frame with its error page: the sign-in form never renders in it.
      await expect
        .poll(() =>
          page
            .frames()
            .find((f) => f !== page.mainFrame())
            ?.url(),
        )
        .toMatch(/^chrome-error:|^about:blank$/);
      await expect(frame.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
    } finally {
      await attacker.close();
    }
  });
});

test('API answers of every kind: no-store, JSON with charset, nosniff, no X-Powered-By', async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: E2E.consoleUrl, storageState: NO_SESSION });
  const cases: [string, Promise<APIResponse>, number][] = [
    ['200 versions', page.request.get('/api/dataplatform/versions'), 200],
    ['200 cluster list', page.request.get('/api/dataplatform/clusters'), 200],
    ['400 bad id', page.request.get('/api/dataplatform/clusters/not-a-uuid'), 400],
    ['400 unknown operation', page.request.get('/api/dataplatform/tokens'), 400],
    ['401 no session', anonymous.get('/api/dataplatform/clusters'), 401],
    ['404 unknown cluster', page.request.get('/api/dataplatform/clusters/00000000-0000-4000-8000-000000000000'), 404],
    ['405 PUT', page.request.put('/api/dataplatform/clusters', { data: {} }), 405],
    ['403 CSRF', page.request.delete(`/api/dataplatform/clusters/${SEED_IDS.clusters.kafkaDev}`), 403],
  ];
  for (const [label, pending, status] of cases) {
    const res = await pending;
    const headers = res.headers();
    expect(res.status(), label).toBe(status);
    expect(headers['cache-control'], label).toContain('no-store');
    expect(headers['content-type'], label).toBe('application/json; charset=utf-8');
    expect(headers['x-content-type-options'], label).toBe('nosniff');
    expect(headers['x-powered-by'], label).toBeUndefined();
    expect(headers['content-security-policy'], label).toBe(API_CSP);
    expect(headers['x-frame-options'], label).toBe('DENY');
    const body = (await res.json()) as { httpStatus?: number };
    if (status >= 400) expect(body.httpStatus, label).toBe(status);
  }
  // next-auth's own routes get the API baseline from the auth route guard and the production server.
  const session = await page.request.get('/api/auth/session');
  expect(session.headers()['cache-control']).toContain('no-store');
  expect(session.headers()['x-content-type-options']).toBe('nosniff');
  await anonymous.dispose();
});

test("L6: every answer under /api/ – next-auth's, unknown paths – gets the API headers; no next-auth HTML page", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: E2E.consoleUrl, maxRedirects: 0, storageState: NO_SESSION });
  const expectApiHeaders = (res: APIResponse, label: string) => {
    const headers = res.headers();
    expect(headers['content-security-policy'], label).toBe(API_CSP);
    expect(headers['x-frame-options'], label).toBe('DENY');
    expect(headers['cache-control'], label).toContain('no-store');
    expect(headers['x-content-type-options'], label).toBe('nosniff');
    expect(headers['x-powered-by'], label).toBeUndefined();
  };
  // next-auth's "Are you sure you want to sign out?" form is never served: its GET goes to the console's sign-in page.
  for (const path of ['/api/auth/signout', '/api/auth/signin', '/api/auth/error?error=Configuration']) {
    const res = await anonymous.get(path);
    expect(res.status(), path).toBe(302);
    expect(new URL(res.headers().location!, E2E.consoleUrl).pathname, path).toBe('/signin');
    expect(res.headers()['content-type'] ?? '', path).not.toContain('text/html');
    expectApiHeaders(res, path);
  }
  for (const path of ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers']) {
    const res = await anonymous.get(path);
    expect(res.status(), path).toBe(200);
    expectApiHeaders(res, path);
  }
  // Unknown paths: the JSON 404 envelope instead of Next's HTML page, signed in or not.
  for (const [label, context] of [
    ['anonymous', anonymous.get.bind(anonymous)],
    ['signed in', page.request.get.bind(page.request)],
  ] as const) {
    for (const path of ['/api/nonexistent', '/api/DATAPLATFORM/clusters', '/api/auth/nonexistent', '/api/auth']) {
      const res = await context(path);
      expect(res.status(), `${label} ${path}`).toBe(404);
      expect(res.headers()['content-type'], `${label} ${path}`).toBe('application/json; charset=utf-8');
      expect(await res.json(), `${label} ${path}`).toMatchObject({ httpStatus: 404, messages: [{ errorCode: 'not_found' }] });
      expectApiHeaders(res, `${label} ${path}`);
    }
  }
  await anonymous.dispose();
});
