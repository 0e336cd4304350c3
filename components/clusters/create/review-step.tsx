'use client';

import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { requestFromValues } from '@/components/clusters/create/to-request';
import { ReviewLans, useDatacenterLabel } from '@/components/clusters/create/review-lans';
import { ReviewSection } from '@/components/forms/wizard/review-section';
import { localTimeZone } from '@/lib/format/date-time';
import type { ClusterWizardStep } from '@/components/clusters/create/wizard';
import { useWizardForm } from '@/components/clusters/create/use-wizard-form';
import { RequestBodySection } from '@/components/forms/request-body';
import { ExportSection } from '@/components/export/export-panel';
import { NEW_CLUSTER_USAGE } from '@/components/clusters/create/team-field';
import { TeamQuotaNote } from '@/components/portal/team/team-quota-note';
import { teamName } from '@/components/portal/team/use-cluster-team';
import { usePortal } from '@/components/portal/portal-context';
import {
  DEFAULT_MAINTENANCE_WINDOW,
  formatWindowSpan,
  nextWindowStart,
  timeZoneAbbreviation,
  timeZoneLabel,
  utcWindow,
  zonedWindow,
} from '@/lib/forms/maintenance-window';

/** A summary of every choice, and the exact body of the POST that "Create cluster" sends. */
export function ClusterReviewStep({ onEdit }: { onEdit: (step: ClusterWizardStep) => void }) {
  const { control } = useWizardForm();
  const values = useWatch({ control });
  const body = requestFromValues(values);
  const datacenterLabel = useDatacenterLabel(body?.properties.datacenterId);
  const [now] = useState(() => new Date());
  const me = usePortal();

  if (!body) {
    return <p className="text-sm text-muted-foreground">Some values are not valid yet. Go back to fix them.</p>;
  }
  const { properties } = body;
  const maintenance = properties.maintenanceWindow ?? DEFAULT_MAINTENANCE_WINDOW;
  const timeZone = localTimeZone();

  return (
    <div className="grid gap-6">
      <ReviewSection title="Basics" onEdit={() => onEdit('basics')}>
        {me && values.team ? (
          <>
            <dt>Team</dt>
            <dd>{teamName(me, values.team)}</dd>
          </>
        ) : null}
        <dt>Name</dt>
        <dd>{properties.name}</dd>
        <dt>Data Platform version</dt>
        <dd>{properties.dataPlatformVersion}</dd>
      </ReviewSection>
      <ReviewSection title="Location" onEdit={() => onEdit('location')}>
        <dt>Data center</dt>
        <dd>
          {datacenterLabel}
          <span className="block font-mono text-xs break-all text-subtle-foreground">{properties.datacenterId}</span>
        </dd>
        <dt>LANs</dt>
        <dd>
          <ReviewLans datacenterId={properties.datacenterId} lans={properties.lans ?? []} />
        </dd>
      </ReviewSection>
      <ReviewSection title="Maintenance" onEdit={() => onEdit('maintenance')}>
        <dt>Window (UTC)</dt>
        <dd>{formatWindowSpan(utcWindow(maintenance))} UTC</dd>
        <dt>In your time zone</dt>
        <dd>
          {formatWindowSpan(zonedWindow(maintenance, timeZone, now))} (
          {timeZoneLabel(timeZone, timeZoneAbbreviation(timeZone, nextWindowStart(maintenance, now)))})
        </dd>
      </ReviewSection>
      {me ? <TeamQuotaNote team={values.team || undefined} delta={NEW_CLUSTER_USAGE} /> : null}
      <section aria-labelledby="review-next-heading" className="grid gap-1 rounded-lg border border-border-strong p-4 text-sm">
        <h3 id="review-next-heading" className="text-base font-semibold">
          After you create it
        </h3>
        <p>
          The platform adds one small node pool by itself, for the Stackable operators that manage your data products. Products such as Spark, Kafka
          or Trino need worker node pools: add them on the cluster&apos;s page once it is available.
        </p>
      </section>
      <RequestBodySection endpoint="POST /clusters" body={body} />
      <ExportSection subject={{ kind: 'cluster', body, nodePools: [] }} />
    </div>
  );
}
