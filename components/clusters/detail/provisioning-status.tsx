'use client';

import { stateLabel } from '@/lib/format/state';
import { ResourceStateBadge } from '@/components/shared/resource-state-badge';
import { DetailPanel } from '@/components/clusters/detail/detail-panel';
import { useNow, useRememberedDurations } from '@/components/clusters/detail/use-provisioning';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import {
  formatDuration,
  isTrackedPhase,
  progressOf,
  type ObservedState,
  type TimelineEntry,
  type TrackedPhase,
} from '@/components/clusters/detail/provisioning';
import type { ClusterResponse } from '@/lib/api/clusters/schema';

const PHASE_TEXT: Record<TrackedPhase, { doing: string; noun: string }> = {
  DEPLOYING: { doing: 'Provisioning', noun: 'provisions' },
  UPDATING: { doing: 'Applying the change', noun: 'changes' },
  DESTROYING: { doing: 'Deleting', noun: 'deletions' },
};

const clock = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

function observedLabel(state: ObservedState): string {
  return state === 'GONE' ? 'Deleted (no longer found)' : stateLabel(state);
}

function PhaseProgress({ phase, startedAt, typicalMs }: { phase: TrackedPhase; startedAt: number; typicalMs?: number }) {
  const now = useNow(true);
  const durations = useRememberedDurations();
  const progress = progressOf({ startedAt, now, durations: durations[phase], typicalMs });
  const text = PHASE_TEXT[phase];

  let estimate: string;
  if (progress.estimateMs === undefined) {
    estimate = `No estimate yet: this browser has not watched earlier ${text.noun} finish.`;
  } else if (progress.typical && !progress.overdue) {
    estimate = `About ${formatDuration(progress.remainingMs ?? 0)} left: ${text.noun} typically take about ${formatDuration(progress.estimateMs)} in the sandbox (this browser has not measured one yet).`;
  } else if (progress.overdue) {
    estimate = `Taking longer than the usual ${formatDuration(progress.estimateMs)}; the platform is still working on it.`;
  } else {
    const basis = progress.basis === 1 ? `1 earlier ${text.noun.replace(/s$/, '')}` : `${progress.basis} earlier ${text.noun}`;
    estimate = `About ${formatDuration(progress.remainingMs ?? 0)} left (estimate from ${basis} seen in this browser).`;
  }

  return (
    <div className="grid gap-2">
      <p className="text-sm">
        {text.doing} for <span className="font-medium tabular-nums">{formatDuration(progress.elapsedMs)}</span>
      </p>
      {/* Without an estimate the bar has no value: an indeterminate progress bar. */}
      <progress
        aria-label={`${text.doing} progress`}
        className="h-2 w-full max-w-md accent-blue-700 dark:accent-blue-400"
        max={1}
        {...(progress.fraction === undefined ? {} : { value: progress.fraction })}
      />
      <p className="text-xs text-muted-foreground">{estimate}</p>
    </div>
  );
}

function Timeline({ entries }: { entries: readonly { state: ObservedState; observedAt: number }[] }) {
  if (entries.length === 0) return null;
  return (
    <div className="grid gap-2">
      <h3 id="state-changes-heading" className="text-sm font-semibold">
        State changes seen by this page
      </h3>
      <ol aria-labelledby="state-changes-heading" className="grid gap-1 border-l-2 border-border pl-4 text-sm">
        {entries.map((entry) => (
          <li key={`${entry.state}-${entry.observedAt}`} className="flex flex-wrap items-baseline gap-x-2">
            <time dateTime={new Date(entry.observedAt).toISOString()} className="font-mono text-xs text-muted-foreground tabular-nums">
              {clock.format(entry.observedAt)}
            </time>
            <span>{observedLabel(entry.state)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function FailureNote({ state }: { state: ObservedState | undefined }) {
  if (state === 'FAILED') {
    return (
      <Alert variant="destructive">
        <AlertTitle>Provisioning failed</AlertTitle>
        <AlertDescription>
          The platform could not create this cluster. Delete it, and create it again with the same settings; if that fails too, contact IONOS support.
        </AlertDescription>
      </Alert>
    );
  }
  if (state === 'FAILED_UPDATING') {
    return (
      <Alert variant="warning">
        <AlertTitle>The last change failed</AlertTitle>
        <AlertDescription>The cluster keeps running. Check its settings and try the change again.</AlertDescription>
      </Alert>
    );
  }
  return null;
}

type ProvisioningStatusProps = {
  cluster: ClusterResponse;
  /** Typical durations until this browser measured its own (TYPICAL_DURATIONS_MS of the console's mode). */
  typicalDurations?: Partial<Record<TrackedPhase, number>>;
  /** What useObservedTimeline recorded for this cluster. */
  timeline: readonly TimelineEntry[];
  /** Start of the running change when the timeline has not caught up yet (the answer's arrival). */
  startedFallback: number;
};

/** The state badge, the progress of a running change and the timeline of states observed live. */
export function ProvisioningStatus({ cluster, timeline, startedFallback, typicalDurations }: ProvisioningStatusProps) {
  const state = cluster.metadata.state;
  const last = timeline.at(-1);
  const startedAt = last && last.state === state ? (last.since ?? last.observedAt) : startedFallback;

  return (
    <DetailPanel
      headingId="status-heading"
      heading="Status"
      besideHeading={
        // Announced politely when the state changes; the rest of the panel is not a live region.
        <p role="status" className="flex items-center gap-2 text-sm">
          <span className="sr-only">State:</span>
          <ResourceStateBadge state={state} />
        </p>
      }
    >
      {isTrackedPhase(state) ? <PhaseProgress key={state} phase={state} startedAt={startedAt} typicalMs={typicalDurations?.[state]} /> : null}
      <FailureNote state={state} />
      <Timeline entries={timeline} />
    </DetailPanel>
  );
}
