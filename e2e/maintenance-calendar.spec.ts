// The maintenance calendar: clusters and a node pool seeded through the sandbox API with unusual windows (other
// tests' clusters share the list, so only ours are looked at), placed on their Berlin days and hours with UTC
// alongside, a window that crosses midnight drawn on both days, the overlap flagged, a click to the cluster, the
// .ics download parsed with ical.js, no sideways page scroll on a phone, and axe in light and dark.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { basicAuth, expectAccessible, openClusterList, randomName } from './helpers';

test.use({ signedInAs: 'member', timezoneId: 'Europe/Berlin' });

// Each worker its own day, so that copies of this test running at once (--repeat-each) do not crowd one another's
// windows into "N more": [the clusters' day, the day after, the day before]. No seeded window is near them.
const SLOTS = [
  ['Thursday', 'Friday', 'Wednesday'],
  ['Tuesday', 'Wednesday', 'Monday'],
  ['Saturday', 'Sunday', 'Friday'],
] as const;
// The pool's own window, away from its cluster's.
const POOL = { dayOfTheWeek: 'Monday', time: '09:23:00' } as const;

/** Berlin's offset from UTC in hours at the next `day` 13:17 UTC, as the page computes it (1 in winter, 2 in summer). */
function berlinOffset(day: string): number {
  const hour = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', hour: 'numeric', hourCycle: 'h23' });
  const target = (['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].indexOf(day) + 7) % 7;
  const now = new Date();
  const next = new Date(now.getTime() + ((target - now.getUTCDay() + 7) % 7) * 86_400_000);
  next.setUTCHours(13, 17, 0, 0);
  return Number(hour.format(next)) - 13;
}

const hh = (hour: number) => String((hour + 24) % 24).padStart(2, '0');

const windowLink = (page: Page, day: string, name: string) =>
  page.getByRole('list', { name: new RegExp(`^${day}`) }).getByRole('link', { name: new RegExp(`^${name} \\(`) });

test('the week of my clusters’ and pool’s windows, in Berlin time and UTC, with overlaps, links and the .ics', async ({
  page,
  request,
  availableCluster,
  cluster,
}) => {
  test.setTimeout(120_000);
  const [day, dayAfter, dayBefore] = SLOTS[test.info().parallelIndex % SLOTS.length] ?? SLOTS[0];
  // 13:17 UTC is 14:17 in Berlin in winter and 15:17 in summer: the labels below hold the offset of the run.
  const AFTERNOON = { dayOfTheWeek: day, time: '13:17:00' };
  // 21:41 UTC starts on `day` and ends on `dayAfter` in Berlin, in winter and in summer.
  const LATE = { dayOfTheWeek: day, time: '21:41:00' };
  const offset = berlinOffset(day);
  const first = await availableCluster('e2e-cal', { properties: { maintenanceWindow: AFTERNOON } });
  const second = await cluster('e2e-cal', { properties: { maintenanceWindow: AFTERNOON } });
  const late = await cluster('e2e-cal-late', { properties: { maintenanceWindow: LATE } });
  const poolName = randomName('pool');
  const posted = await request.post(`${E2E.sandboxUrl}/dataplatform/clusters/${first.id}/nodepools`, {
    headers: basicAuth(E2E.users.member),
    data: { properties: { name: poolName, nodeCount: 1, maintenanceWindow: POOL } },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  const { id: poolId } = (await posted.json()) as { id: string };

  // Reached from the main navigation, whose "Maintenance" entry is then the current one. The page is a static
  // segment beside [clusterId]: the calendar, not the cluster page's not-found. The click comes once the list is
  // hydrated and loaded: the one CI failure of this step (343a5f8) clicked at `load`, while the list was still
  // hydrating and fetching, and the page stayed on /clusters; 146 clicks at or before `load`, most under CPU load,
  // did not repeat it.
  await openClusterList(page, '/clusters');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Maintenance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maintenance calendar' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Maintenance' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Clusters' })).not.toHaveAttribute('aria-current');
  // The local times render after hydration and the pools after their lists: slow on a busy machine.
  await expect(page.getByText('Times in your time zone (Europe/Berlin)')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Download .ics' })).toBeEnabled({ timeout: 30_000 });

  // On their day, local and UTC labels.
  const local = `${day} ${hh(13 + offset)}:17–${hh(17 + offset)}:17 GMT+${offset}`;
  const utc = `${day} 13:17–17:17 UTC`;
  for (const name of [first.name, second.name]) {
    const link = windowLink(page, day, name);
    await expect(link).toBeVisible();
    await expect(link).toContainText(local);
    await expect(link).toContainText(utc);
  }
  const poolLink = windowLink(page, 'Monday', poolName);
  await expect(poolLink).toHaveAccessibleName(new RegExp(`^${poolName} \\(node pool of ${first.name}\\)`));
  await expect(poolLink).toContainText(`Monday ${hh(9 + offset)}:23–${hh(13 + offset)}:23 GMT+${offset}`);
  await expect(poolLink).toContainText('Monday 09:23–13:23 UTC');
  // The late window crosses midnight in Berlin: drawn on its day and, continued, on the next.
  await expect(windowLink(page, day, late.name)).toContainText(`${day} ${hh(21 + offset)}:41 – ${dayAfter} ${hh(1 + offset)}:41 GMT+${offset}`);
  await expect(windowLink(page, dayAfter, late.name)).toHaveAccessibleName(/continued from the day before/);
  await expect(windowLink(page, dayBefore, late.name)).toHaveCount(0);

  // The table says the same in rows.
  const table = page.getByRole('table', { name: 'All windows' });
  const poolRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: poolName, exact: true }) });
  await expect(poolRow).toContainText(`of ${first.name}`);
  await expect(poolRow).toContainText('Monday 09:23–13:23 UTC');
  await expect(poolRow).not.toContainText('Overlaps');
  const secondRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: second.name, exact: true }) });
  await expect(secondRow).toContainText('Overlaps');

  // The overlap: both clusters (and each one's operators' pool, which shares its window) at the same unusual time.
  const flag = page.getByRole('list', { name: 'Overlapping windows' }).getByRole('listitem').filter({ hasText: first.name });
  await expect(flag).toContainText(`2 clusters and 2 node pools in the same window (${day} 13:17–17:17 UTC).`);
  await expect(flag).toContainText(second.name);
  await expect(flag).toContainText('All in data center');

  await expectAccessible(page, 'maintenance calendar');

  // The .ics: our windows as weekly events in UTC with links to their pages.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .ics' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('dataplatform-maintenance.ics');
  const ics = await readFile((await download.path()) ?? '', 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const bySummary = (summary: string) => events.find((event) => event.summary === summary);
  const poolEvent = bySummary(`Maintenance: ${first.name} / ${poolName}`);
  expect(poolEvent?.component.getFirstPropertyValue('url')).toBe(`${E2E.consoleUrl}/clusters/${first.id}/nodepools/${poolId}`);
  for (const name of [first.name, second.name]) {
    const event = bySummary(`Maintenance: ${name}`);
    const start = event?.iterator().next()?.toJSDate();
    expect(start?.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' })).toBe(day);
    expect(start?.toISOString()).toMatch(/T13:17:00\.000Z$/);
    expect(event?.duration.toSeconds()).toBe(4 * 3600);
  }
  expect(bySummary(`Maintenance: ${late.name}`)?.component.getFirstProperty('rrule')?.toICALString()).toBe(
    `RRULE:FREQ=WEEKLY;BYDAY=${day.slice(0, 2).toUpperCase()}`,
  );

  // Enter on a window opens its cluster.
  await windowLink(page, day, second.name).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/clusters/${second.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: second.name })).toBeVisible({ timeout: 30_000 });
});

test('on a phone the week scrolls in its own box, not the page', async ({ page, cluster }) => {
  // axe twice over a week of every cluster in the sandbox, on a shared two-core machine.
  test.setTimeout(120_000);
  const seeded = await cluster('e2e-cal-phone', { properties: { maintenanceWindow: { dayOfTheWeek: 'Sunday', time: '10:07:00' } } });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/clusters/maintenance');
  await expect(windowLink(page, 'Sunday', seeded.name)).toBeAttached();
  const region = page.getByRole('region', { name: 'Week view of the maintenance windows' });
  const widths = await region.evaluate((element) => ({ inner: element.scrollWidth, box: element.clientWidth }));
  expect(widths.inner).toBeGreaterThan(widths.box);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, 'maintenance calendar on a phone');
});
