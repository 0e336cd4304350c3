// One poller per user: N visible tabs of one browser on the same page should cost the upstream about what one tab
// costs. Chromium (Playwright) with the console's session cookies opens 1 tab, then N tabs, on each page; after the
// tabs have loaded and settled, the sandbox's request log counts what reached the upstream over a fixed window.
// The pages: the clusters list, a DEPLOYING cluster's page (held there by the sandbox, so it polls fast) and a
// node pool's page.
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.mjs';
import { basicAuth, consoleClient, fail, seedClusters } from '../lib/stack.mjs';

export const title = 'N visible tabs of one user vs 1 tab: upstream requests per minute';

const TABS = 10;
const WINDOW_SECONDS = 30;
// Time for every tab to load, hear of the others and settle who polls, before the window opens.
const SETTLE_MS = 8_000;
const GOAL = 1.2;

async function control(stack, method, pathname, body) {
  const res = await fetch(`${stack.sandboxUrl}/__sandbox${pathname}`, {
    method,
    headers: { ...stack.controlHeaders, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) fail(`sandbox control ${method} ${pathname}: HTTP ${res.status}`);
  return res.status === 204 ? null : res.json();
}

/** Upstream requests (the IONOS APIs, not the sandbox's control paths) since the log was last cleared. */
async function upstreamRequests(stack) {
  const { items } = await control(stack, 'GET', '/requests');
  return items.filter((item) => !item.path.startsWith('/__sandbox'));
}

/**
 * Requests reaching the upstream while `tabs` tabs open `url` and settle (every tab's first reads), then per minute
 * while they show it, and what those were.
 */
async function measure(browser, stack, cookies, url, tabs) {
  const context = await browser.newContext({ baseURL: stack.consoleUrl });
  try {
    await context.addCookies(cookies.map(({ name, value }) => ({ name, value, domain: '127.0.0.1', path: '/' })));
    await control(stack, 'DELETE', '/requests');
    for (let i = 0; i < tabs; i++) {
      const page = await context.newPage();
      await page.goto(url);
      if (new URL(page.url()).pathname !== new URL(url, stack.consoleUrl).pathname) fail(`${url} ended on ${page.url()}`);
    }
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const loads = (await upstreamRequests(stack)).length;
    await control(stack, 'DELETE', '/requests');
    await new Promise((r) => setTimeout(r, WINDOW_SECONDS * 1000));
    const requests = await upstreamRequests(stack);
    const perMinute = (requests.length * 60) / WINDOW_SECONDS;
    const paths = new Map();
    for (const r of requests) paths.set(`${r.method} ${r.path}`, (paths.get(`${r.method} ${r.path}`) ?? 0) + 1);
    return { loads, perMinute, paths };
  } finally {
    await context.close();
  }
}

export async function run({ stack, users, log }) {
  const user = users.hundred;
  const client = consoleClient(stack.consoleUrl);
  await client.signIn(user);
  const cookies = client.cookies();

  // A cluster that stays DEPLOYING until told, and an AVAILABLE one with a node pool.
  const [deploying] = await seedClusters(stack.sandboxUrl, user, 1, 'bench-tabs-deploying');
  await control(stack, 'PUT', `/changes/${deploying}`, { endsInSeconds: null });
  const [withPool] = await seedClusters(stack.sandboxUrl, user, 1, 'bench-tabs-pool');
  const apiBase = `${stack.sandboxUrl}/dataplatform/clusters/${withPool}`;
  const settled = async (url) => {
    for (let i = 0; i < 100; i++) {
      const { metadata } = await (await fetch(url, { headers: basicAuth(user) })).json();
      if (metadata?.state === 'AVAILABLE') return;
      await new Promise((r) => setTimeout(r, 300));
    }
    fail(`${url} did not become AVAILABLE`);
  };
  await settled(apiBase);
  const created = await fetch(`${apiBase}/nodepools`, {
    method: 'POST',
    headers: { ...basicAuth(user), 'content-type': 'application/json' },
    body: JSON.stringify({ properties: { name: 'bench-tabs', nodeCount: 1, availabilityZone: 'AUTO', storageType: 'SSD' } }),
  });
  if (created.status !== 201) fail(`node pool: HTTP ${created.status} ${await created.text()}`);
  const poolId = (await created.json()).id;
  await settled(`${apiBase}/nodepools/${poolId}`);

  const pages = [
    { what: 'the clusters list', url: '/clusters' },
    { what: "a DEPLOYING cluster's page", url: `/clusters/${deploying}` },
    { what: "a node pool's page", url: `/clusters/${withPool}/nodepools/${poolId}` },
  ];
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows = [];
  try {
    for (const page of pages) {
      const one = await measure(browser, stack, cookies, page.url, 1);
      const many = await measure(browser, stack, cookies, page.url, TABS);
      const ratio = many.perMinute / Math.max(one.perMinute, 1e-9);
      log(`${page.what}: 1 tab ${JSON.stringify(Object.fromEntries(one.paths))}; ${TABS} tabs ${JSON.stringify(Object.fromEntries(many.paths))}`);
      rows.push({
        what: `${TABS} tabs vs 1, ${page.what} (${WINDOW_SECONDS} s window)`,
        value: `${many.perMinute.toFixed(0)} req/min`,
        comparison: `1 tab ${one.perMinute.toFixed(0)} req/min: ${one.perMinute === 0 ? '–' : `${ratio.toFixed(2)}×`}`,
        goal: `≤ ${GOAL}×`,
        met: one.perMinute === 0 ? many.perMinute === 0 : ratio <= GOAL,
      });
      // Every tab reads its page once when it opens (no goal): what a window that includes the loads would count.
      rows.push({
        what: `${TABS} tabs vs 1, ${page.what}: opening them (their first reads, and ${SETTLE_MS / 1000} s after)`,
        value: `${many.loads} requests`,
        comparison: `1 tab ${one.loads} requests`,
        goal: '',
        met: null,
      });
    }
  } finally {
    await browser.close();
    // Leave the user's clusters as they were for the rows that follow.
    await control(stack, 'PUT', `/changes/${deploying}`, { endsInSeconds: 0 });
    for (const id of [deploying, withPool])
      await fetch(`${stack.sandboxUrl}/dataplatform/clusters/${id}`, { method: 'DELETE', headers: basicAuth(user) });
  }
  return rows;
}
