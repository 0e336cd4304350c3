'use client';

import { cva } from 'class-variance-authority';
import type { StepStatus, UpgradeRun } from '@/components/clusters/upgrades/upgrade-run';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { badgeVariants } from '@/components/ui/badge';

const statusBadge = cva('', {
  variants: {
    kind: {
      waiting: badgeVariants({ variant: 'neutral' }),
      upgrading: badgeVariants({ variant: 'info' }),
      changing: badgeVariants({ variant: 'info' }),
      done: badgeVariants({ variant: 'success' }),
      failed: badgeVariants({ variant: 'danger' }),
      conflict: badgeVariants({ variant: 'warning' }),
      'not-started': badgeVariants({ variant: 'muted' }),
    } satisfies Record<StepStatus['kind'], string>,
  },
});

/** A step's status in words: "Waiting", "UPDATING…", "Failed". */
export function statusText(status: StepStatus): string {
  switch (status.kind) {
    case 'waiting':
      return 'Waiting';
    case 'upgrading':
      return 'Upgrading';
    case 'changing':
      return status.state && status.state !== 'AVAILABLE' ? `${status.state}…` : 'Waiting for the platform to begin…';
    case 'done':
      return 'Done';
    case 'failed':
      return 'Failed';
    case 'conflict':
      return 'Conflict';
    case 'not-started':
      return 'Not started';
  }
}

function summary(run: UpgradeRun): string {
  const total = run.steps.length;
  const done = run.steps.filter((step) => step.status.kind === 'done').length;
  if (run.phase === 'finished') return total === 1 ? 'The cluster was upgraded.' : `All ${total} clusters were upgraded.`;
  if (run.phase === 'stopped') return `The run stopped after ${done} of ${total} upgrades.`;
  const current = run.steps.find((step) => step.status.kind !== 'done' && step.status.kind !== 'waiting');
  return `${done} of ${total} upgraded${current ? `; now ${current.name}: ${statusText(current.status)}` : ''}.`;
}

/** The run's clusters in order, with each one's live status; why it stopped, when it did. */
export function UpgradeProgress({ run, onClear }: { run: UpgradeRun; onClear: () => void }) {
  const notStarted = run.steps.filter((step) => step.status.kind === 'not-started').map((step) => step.name);
  return (
    <section aria-labelledby="upgrade-progress" className="grid gap-3 rounded-lg border border-border-strong p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="upgrade-progress" className="text-lg font-semibold">
          Upgrade progress
        </h2>
        {run.phase !== 'running' ? (
          <Button variant="outline" size="sm" onClick={onClear}>
            Clear progress
          </Button>
        ) : null}
      </div>
      <p role="status" className="text-sm text-muted-foreground">
        {summary(run)}
      </p>
      {run.phase === 'stopped' && run.stopReason ? (
        <Alert role="alert" variant="destructive">
          <AlertTitle>The upgrades stopped</AlertTitle>
          <AlertDescription>
            <p>{run.stopReason}</p>
            {notStarted.length > 0 ? <p>Not started: {notStarted.join(', ')}.</p> : null}
          </AlertDescription>
        </Alert>
      ) : null}
      <ol aria-label="Upgrades in order" className="grid gap-2">
        {run.steps.map((step) => (
          <li key={step.clusterId} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span className="font-medium break-all">{step.name}</span>
            <span className="text-muted-foreground">
              {step.from} → {step.to}
            </span>
            <span className={statusBadge({ kind: step.status.kind })} data-status={step.status.kind}>
              {statusText(step.status)}
            </span>
            {step.status.kind === 'failed' || step.status.kind === 'conflict' ? <span className="basis-full">{step.status.reason}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
