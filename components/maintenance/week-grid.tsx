import { cva } from 'class-variance-authority';
import Link from 'next/link';
import type { CSSProperties } from 'react';
import { resourceHref } from '@/lib/calendar/resources';
import {
  todayIndex,
  utcAtLocalHour,
  weekLayout,
  type DaySegment,
  type HiddenSegments,
  type MaintenanceResource,
  type OverlapGroup,
} from '@/lib/calendar/week-layout';
import { maintenanceWindowTimes } from '@/lib/format/maintenance-window';
import { cn } from '@/lib/utils';
import { dateTimeFormat } from '@/lib/format/intl';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const DAY_MS = 24 * 3600_000;

export const windowBlock = cva(
  'absolute overflow-hidden rounded-md border px-1.5 py-1 text-xs leading-tight focus-visible:z-10 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400',
  {
    variants: {
      kind: {
        cluster:
          'border-blue-400 bg-blue-50 text-blue-950 hover:bg-blue-100 dark:border-blue-600 dark:bg-blue-950 dark:text-blue-100 dark:hover:bg-blue-900',
        nodepool:
          'border-violet-400 bg-violet-50 text-violet-950 hover:bg-violet-100 dark:border-violet-600 dark:bg-violet-950 dark:text-violet-100 dark:hover:bg-violet-900',
        more: 'border-slate-400 bg-muted text-foreground hover:bg-slate-200 dark:border-slate-500 dark:hover:bg-slate-700',
      },
      overlaps: { true: 'border-l-4 border-l-amber-500 dark:border-l-amber-400', false: '' },
    },
    defaultVariants: { overlaps: false },
  },
);

const position = ({ startMinute, endMinute, lane, lanes }: Pick<DaySegment, 'startMinute' | 'endMinute' | 'lane' | 'lanes'>): CSSProperties => ({
  top: `${(startMinute / 1440) * 100}%`,
  height: `${((endMinute - startMinute) / 1440) * 100}%`,
  left: `calc(${(lane / lanes) * 100}% + 1px)`,
  width: `calc(${100 / lanes}% - 2px)`,
});

type GridProps = { resources: readonly MaintenanceResource[]; groups: readonly OverlapGroup[]; timeZone: string; now: Date };

/**
 * Monday to Sunday on the user's wall clock, one link per window part (Tab and Enter reach each resource). The grid
 * keeps its width and scrolls inside its own box on narrow screens; the table below says the same in rows.
 */
export function WeekGrid({ resources, groups, timeZone, now }: GridProps) {
  const columns = weekLayout(resources, timeZone, now);
  const overlapping = new Set(groups.flatMap((group) => group.resources.map((resource) => resource.key)));
  const today = todayIndex(now, timeZone);
  const dateOf = (index: number) =>
    dateTimeFormat('en', { timeZone, month: 'short', day: 'numeric' }).format(new Date(now.getTime() + (index - today) * DAY_MS));

  return (
    <section aria-labelledby="week-view-heading" className="grid min-w-0 gap-3">
      <h2 id="week-view-heading" className="text-lg font-semibold">
        Week view
      </h2>
      <Legend />
      <div
        role="region"
        aria-label="Week view of the maintenance windows"
        tabIndex={0}
        className="max-w-full overflow-x-auto rounded-lg border border-border-strong focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        <div className="grid min-w-[64rem] grid-cols-[4.5rem_repeat(7,minmax(0,1fr))]">
          <div className="border-b border-border-strong p-1 text-[0.7rem] leading-tight text-muted-foreground">
            Local
            <br />
            UTC
          </div>
          {columns.map((column, index) => (
            <div
              key={column.day}
              data-testid={`day-${column.day}`}
              className={cn('border-b border-l border-border-strong px-2 py-1 text-sm', index === today && 'bg-amber-50 dark:bg-amber-950')}
            >
              <span className="font-medium">{column.day}</span> <span className="text-muted-foreground">{dateOf(index)}</span>
              {index === today ? (
                <span className="ml-1 rounded-sm bg-amber-800 px-1 text-xs font-semibold text-white dark:bg-amber-300 dark:text-slate-950">
                  Today
                </span>
              ) : null}
            </div>
          ))}
          <div className="relative h-[42rem]" aria-hidden="true">
            {HOURS.map((hour) => (
              <div
                key={hour}
                className="absolute right-1 left-1 text-[0.7rem] leading-tight text-muted-foreground"
                style={{ top: `${(hour / 24) * 100}%` }}
              >
                {String(hour).padStart(2, '0')}:00
                <br />
                <span className="text-subtle-foreground">{utcAtLocalHour(hour, timeZone, now)}</span>
              </div>
            ))}
          </div>
          {columns.map((column, index) => (
            <div
              key={column.day}
              role="list"
              aria-label={`${column.day}${index === today ? ' (today)' : ''}`}
              className={cn(
                'relative h-[42rem] border-l border-border-strong bg-[repeating-linear-gradient(to_bottom,transparent_0,transparent_calc(1.75rem-1px),var(--color-border)_calc(1.75rem-1px),var(--color-border)_1.75rem)]',
                index === today && 'bg-amber-50/60 dark:bg-amber-950/40',
              )}
            >
              {column.segments.map((segment) => (
                <WindowLink
                  key={`${segment.resource.key}-${segment.continued}`}
                  segment={segment}
                  overlaps={overlapping.has(segment.resource.key)}
                  timeZone={timeZone}
                  now={now}
                />
              ))}
              {column.hidden.map((hidden) => (
                <MoreLink key={hidden.startMinute} hidden={hidden} />
              ))}
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}

function WindowLink({ segment, overlaps, timeZone, now }: { segment: DaySegment; overlaps: boolean; timeZone: string; now: Date }) {
  const { resource } = segment;
  const times = maintenanceWindowTimes(resource.window, timeZone, now.getTime());
  const kind = resource.kind === 'nodepool' ? `node pool of ${resource.clusterName}` : 'cluster';
  const label = [
    `${resource.name} (${kind})`,
    times.sameAsUtc ? times.utc : `${times.local}, ${times.utc}`,
    segment.continued ? 'continued from the day before' : '',
    overlaps ? 'overlaps other windows' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <div role="listitem">
      <Link
        href={resourceHref(resource)}
        aria-label={label}
        title={label}
        className={windowBlock({ kind: resource.kind, overlaps })}
        style={position(segment)}
      >
        <span className="block truncate font-semibold">
          {segment.continued ? '↳ ' : ''}
          {resource.name}
        </span>
        <span className="block truncate">{times.local}</span>
        {times.sameAsUtc ? null : <span className="block truncate opacity-90">{times.utc}</span>}
      </Link>
    </div>
  );
}

function MoreLink({ hidden }: { hidden: HiddenSegments }) {
  return (
    <div role="listitem">
      <a href="#maintenance-windows-table" className={windowBlock({ kind: 'more' })} style={position(hidden)}>
        <span className="font-semibold">{hidden.count} more</span>
        <span className="sr-only"> windows at this time: see the table</span>
      </a>
    </div>
  );
}

function Legend() {
  const swatch = 'inline-block size-3 rounded-sm border';
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted-foreground">
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={cn(swatch, 'border-blue-400 bg-blue-50 dark:border-blue-600 dark:bg-blue-950')} /> Cluster
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={cn(swatch, 'border-violet-400 bg-violet-50 dark:border-violet-600 dark:bg-violet-950')} /> Node pool
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={cn(swatch, 'border-l-4 border-slate-400 border-l-amber-500')} /> Overlaps another window
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={cn(swatch, 'border-amber-300 bg-amber-50 dark:bg-amber-950')} /> Today
      </li>
      <li>↳ continued from the day before (a window across midnight)</li>
      <li>Hours: your time, UTC below</li>
    </ul>
  );
}
