'use client';

import { MaintenanceWindowFields } from '@/components/forms/maintenance-window-fields';
import { DEFAULT_MAINTENANCE_WINDOW } from '@/lib/forms/maintenance-window';

const DEFAULT_RESET = { to: DEFAULT_MAINTENANCE_WINDOW, label: 'Use the default (Sunday 02:00 UTC)' };

/** Day and start time of the weekly window, entered in UTC (what the API stores) and shown in both zones. */
export function MaintenanceStep() {
  return (
    <div className="grid max-w-xl gap-6">
      <p className="text-sm text-muted-foreground">
        Once a week the platform may update the cluster in a window of four hours. Pick a time when little happens on it. The window is kept in UTC,
        so in your time zone it may move by an hour when daylight saving time changes.
      </p>
      <MaintenanceWindowFields invalidTimeText="Enter a start time, e.g. 02:00." withSummary reset={DEFAULT_RESET} />
    </div>
  );
}
