import type { ReactNode } from 'react';
import { CopyId } from '@/components/shared/copy-id';
import { DetailPanel } from '@/components/clusters/detail/detail-panel';
import { datacenterDisplay } from '@/lib/format/datacenter';
import { formatDateTime, formatRelativeTime } from '@/lib/format/date-time';
import { formatMaintenanceWindowSpan } from '@/lib/format/maintenance-window';
import { Badge } from '@/components/ui/badge';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { Lan } from '@/lib/api/common/schema';
import type { Datacenter, LanSummary } from '@/lib/api/datacenters/schema';
import { cn } from '@/lib/utils';
import { useClusterCreator } from '@/components/portal/team/use-cluster-team';

function Item({ term, children, className }: { term: string; children: ReactNode; className?: string }) {
  return (
    <div className={cn('grid gap-0.5', className)}>
      <dt className="text-xs font-medium text-muted-foreground">{term}</dt>
      <dd className="text-sm break-words">{children}</dd>
    </div>
  );
}

function WhoWhen({ who, when, now }: { who: string | undefined; when: string | undefined; now: number }) {
  return (
    <>
      <span className="break-all">{who ?? 'Unknown'}</span>
      {when ? (
        <>
          {' · '}
          <time dateTime={when} title={formatDateTime(when)}>
            {formatRelativeTime(when, now)}
          </time>
          <span className="block text-xs text-muted-foreground">{formatDateTime(when)}</span>
        </>
      ) : null}
    </>
  );
}

function lanName(lanId: string, lans: readonly LanSummary[] | undefined): string {
  const lan = lans?.find((l) => l.id === lanId);
  if (!lan) return `LAN ${lanId}`;
  return `LAN ${lanId}${lan.properties.name ? ` · ${lan.properties.name}` : ''}${lan.properties.public ? ' (public)' : ''}`;
}

function LanList({ lans, datacenterLans }: { lans: readonly Lan[] | undefined; datacenterLans?: readonly LanSummary[] }) {
  if (!lans || lans.length === 0) return <span>None: the cluster is not joined to a LAN of its data center.</span>;
  return (
    <ul className="grid gap-2">
      {lans.map((lan) => (
        <li key={lan.lanId} className="grid gap-1">
          <span className="flex flex-wrap items-center gap-2">
            {lanName(lan.lanId, datacenterLans)}
            <Badge variant="neutral">{lan.dhcp ? 'DHCP' : 'Static addresses'}</Badge>
          </span>
          {lan.routes && lan.routes.length > 0 ? (
            <ul aria-label={`Routes of LAN ${lan.lanId}`} className="grid gap-0.5 pl-4 font-mono text-xs">
              {lan.routes.map((route) => (
                <li key={`${route.network}-${route.gateway}`}>
                  {route.network} via {route.gateway}
                </li>
              ))}
            </ul>
          ) : (
            <span className="pl-4 text-xs text-muted-foreground">No routes</span>
          )}
        </li>
      ))}
    </ul>
  );
}

type ClusterPropertiesProps = {
  cluster: ClusterResponse;
  datacenters: ReadonlyMap<string, Datacenter>;
  datacenterLans?: readonly LanSummary[];
  /** When the data was fetched: relative times are measured from it. */
  now: number;
};

/** Every property and the metadata of a cluster. */
export function ClusterProperties({ cluster, datacenters, datacenterLans, now }: ClusterPropertiesProps) {
  const { properties: p, metadata: m } = cluster;
  const datacenter = datacenterDisplay(p.datacenterId, datacenters);
  const upgrades = m.availableUpgradeVersions ?? [];
  const pendingVersion = p.dataPlatformVersion && m.currentDataPlatformVersion && p.dataPlatformVersion !== m.currentDataPlatformVersion;
  const createdBy = useClusterCreator(cluster.id, m.createdBy);

  return (
    <DetailPanel headingId="properties-heading" heading="Properties">
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Item term="Data Platform version">
          {m.currentDataPlatformVersion ?? p.dataPlatformVersion ?? 'Unknown'}
          {m.currentDataPlatformRevision !== undefined ? ` (revision ${m.currentDataPlatformRevision})` : null}
          {pendingVersion ? <span className="block text-xs">Requested: {p.dataPlatformVersion}</span> : null}
        </Item>
        <Item term="Available upgrades">{upgrades.length > 0 ? upgrades.join(', ') : 'None: this is the newest version.'}</Item>
        <Item term="Maintenance window">{formatMaintenanceWindowSpan(p.maintenanceWindow)}</Item>
        <Item term="Data center">
          {datacenter.known ? datacenter.name : null}
          {datacenter.location ? <span className="block text-xs text-muted-foreground">{datacenter.location}</span> : null}
          {p.datacenterId ? <CopyId id={p.datacenterId} label="data center ID" /> : datacenter.name}
        </Item>
        <Item term="Created">
          <WhoWhen who={createdBy} when={m.createdDate} now={now} />
        </Item>
        <Item term="Last modified">
          <WhoWhen who={m.lastModifiedBy} when={m.lastModifiedDate} now={now} />
        </Item>
        <Item term="Cluster ID">
          <CopyId id={cluster.id} label="cluster ID" />
        </Item>
        <Item term="LANs" className="sm:col-span-2 lg:col-span-3">
          <LanList lans={p.lans} datacenterLans={datacenterLans} />
        </Item>
      </dl>
    </DetailPanel>
  );
}
