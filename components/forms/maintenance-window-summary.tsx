import type { MaintenanceWindow } from '@/lib/api/common/schema';
import { maintenanceWindowSchema } from '@/lib/api/common/schema';
import { formatWindowSpan, nextWindowStart, timeZoneAbbreviation, utcWindow, zonedWindow } from '@/lib/forms/maintenance-window';

/** The browser's IANA time zone; UTC where the browser does not say. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The four-hour window in UTC and in the browser's time zone (polite live region: it follows the inputs). */
export function MaintenanceWindowSummary({ maintenance, now }: { maintenance: MaintenanceWindow; now: Date }) {
  if (!maintenanceWindowSchema.safeParse(maintenance).success) return <div aria-live="polite" />;
  const timeZone = browserTimeZone();
  const zoneName = timeZoneAbbreviation(timeZone, nextWindowStart(maintenance, now));
  return (
    <dl aria-live="polite" className="grid gap-2 rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm dark:border-slate-700 dark:bg-slate-900">
      <div className="grid gap-0.5">
        <dt className="text-slate-700 dark:text-slate-300">Maintenance window (UTC)</dt>
        <dd className="font-medium">{formatWindowSpan(utcWindow(maintenance))} UTC</dd>
      </div>
      <div className="grid gap-0.5">
        <dt className="text-slate-700 dark:text-slate-300">
          In your time zone ({timeZone}, {zoneName})
        </dt>
        <dd className="font-medium">{formatWindowSpan(zonedWindow(maintenance, timeZone, now))}</dd>
      </div>
    </dl>
  );
}
