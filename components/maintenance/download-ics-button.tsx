'use client';

import { Button } from '@/components/ui/button';
import { saveFile } from '@/lib/browser/save-file';
import { ICS_MEDIA_TYPE, maintenanceCalendar } from '@/lib/calendar/ics';
import { maintenanceEvents } from '@/lib/calendar/resources';
import type { MaintenanceResource } from '@/lib/calendar/week-layout';

export const ICS_FILE_NAME = 'dataplatform-maintenance.ics';

/**
 * The calendar as a file, made in the browser from what the page shows. There is no subscription URL: a calendar
 * app fetches it without the console's session, so it would have to carry a credential in the URL.
 */
export function DownloadIcsButton({ resources, now, disabled }: { resources: readonly MaintenanceResource[]; now: Date; disabled: boolean }) {
  function download() {
    const ics = maintenanceCalendar(maintenanceEvents(resources, window.location.origin), now);
    saveFile(new Blob([ics], { type: ICS_MEDIA_TYPE }), ICS_FILE_NAME);
  }
  return (
    <Button variant="outline" onClick={download} disabled={disabled || resources.length === 0}>
      Download .ics
    </Button>
  );
}
