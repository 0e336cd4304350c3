// Issue 5, item 8 (LOG-01, KUBE-03): the production server's structured log, as scripts/e2e-server.mjs writes
// it. Every BFF answer's X-Request-Id has its log line; a kubeconfig download is an audit event (who, which
// cluster, when) without the content. The whole run's log is grepped for secrets in e2e/global-teardown.ts.
import { readFileSync } from 'node:fs';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { rawRequest, sessionCookie } from './support';

const { member } = E2E.users;

test.use({ signedInAs: 'member' });
type LogLine = Record<string, unknown> & { event?: string; requestId?: string };

function logLines(): LogLine[] {
  return readFileSync(E2E.serverLog, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

test('every BFF answer carries a request id that names its structured log line', async () => {
  const cookie = await sessionCookie(member);
  const calls: [string, string, Record<string, string>, number][] = [
    ['GET', '/api/dataplatform/clusters', { cookie }, 200],
    ['GET', `/api/dataplatform/clusters/${SEED_IDS.clusters.kafkaDev}/nodepools`, { cookie }, 200],
    ['GET', '/api/dataplatform/clusters/not-a-uuid', { cookie }, 400],
    ['GET', '/api/dataplatform/clusters', {}, 401],
    ['PUT', '/api/dataplatform/clusters', { cookie }, 405],
    ['DELETE', `/api/dataplatform/clusters/${SEED_IDS.clusters.kafkaDev}`, { cookie }, 403],
  ];
  const ids: { id: string; method: string; status: number; signedIn: boolean }[] = [];
  for (const [method, path, headers, status] of calls) {
    const answer = await rawRequest(path, { method, headers });
    expect(answer.status, `${method} ${path}`).toBe(status);
    const id = answer.headers['x-request-id'];
    expect(id, `${method} ${path}`).toMatch(/^[0-9a-f-]{36}$/);
    ids.push({ id: String(id), method, status, signedIn: 'cookie' in headers });
  }
  await expect.poll(() => ids.filter(({ id }) => logLines().some((line) => line.requestId === id)).length, { timeout: 5_000 }).toBe(ids.length);
  const lines = logLines();
  for (const { id, method, status, signedIn } of ids) {
    const line = lines.find((l) => l.requestId === id && l.event === 'bff.request');
    expect(line, id).toMatchObject({ level: expect.any(String), ts: expect.any(String), method, status, route: expect.stringMatching(/^\/api\//) });
    expect(typeof line!.durationMs).toBe('number');
    if (signedIn) expect(line!.user).toBe(member.username);
  }
});

test('a kubeconfig download is an audit event, and its content is in no log line', async ({ page }, testInfo) => {
  await page.goto(`/clusters/${SEED_IDS.clusters.kafkaDev}`);
  const panel = page.getByRole('region', { name: 'Kubeconfig' });
  const downloading = page.waitForEvent('download');
  const started = new Date();
  await panel.getByRole('link', { name: 'Download kubeconfig' }).click();
  const file = testInfo.outputPath('kubeconfig.yaml');
  await (await downloading).saveAs(file);
  // The sandbox's kubeconfig tokens start with the run's canary: the user got it, the log must not.
  const content = readFileSync(file, 'utf8');
  expect(content).toContain(E2E.canaries.kubeconfigTokenPrefix);

  await expect
    .poll(
      () =>
        logLines().filter(
          (l) =>
            l.event === 'kubeconfig.download' && l.clusterId === SEED_IDS.clusters.kafkaDev && Date.parse(String(l.ts)) >= started.getTime() - 1_000,
        ).length,
    )
    .toBeGreaterThan(0);
  const event = logLines()
    .reverse()
    .find((l) => l.event === 'kubeconfig.download' && l.clusterId === SEED_IDS.clusters.kafkaDev)!;
  expect(event).toMatchObject({ user: member.username, clusterId: SEED_IDS.clusters.kafkaDev, format: 'yaml', requestId: expect.any(String) });
  expect(Date.parse(String(event.ts))).toBeGreaterThanOrEqual(started.getTime() - 1_000);
  const log = readFileSync(E2E.serverLog, 'utf8');
  expect(log).not.toContain(E2E.canaries.kubeconfigTokenPrefix);
  for (const line of content.split('\n').filter((l) => /token|certificate-authority-data|server:/.test(l))) {
    const value = line.split(':').slice(1).join(':').trim();
    if (value.length > 16) expect(log, line.trim().slice(0, 40)).not.toContain(value);
  }
});
