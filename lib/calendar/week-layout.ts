// The maintenance calendar's week: every cluster's and node pool's weekly window placed on the local wall clock
// (a window that crosses midnight after conversion is drawn in two parts), side by side where windows meet, and
// the windows that overlap in time gathered into groups the page flags. Pure: the caller passes the zone and `now`.
import { DAYS_OF_THE_WEEK, type DayOfTheWeek, type MaintenanceWindow } from '@/lib/api/common/schema';
import { formatWindowSpan, offsetInWeek, utcWindow, WEEK_MS, WINDOW_MS, zonedWindow, type WeekTime } from '@/lib/forms/maintenance-window';
import { dateTimeFormat } from '@/lib/format/intl';

export type MaintenanceResource = {
  /** Unique among the calendar's resources: the cluster id, or cluster id and pool id. */
  key: string;
  kind: 'cluster' | 'nodepool';
  /** The resource's own name (the pool's for a pool). */
  name: string;
  clusterId: string;
  clusterName: string;
  nodePoolId?: string;
  /** A pool's own, else its cluster's. */
  datacenterId?: string;
  window: MaintenanceWindow;
};

/** One day's part of a window, in minutes of the local day; `lane` of `lanes` side by side. */
export type DaySegment = {
  resource: MaintenanceResource;
  startMinute: number;
  endMinute: number;
  /** This part is the window's second half, continued from the day before. */
  continued: boolean;
  /** The window goes on into the next day. */
  continues: boolean;
  lane: number;
  lanes: number;
};

/** Windows that did not fit beside the others: one block saying how many, in the last lane. */
export type HiddenSegments = { startMinute: number; endMinute: number; count: number; lane: number; lanes: number };

export type DayColumn = { day: DayOfTheWeek; segments: DaySegment[]; hidden: HiddenSegments[] };

/** More windows at the same time than this share a column only as "N more" (the list below has them all). */
export const MAX_LANES = 3;

const DAY_MINUTES = 24 * 60;

const minutesOf = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};
const dayIndex = (day: DayOfTheWeek) => DAYS_OF_THE_WEEK.indexOf(day);

type Part = Omit<DaySegment, 'lane' | 'lanes'> & { day: number };

/** The window's local parts: one, or two when its local span crosses midnight. */
function partsOf(resource: MaintenanceResource, timeZone: string, now: Date): Part[] {
  const { start, end } = zonedWindow(resource.window, timeZone, now);
  const from = minutesOf(start.time);
  const to = minutesOf(end.time);
  if (start.day === end.day && to > from) {
    return [{ resource, day: dayIndex(start.day), startMinute: from, endMinute: to, continued: false, continues: false }];
  }
  const first: Part = { resource, day: dayIndex(start.day), startMinute: from, endMinute: DAY_MINUTES, continued: false, continues: to > 0 };
  if (to === 0) return [first];
  return [first, { resource, day: dayIndex(end.day), startMinute: 0, endMinute: to, continued: true, continues: false }];
}

/** Side-by-side lanes for one day: runs of overlapping parts share a lane count, beyond MAX_LANES as "N more". */
function placeDay(parts: Part[]): Pick<DayColumn, 'segments' | 'hidden'> {
  // Clusters first, so a crowded hour keeps the clusters in view and folds their pools into "N more".
  const sorted = [...parts].sort(
    (a, b) => a.startMinute - b.startMinute || kindOrder(a.resource) - kindOrder(b.resource) || a.resource.name.localeCompare(b.resource.name),
  );
  const segments: DaySegment[] = [];
  const hidden: HiddenSegments[] = [];
  let run: { part: Part; lane: number }[] = [];
  let laneEnds: number[] = [];

  const closeRun = () => {
    const lanes = laneEnds.length;
    const shown = lanes > MAX_LANES ? MAX_LANES - 1 : lanes;
    const overflow = run.filter(({ lane }) => lane >= shown);
    for (const { part, lane } of run) {
      if (lane < shown) segments.push({ ...stripDay(part), lane, lanes: Math.min(lanes, MAX_LANES) });
    }
    if (overflow.length > 0) {
      hidden.push({
        startMinute: Math.min(...overflow.map(({ part }) => part.startMinute)),
        endMinute: Math.max(...overflow.map(({ part }) => part.endMinute)),
        count: overflow.length,
        lane: MAX_LANES - 1,
        lanes: MAX_LANES,
      });
    }
    run = [];
    laneEnds = [];
  };

  for (const part of sorted) {
    if (run.length > 0 && part.startMinute >= Math.max(...laneEnds)) closeRun();
    let lane = laneEnds.findIndex((end) => end <= part.startMinute);
    if (lane === -1) lane = laneEnds.push(part.endMinute) - 1;
    else laneEnds[lane] = part.endMinute;
    run.push({ part, lane });
  }
  if (run.length > 0) closeRun();
  return { segments, hidden };
}

const kindOrder = (resource: MaintenanceResource) => (resource.kind === 'cluster' ? 0 : 1);

function stripDay(part: Part): Omit<DaySegment, 'lane' | 'lanes'> {
  const { resource, startMinute, endMinute, continued, continues } = part;
  return { resource, startMinute, endMinute, continued, continues };
}

/** Monday to Sunday on the wall clock of `timeZone`, each window at its next occurrence's offset. */
export function weekLayout(resources: readonly MaintenanceResource[], timeZone: string, now: Date): DayColumn[] {
  const parts = resources.flatMap((resource) => partsOf(resource, timeZone, now));
  return DAYS_OF_THE_WEEK.map((day, index) => ({ day, ...placeDay(parts.filter((part) => part.day === index)) }));
}

export type OverlapGroup = {
  resources: MaintenanceResource[];
  /** Every member starts at the same time (the usual case: the same default window). */
  sameWindow: boolean;
  /** From the first start to the last end, in UTC. */
  utc: { start: WeekTime; end: WeekTime };
};

/**
 * Windows that share any moment, gathered transitively over the weekly cycle (Sunday 23:00 meets Monday 01:00).
 * A group is maintenance that hits several clusters at once; a cluster with its own pools in its window (the
 * operators' pool always is) is how the platform works, not an overlap to flag.
 */
export function overlapGroups(resources: readonly MaintenanceResource[]): OverlapGroup[] {
  const sorted = resources
    .map((resource) => ({ resource, start: offsetInWeek(resource.window) }))
    .sort((a, b) => a.start - b.start || a.resource.name.localeCompare(b.resource.name));
  const runs: { members: typeof sorted; end: number }[] = [];
  for (const item of sorted) {
    const last = runs.at(-1);
    if (last && item.start < last.end) {
      last.members.push(item);
      last.end = Math.max(last.end, item.start + WINDOW_MS);
    } else runs.push({ members: [item], end: item.start + WINDOW_MS });
  }
  // The week's last run may reach past Sunday midnight into the first run.
  const first = runs[0];
  const last = runs.at(-1);
  if (first && last && runs.length > 1 && last.end - WEEK_MS > (first.members[0]?.start ?? 0)) {
    last.members.push(...first.members);
    last.end = Math.max(last.end, ...first.members.map((member) => member.start + WEEK_MS + WINDOW_MS));
    runs.shift();
  }
  return runs
    .filter((run) => new Set(run.members.map((member) => member.resource.clusterId)).size > 1)
    .map(({ members }) => {
      const starts = new Set(members.map((member) => member.start));
      const firstMember = members[0]!;
      // The member whose end is latest in the run; later members of a wrapped run count a week on.
      const ends = members.map((member, index) => member.start + (index > 0 && member.start < firstMember.start ? WEEK_MS : 0) + WINDOW_MS);
      const lastEnding = members[ends.indexOf(Math.max(...ends))]!;
      return {
        resources: members.map((member) => member.resource),
        sameWindow: starts.size === 1,
        utc: { start: utcWindow(firstMember.resource.window).start, end: utcWindow(lastEnding.resource.window).end },
      };
    });
}

const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "5 clusters and 2 node pools", leaving out a kind there is none of. */
export function countResources(resources: readonly MaintenanceResource[]): string {
  const clusters = resources.filter((resource) => resource.kind === 'cluster').length;
  const pools = resources.length - clusters;
  const parts = [clusters ? countOf(clusters, 'cluster', 'clusters') : '', pools ? countOf(pools, 'node pool', 'node pools') : ''];
  return parts.filter(Boolean).join(' and ');
}

/** "5 clusters and 2 node pools in the same window (Monday 02:00–06:00 UTC)". */
export function overlapSentence(group: OverlapGroup): string {
  const span = `${formatWindowSpan(group.utc)} UTC`;
  const what = countResources(group.resources);
  return group.sameWindow ? `${what} in the same window (${span})` : `${what} overlap (${span})`;
}

/**
 * The group by data center, most first: maintenance at one location at once is what an overlap risks.
 * `nameOf` turns an id into a name; resources without a data center count under "unknown".
 */
export function byDatacenter(group: OverlapGroup, nameOf: (datacenterId: string | undefined) => string): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const resource of group.resources) {
    const name = nameOf(resource.datacenterId);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The weekday of `now` on the wall clock of `timeZone` (0 is Monday), for marking today. */
export function todayIndex(now: Date, timeZone: string): number {
  const day = dateTimeFormat('en-US', { timeZone, weekday: 'long' }).format(now) as DayOfTheWeek;
  return dayIndex(day);
}

/** The UTC wall-clock time ("01:00") at local `hour`:00 with the zone's offset at `now`, for the axis. */
export function utcAtLocalHour(hour: number, timeZone: string, now: Date): string {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  const offsetMinutes = Math.round((wall - Math.floor(now.getTime() / 60_000) * 60_000) / 60_000);
  const minutes = (((hour * 60 - offsetMinutes) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
