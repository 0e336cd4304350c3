import type { MaintenanceWindow } from '@/lib/api/common/schema';
import { maintenanceWindowSchema } from '@/lib/api/common/schema';
import { formatWindowSpan, nextWindowStart, timeZoneAbbreviation, timeZoneLabel, utcWindow, zonedWindow } from '@/lib/forms/maintenance-window';
import { localTimeZone } from '@/lib/format/date-time';

/** The four-hour window in UTC and in the browser's time zone (polite live region: it follows the inputs). */
export function MaintenanceWindowSummary({ maintenance, now }: { maintenance: MaintenanceWindow; now: Date }) {
  if (!maintenanceWindowSchema.safeParse(maintenance).success) return <div aria-live="polite" />;
  const timeZone = localTimeZone();
  const zoneName = timeZoneAbbreviation(timeZone, nextWindowStart(maintenance, now));
  return (
    <dl aria-live="polite" className="grid gap-2 rounded-lg border border-border-strong bg-subtle p-4 text-sm">
      <div className="grid gap-0.5">
        <dt className="text-muted-foreground">Maintenance window (UTC)</dt>
        <dd className="font-medium">{formatWindowSpan(utcWindow(maintenance))} UTC</dd>
      </div>
      <div className="grid gap-0.5">
        <dt className="text-muted-foreground">In your time zone ({timeZoneLabel(timeZone, zoneName)})</dt>
        <dd className="font-medium">{formatWindowSpan(zonedWindow(maintenance, timeZone, now))}</dd>
      </div>
    </dl>
  );
}
