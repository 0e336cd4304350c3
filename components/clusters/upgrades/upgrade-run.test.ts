import { describe, expect, it } from 'vitest';
import {
  activeStep,
  IDLE_RUN,
  stepToSend,
  upgradeRunReducer,
  type UpgradeRun,
  type UpgradeRunEvent,
} from '@/components/clusters/upgrades/upgrade-run';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { ResourceState } from '@/lib/api/common/schema';

function cluster(id: string, version: string, state: ResourceState): ClusterResponse {
  return { id, metadata: { state, currentDataPlatformVersion: version }, properties: { name: id, dataPlatformVersion: version } };
}

const steps = ['a', 'b', 'c'].map((id) => ({ clusterId: id, name: id, from: '24.3', to: '25.3', loaded: cluster(id, '24.3', 'AVAILABLE') }));

const play = (events: UpgradeRunEvent[], from: UpgradeRun = IDLE_RUN) => events.reduce(upgradeRunReducer, from);
const kinds = (run: UpgradeRun) => run.steps.map((step) => step.status.kind);

const upgraded = (id: string): UpgradeRunEvent[] => [
  { type: 'sending', clusterId: id },
  { type: 'accepted', clusterId: id, cluster: cluster(id, '24.3', 'UPDATING') },
  { type: 'observed', clusterId: id, cluster: cluster(id, '25.3', 'AVAILABLE') },
];

describe('upgradeRunReducer', () => {
  it('upgrades one cluster at a time and waits for each to leave its transitional state', () => {
    let run = play([{ type: 'start', steps }]);
    expect(kinds(run)).toEqual(['waiting', 'waiting', 'waiting']);
    expect(stepToSend(run)?.clusterId).toBe('a');

    run = play([{ type: 'sending', clusterId: 'a' }], run);
    expect(kinds(run)).toEqual(['upgrading', 'waiting', 'waiting']);
    expect(stepToSend(run)).toBeUndefined();
    // Only the next waiting step may be sent, never one further down.
    expect(play([{ type: 'sending', clusterId: 'b' }], run)).toBe(run);

    run = play([{ type: 'accepted', clusterId: 'a', cluster: cluster('a', '24.3', 'UPDATING') }], run);
    expect(run.steps[0]?.status).toEqual({ kind: 'changing', state: 'UPDATING' });
    expect(stepToSend(run)).toBeUndefined();
    expect(activeStep(run)?.clusterId).toBe('a');

    run = play([{ type: 'observed', clusterId: 'a', cluster: cluster('a', '24.3', 'DEPLOYING') }], run);
    expect(run.steps[0]?.status).toEqual({ kind: 'changing', state: 'DEPLOYING' });

    run = play([{ type: 'observed', clusterId: 'a', cluster: cluster('a', '25.3', 'AVAILABLE') }], run);
    expect(kinds(run)).toEqual(['done', 'waiting', 'waiting']);
    expect(stepToSend(run)?.clusterId).toBe('b');

    run = play([...upgraded('b'), ...upgraded('c')], run);
    expect(kinds(run)).toEqual(['done', 'done', 'done']);
    expect(run.phase).toBe('finished');
  });

  it('keeps reading a cluster that is AVAILABLE on its old version: the change has not begun', () => {
    const run = play([
      { type: 'start', steps },
      { type: 'sending', clusterId: 'a' },
      { type: 'accepted', clusterId: 'a', cluster: cluster('a', '24.3', 'AVAILABLE') },
    ]);
    expect(run.steps[0]?.status).toEqual({ kind: 'changing', state: 'AVAILABLE' });
    expect(stepToSend(run)).toBeUndefined();
  });

  it('stops on the first failure, says why, and leaves the rest not started', () => {
    const run = play([
      { type: 'start', steps },
      ...upgraded('a'),
      { type: 'sending', clusterId: 'b' },
      { type: 'accepted', clusterId: 'b', cluster: cluster('b', '24.3', 'UPDATING') },
      { type: 'observed', clusterId: 'b', cluster: cluster('b', '24.3', 'FAILED_UPDATING') },
    ]);
    expect(run.phase).toBe('stopped');
    expect(kinds(run)).toEqual(['done', 'failed', 'not-started']);
    expect(run.stopReason).toBe('b: The platform reported Failed updating; the cluster runs 24.3.');
    expect(stepToSend(run)).toBeUndefined();
    // Late reads change nothing once stopped.
    expect(play([{ type: 'observed', clusterId: 'b', cluster: cluster('b', '25.3', 'AVAILABLE') }], run)).toBe(run);
  });

  it('stops on a refused PATCH with the API’s reason', () => {
    const run = play([
      { type: 'start', steps },
      { type: 'sending', clusterId: 'a' },
      { type: 'rejected', clusterId: 'a', reason: 'The upgrade was not started: HTTP 409', conflict: false },
    ]);
    expect(kinds(run)).toEqual(['failed', 'not-started', 'not-started']);
    expect(run.stopReason).toBe('a: The upgrade was not started: HTTP 409');
  });

  it('reports a cluster changed since it was selected as a conflict and sends nothing after it', () => {
    const run = play([
      { type: 'start', steps },
      ...upgraded('a'),
      { type: 'sending', clusterId: 'b' },
      { type: 'rejected', clusterId: 'b', reason: 'Changed by someone else', conflict: true },
    ]);
    expect(kinds(run)).toEqual(['done', 'conflict', 'not-started']);
    expect(run.steps[1]?.status).toEqual({ kind: 'conflict', reason: 'Changed by someone else' });
    expect(run.phase).toBe('stopped');
  });

  it('ignores a new start and a reset while running, and resets once stopped', () => {
    const run = play([
      { type: 'start', steps },
      { type: 'sending', clusterId: 'a' },
    ]);
    expect(play([{ type: 'start', steps: steps.slice(1) }, { type: 'reset' }], run)).toBe(run);
    const stopped = play([{ type: 'rejected', clusterId: 'a', reason: 'x', conflict: false }], run);
    expect(play([{ type: 'reset' }], stopped)).toBe(IDLE_RUN);
  });
});
