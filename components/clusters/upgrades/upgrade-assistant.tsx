'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { behindClusters, defaultTarget, type BehindCluster } from '@/components/clusters/upgrades/behind';
import { useClusterRoles } from '@/components/portal/team/use-cluster-team';
import { UpgradeProgress } from '@/components/clusters/upgrades/upgrade-progress';
import { UpgradeTable, type Selection } from '@/components/clusters/upgrades/upgrade-table';
import { useUpgradeRun } from '@/components/clusters/upgrades/use-upgrade-run';
import { ClusterTableSkeleton } from '@/components/clusters/list/cluster-table';
import { errorHint, QueryError } from '@/components/shared/query-states';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { asBffError } from '@/lib/api/client';
import { clusterQueries } from '@/lib/api/clusters/queries';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { versionQueries } from '@/lib/api/versions/queries';
import { usePolledQuery } from '@/lib/browser/polled-query';

// Rows render again each minute at most for the maintenance times, not at every poll.
const minuteOf = (time: number) => Math.floor(time / 60_000) * 60_000;

function NothingBehind({ newest }: { newest: string }) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border-strong px-6 py-12 text-center">
      <h2 className="text-lg font-semibold">Every cluster is up to date</h2>
      <p className="max-w-md text-sm text-muted-foreground">No cluster you can see runs a version older than {newest}, the newest one.</p>
    </div>
  );
}

/** The selected clusters as they were when ticked (the conflict check's baseline), and the chosen targets. */
function useSelection(rows: readonly BehindCluster[]) {
  const [picked, setPicked] = useState<ReadonlyMap<string, ClusterResponse>>(new Map());
  const [targets, setTargets] = useState<ReadonlyMap<string, string>>(new Map());
  const targetOf = (row: BehindCluster) => {
    const chosen = targets.get(row.cluster.id);
    return chosen && row.targets.includes(chosen) ? chosen : (defaultTarget(row.targets) ?? '');
  };
  // A cluster that became busy, or is no longer behind, drops out of the selection.
  const selectable = rows.filter((row) => !row.blocked && picked.has(row.cluster.id));
  const selection: Selection = {
    selected: new Set(selectable.map((row) => row.cluster.id)),
    toggle: (row, on) =>
      setPicked((current) => {
        const next = new Map(current);
        if (on) next.set(row.cluster.id, row.cluster);
        else next.delete(row.cluster.id);
        return next;
      }),
    toggleAll: (on) =>
      setPicked((current) =>
        on ? new Map(rows.filter((row) => !row.blocked).map((row) => [row.cluster.id, current.get(row.cluster.id) ?? row.cluster])) : new Map(),
      ),
    targetOf,
    setTarget: (row, version) => setTargets((current) => new Map(current).set(row.cluster.id, version)),
  };
  const steps = selectable.map((row) => ({
    clusterId: row.cluster.id,
    name: row.cluster.properties.name ?? row.cluster.id,
    from: row.current,
    to: targetOf(row),
    loaded: picked.get(row.cluster.id) ?? row.cluster,
  }));
  return { selection, steps, clear: () => setPicked(new Map()) };
}

/**
 * Every cluster behind the newest version, and a run that upgrades the selected ones one after another (the
 * first failure stops it). The list polls through clusterQueries.list's refetchInterval, in one tab only.
 */
export function UpgradeAssistant() {
  const clusters = usePolledQuery(clusterQueries.list());
  const versions = useQuery(versionQueries.list());
  const roleOf = useClusterRoles();
  const rows = useMemo(
    () => (clusters.data && versions.data ? behindClusters(clusters.data.items, versions.data.items, roleOf) : undefined),
    [clusters.data, versions.data, roleOf],
  );
  const { selection, steps, clear } = useSelection(rows ?? []);
  const { run, start, reset } = useUpgradeRun();
  const [confirming, setConfirming] = useState(false);
  const running = run.phase === 'running';

  function onUpgrade() {
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    start(steps);
    clear();
  }

  const failed = clusters.isError
    ? { query: clusters, title: 'The clusters could not be loaded' }
    : versions.isError
      ? { query: versions, title: 'The versions could not be loaded' }
      : null;
  if (failed && !rows) {
    return (
      <QueryError
        title={failed.title}
        error={asBffError(failed.query.error)}
        hint={errorHint(failed.query.error)}
        onRetry={() => void failed.query.refetch()}
        retrying={failed.query.isFetching}
      />
    );
  }

  return (
    <div className="grid gap-6">
      {run.phase !== 'idle' ? <UpgradeProgress run={run} onClear={reset} /> : null}
      {!rows ? (
        <ClusterTableSkeleton />
      ) : rows.length === 0 ? (
        <NothingBehind newest={versions.data?.items[0] ?? ''} />
      ) : (
        <div className="grid gap-4">
          {clusters.isError ? (
            <QueryError
              title="The clusters could not be refreshed"
              error={asBffError(clusters.error)}
              hint={errorHint(clusters.error)}
              onRetry={() => void clusters.refetch()}
              retrying={clusters.isFetching}
              stale="table"
            />
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={onUpgrade} disabled={running || steps.length === 0}>
              {confirming ? `Confirm: upgrade ${steps.length === 1 ? '1 cluster' : `${steps.length} clusters`}` : 'Upgrade selected'}
            </Button>
            {confirming ? (
              <Button variant="outline" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            ) : null}
            <span className="text-sm text-muted-foreground">{steps.length === 1 ? '1 cluster selected' : `${steps.length} clusters selected`}</span>
          </div>
          {confirming && steps.length > 0 ? (
            <Alert variant="warning">
              <AlertDescription>
                Upgrade {steps.map((step) => `${step.name} to ${step.to}`).join(', ')}, one after another? Each cluster and its node pools show
                UPDATING until done and cannot be changed meanwhile; the next starts once the previous one is done, and the first failure stops the
                run. An upgrade cannot be undone.
              </AlertDescription>
            </Alert>
          ) : null}
          <UpgradeTable rows={rows} selection={selection} now={minuteOf(clusters.dataUpdatedAt)} disabled={running} />
        </div>
      )}
    </div>
  );
}
