'use client';

import { MaintenanceWindowFields } from '@/components/forms/maintenance-window-fields';
import type { MaintenanceWindow } from '@/lib/api/common/schema';
import { formatWindowSpan, MAINTENANCE_WINDOW_HOURS, utcWindow } from '@/lib/forms/maintenance-window';

/** The pool's weekly window in UTC (what the API stores), shown in the user's zone too; the cluster's is the default. */
export function MaintenanceFields({ clusterWindow }: { clusterWindow?: MaintenanceWindow }) {
  return (
    <fieldset className="grid max-w-xl gap-4">
      <legend className="text-base font-semibold">Maintenance window</legend>
      <p className="text-sm text-muted-foreground">
        Once a week the platform may update this pool&apos;s nodes, for up to {MAINTENANCE_WINDOW_HOURS} hours from the start.
        {clusterWindow ? ` The cluster's window (${formatWindowSpan(utcWindow(clusterWindow))} UTC) is the default.` : null}
      </p>
      <MaintenanceWindowFields
        invalidTimeText="Enter a start time, e.g. 02:00."
        withSummary
        reset={clusterWindow ? { to: clusterWindow, label: "Use the cluster's window" } : undefined}
      />
    </fieldset>
  );
}
