'use client';

import { useQuery } from '@tanstack/react-query';
import { locationLabel } from '@/components/clusters/create/locations';
import type { Lan } from '@/lib/api/common/schema';
import { datacenterQueries } from '@/lib/api/datacenters/queries';

/** "analytics-fra, Frankfurt, Germany (de/fra)", or the id alone when the Cloud API does not list it. */
export function useDatacenterLabel(datacenterId: string | undefined): string {
  const { data } = useQuery(datacenterQueries.list());
  const datacenter = data?.items.find((dc) => dc.id === datacenterId);
  if (!datacenter) return datacenterId ?? '';
  return `${datacenter.properties.name || 'Unnamed data center'}, ${locationLabel(datacenter.properties.location)}`;
}

export function ReviewLans({ datacenterId, lans }: { datacenterId: string; lans: Lan[] }) {
  const { data } = useQuery(datacenterQueries.lans(datacenterId));
  if (lans.length === 0) return <>None</>;
  const nameOf = (lanId: string) => data?.items.find((lan) => lan.id === lanId)?.properties.name;
  return (
    <ul className="grid gap-1">
      {lans.map((lan) => (
        <li key={lan.lanId}>
          {nameOf(lan.lanId) ? `${nameOf(lan.lanId)} (LAN ${lan.lanId})` : `LAN ${lan.lanId}`}, DHCP {lan.dhcp ? 'on' : 'off'}
          {lan.routes?.length ? (
            <ul className="ml-4 list-disc font-normal">
              {lan.routes.map((route) => (
                <li key={`${route.network}-${route.gateway}`}>
                  {route.network} via {route.gateway}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
