'use client';

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { locationLabel } from '@/components/clusters/create-wizard/locations';
import { Button } from '@/components/ui/button';
import type { Lan } from '@/lib/api/common/schema';
import { datacenterQueries } from '@/lib/api/datacenters/queries';

/** One reviewed step: its values as a description list and a way back to change them. */
export function ReviewSection({ title, onEdit, children }: { title: string; onEdit: () => void; children: ReactNode }) {
  return (
    <section aria-label={title} className="grid gap-2 rounded-lg border border-border-strong p-4">
      <div className="flex items-center justify-between gap-4">
        <h3 className="text-base font-semibold">{title}</h3>
        <Button variant="link" size="sm" onClick={onEdit} aria-label={`Edit ${title.toLowerCase()}`}>
          Edit
        </Button>
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[12rem_1fr] [&_dt]:text-slate-700 dark:[&_dt]:text-slate-300 [&_dd]:font-medium">
        {children}
      </dl>
    </section>
  );
}

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
