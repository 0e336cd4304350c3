import type { ReactNode } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ClusterResponse } from '@/lib/api/clusters/schema';

/** The newest version the cluster can move to (the API lists them oldest first). */
export function newestUpgrade(cluster: ClusterResponse): string | undefined {
  return (cluster.metadata.availableUpgradeVersions ?? []).at(-1);
}

type ClusterSummaryProps = {
  cluster: ClusterResponse;
  datacenter?: { name: string; location?: string };
  /** Portal mode: the team that owns the cluster (whom it belongs to comes first). */
  team?: ReactNode;
};

/** What a user looks for first, on the title's line: the version it runs and where it runs. */
export function ClusterSummary({ cluster, datacenter, team }: ClusterSummaryProps) {
  const version = cluster.metadata.currentDataPlatformVersion ?? cluster.properties.dataPlatformVersion;
  return (
    <span className="flex flex-wrap gap-x-4 gap-y-1">
      {team ? <span className="inline-flex items-baseline gap-1">Team {team}</span> : null}
      <span>Data Platform {version ?? 'version unknown'}</span>
      <span>
        Data center {datacenter?.name ?? cluster.properties.datacenterId ?? 'unknown'}
        {datacenter?.location ? ` (${datacenter.location})` : null}
      </span>
    </span>
  );
}

/** A prominent line when an upgrade is available, with the way to it. */
export function UpgradeCallout({ cluster, onUpgrade }: { cluster: ClusterResponse; onUpgrade: () => void }) {
  const target = newestUpgrade(cluster);
  if (!target) return null;
  const current = cluster.metadata.currentDataPlatformVersion ?? cluster.properties.dataPlatformVersion;
  return (
    <Alert variant="info" aria-labelledby="upgrade-callout-title">
      <AlertTitle id="upgrade-callout-title">Upgrade available: {target}</AlertTitle>
      <AlertDescription className="flex flex-wrap items-center justify-between gap-3">
        <p>{current ? `The cluster runs ${current}. ` : ''}The upgrade happens in place; it cannot be undone.</p>
        <Button size="sm" variant="outline" onClick={onUpgrade}>
          Upgrade to {target}
        </Button>
      </AlertDescription>
    </Alert>
  );
}
