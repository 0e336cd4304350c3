'use client';

// The effects of an upgrade run (upgrade-run.ts holds its states): each PATCH goes through usePatchClusters, the
// path of the edit form and the upgrade dialog, so a cluster changed since it was selected is held back as a
// conflict; the cluster being upgraded is read through the polling kit until it leaves its transitional state.
import { useEffect, useReducer, useRef } from 'react';
import { UPGRADE_ERRORS } from '@/components/clusters/detail/upgrade-dialog';
import { clusterFields } from '@/components/clusters/edit/edit-form';
import {
  activeStep,
  IDLE_RUN,
  stepToSend,
  upgradeRunReducer,
  type UpgradeRunEvent,
  type UpgradeStep,
} from '@/components/clusters/upgrades/upgrade-run';
import { isBffError } from '@/lib/api/client';
import { ClusterChangedError, usePatchClusters } from '@/lib/api/clusters/mutations';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { usePolledQuery } from '@/lib/browser/polled-query';
import { mapSubmitError } from '@/lib/forms/submit-errors';
import { toast } from '@/lib/toast';

/** A refused upgrade in one sentence: what changed meanwhile, or what the API said. */
export function rejectionOf(clusterId: string, error: unknown): Extract<UpgradeRunEvent, { type: 'rejected' }> {
  if (error instanceof ClusterChangedError) {
    const who = error.current.metadata.lastModifiedBy ?? 'Someone';
    const what = error.changes
      .map(
        (change) =>
          `${clusterFields.labelOf(change.field)} (${clusterFields.describe(change.field, change.loaded)} → ${clusterFields.describe(change.field, change.current)})`,
      )
      .join(', ');
    return {
      type: 'rejected',
      clusterId,
      conflict: true,
      reason: `${who} changed its ${what} after you selected it. Nothing was sent; select it again to upgrade it as it is now.`,
    };
  }
  const { banner } = mapSubmitError(error, UPGRADE_ERRORS);
  const reason = banner ? `${banner.title}: ${banner.messages.join(' ')}` : UPGRADE_ERRORS.words.failed;
  return { type: 'rejected', clusterId, conflict: false, reason };
}

function notStartedNames(steps: readonly UpgradeStep[]): string[] {
  return steps.filter((step) => step.status.kind === 'waiting').map((step) => step.name);
}

export function useUpgradeRun() {
  const [run, dispatch] = useReducer(upgradeRunReducer, IDLE_RUN);
  const patch = usePatchClusters();
  const { mutateAsync } = patch;
  // Effects may run twice (Strict Mode); a step's PATCH must not.
  const sent = useRef(new Set<UpgradeStep>());

  const next = stepToSend(run);
  useEffect(() => {
    if (!next || sent.current.has(next)) return;
    sent.current.add(next);
    const { clusterId, to, loaded } = next;
    dispatch({ type: 'sending', clusterId });
    mutateAsync({ clusterId, body: { properties: { dataPlatformVersion: to } }, loaded }).then(
      (cluster) => dispatch({ type: 'accepted', clusterId, cluster }),
      (error: unknown) => dispatch(rejectionOf(clusterId, error)),
    );
  }, [next, mutateAsync]);

  const active = activeStep(run);
  const watchedId = active?.status.kind === 'changing' ? active.clusterId : undefined;
  const watched = usePolledQuery({ ...clusterQueries.detail(watchedId ?? ''), enabled: watchedId !== undefined });
  const { data, error } = watched;
  useEffect(() => {
    if (watchedId && data?.id === watchedId) dispatch({ type: 'observed', clusterId: watchedId, cluster: data });
  }, [watchedId, data]);
  useEffect(() => {
    // Polling retries other errors by itself; a cluster gone meanwhile will not come back.
    if (watchedId && isBffError(error) && error.status === 404) {
      dispatch({ type: 'rejected', clusterId: watchedId, conflict: false, reason: 'The cluster no longer exists.' });
    }
  }, [watchedId, error]);

  // Leaving mid-run: the browser asks first; a move inside the console says what was left undone.
  const running = run.phase === 'running';
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  }, [run]);
  useEffect(() => {
    if (!running) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [running]);
  useEffect(
    () => () => {
      const left = latest.current;
      if (left.phase !== 'running') return;
      const names = notStartedNames(left.steps);
      const current = activeStep(left);
      toast({
        variant: 'error',
        title: 'The upgrade run was left',
        description: [
          current ? `${current.name} goes on upgrading on the platform.` : '',
          names.length > 0 ? `Not started: ${names.join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
    },
    [],
  );

  return {
    run,
    start: (steps: Omit<UpgradeStep, 'status'>[]) => dispatch({ type: 'start', steps }),
    reset: () => dispatch({ type: 'reset' }),
  };
}
