// The upgrade assistant's run as a state machine: clusters are upgraded one after another, the next only once
// the previous one left its transitional state on its new version, and the first failure or conflict stops the
// run (the clusters after it are not started). The effects (PATCH, polling) live in use-upgrade-run.ts.
import { clusterVersion } from '@/components/clusters/list/list-view';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { TRANSITIONAL_STATES, type ResourceState } from '@/lib/api/common/schema';
import { stateLabel } from '@/lib/format/state';

export type StepStatus =
  | { kind: 'waiting' }
  /** The PATCH is on its way (after the check for changes made meanwhile). */
  | { kind: 'upgrading' }
  /** The platform accepted it; `state` is the cluster's state as last read. */
  | { kind: 'changing'; state: ResourceState | undefined }
  | { kind: 'done' }
  | { kind: 'failed'; reason: string }
  /** Someone changed the cluster after it was selected: nothing was sent. */
  | { kind: 'conflict'; reason: string }
  | { kind: 'not-started'; reason: string };

export type UpgradeStep = {
  clusterId: string;
  name: string;
  from: string;
  to: string;
  /** The cluster as the user selected it: the baseline of the conflict check. */
  loaded: ClusterResponse;
  status: StepStatus;
};

export type UpgradeRun = {
  phase: 'idle' | 'running' | 'finished' | 'stopped';
  steps: UpgradeStep[];
  /** Why the run stopped early, in a sentence. */
  stopReason?: string;
};

export type UpgradeRunEvent =
  | { type: 'start'; steps: Omit<UpgradeStep, 'status'>[] }
  | { type: 'sending'; clusterId: string }
  | { type: 'accepted'; clusterId: string; cluster: ClusterResponse }
  | { type: 'observed'; clusterId: string; cluster: ClusterResponse }
  | { type: 'rejected'; clusterId: string; reason: string; conflict: boolean }
  | { type: 'reset' };

export const IDLE_RUN: UpgradeRun = { phase: 'idle', steps: [] };

const ACTIVE: ReadonlySet<StepStatus['kind']> = new Set(['upgrading', 'changing']);

/** The step being upgraded now, if any. */
export function activeStep(run: UpgradeRun): UpgradeStep | undefined {
  return run.steps.find((step) => ACTIVE.has(step.status.kind));
}

/** The step whose PATCH is to be sent now: the first waiting one, once no other is in progress. */
export function stepToSend(run: UpgradeRun): UpgradeStep | undefined {
  if (run.phase !== 'running' || activeStep(run)) return undefined;
  return run.steps.find((step) => step.status.kind === 'waiting');
}

/** What a read of the cluster after its PATCH says about the upgrade. */
export function statusOf(step: UpgradeStep, cluster: ClusterResponse): StepStatus {
  const state = cluster.metadata.state;
  if (state && TRANSITIONAL_STATES.has(state)) return { kind: 'changing', state };
  const running = clusterVersion(cluster);
  if (state?.startsWith('FAILED')) {
    return { kind: 'failed', reason: `The platform reported ${stateLabel(state)}; the cluster runs ${running ?? 'an unknown version'}.` };
  }
  if (running === step.to) return { kind: 'done' };
  // Accepted but not begun yet (an API may answer before the state moves): keep reading.
  return { kind: 'changing', state };
}

function update(run: UpgradeRun, clusterId: string, status: StepStatus): UpgradeRun {
  return { ...run, steps: run.steps.map((step) => (step.clusterId === clusterId ? { ...step, status } : step)) };
}

function stop(run: UpgradeRun, stopReason: string): UpgradeRun {
  const steps = run.steps.map((step) =>
    step.status.kind === 'waiting' ? { ...step, status: { kind: 'not-started', reason: 'The run stopped before this cluster.' } as const } : step,
  );
  return { phase: 'stopped', steps, stopReason };
}

/** After a step's status changed: a failure stops the run, the last success finishes it. */
function settle(run: UpgradeRun, step: UpgradeStep): UpgradeRun {
  const status = run.steps.find((s) => s.clusterId === step.clusterId)?.status;
  if (status?.kind === 'failed' || status?.kind === 'conflict') return stop(run, `${step.name}: ${status.reason}`);
  if (run.steps.every((s) => s.status.kind === 'done')) return { ...run, phase: 'finished' };
  return run;
}

export function upgradeRunReducer(run: UpgradeRun, event: UpgradeRunEvent): UpgradeRun {
  if (event.type === 'reset') return run.phase === 'running' ? run : IDLE_RUN;
  if (event.type === 'start') {
    if (run.phase === 'running' || event.steps.length === 0) return run;
    return { phase: 'running', steps: event.steps.map((step) => ({ ...step, status: { kind: 'waiting' } })) };
  }
  if (run.phase !== 'running') return run;
  const step = run.steps.find((s) => s.clusterId === event.clusterId);
  if (!step) return run;
  switch (event.type) {
    case 'sending':
      return stepToSend(run)?.clusterId === step.clusterId ? update(run, step.clusterId, { kind: 'upgrading' }) : run;
    case 'accepted': {
      if (step.status.kind !== 'upgrading') return run;
      // The PATCH's answer only shows whether the change began; its failure states are older than the upgrade.
      const status = statusOf(step, event.cluster);
      return settle(update(run, step.clusterId, status.kind === 'failed' ? { kind: 'changing', state: event.cluster.metadata.state } : status), step);
    }
    case 'observed':
      return step.status.kind === 'changing' ? settle(update(run, step.clusterId, statusOf(step, event.cluster)), step) : run;
    case 'rejected':
      if (!ACTIVE.has(step.status.kind)) return run;
      return settle(
        update(run, step.clusterId, event.conflict ? { kind: 'conflict', reason: event.reason } : { kind: 'failed', reason: event.reason }),
        step,
      );
  }
}
