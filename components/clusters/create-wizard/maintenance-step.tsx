'use client';

import { useState } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { MaintenanceWindowSummary } from '@/components/clusters/create-wizard/maintenance-window-summary';
import { NativeSelect } from '@/components/clusters/create-wizard/native-select';
import { useWizardForm } from '@/components/clusters/create-wizard/use-wizard-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { DAYS_OF_THE_WEEK } from '@/lib/api/common/schema';
import { DEFAULT_MAINTENANCE_WINDOW, fromTimeInputValue, toTimeInputValue } from '@/lib/forms/maintenance-window';

/** Day and start time of the weekly window, entered in UTC (what the API stores) and shown in both zones. */
export function MaintenanceStep() {
  const { control, register, setValue, formState } = useWizardForm();
  const maintenance = useWatch({ control, name: 'maintenanceWindow' });
  const errors = formState.errors.maintenanceWindow;
  // Controlled, because the form keeps the contract's HH:MM:SS while the input shows HH:MM.
  const { field: timeField } = useController({ control, name: 'maintenanceWindow.time' });
  // A moment fixed for this visit: which daylight saving offset applies depends on the next occurrence.
  const [now] = useState(() => new Date());
  const isDefault =
    maintenance.dayOfTheWeek === DEFAULT_MAINTENANCE_WINDOW.dayOfTheWeek && maintenance.time === DEFAULT_MAINTENANCE_WINDOW.time;

  return (
    <div className="grid max-w-xl gap-6">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Once a week the platform may update the cluster in a window of four hours. Pick a time when little happens on it.
        The window is kept in UTC, so in your time zone it may move by an hour when daylight saving time changes.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Day (UTC)" error={errors?.dayOfTheWeek?.message}>
          {(fieldControl) => (
            <NativeSelect {...fieldControl} {...register('maintenanceWindow.dayOfTheWeek')}>
              {DAYS_OF_THE_WEEK.map((day) => (
                <option key={day} value={day}>
                  {day}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Start time (UTC)" error={errors?.time ? 'Enter a start time, e.g. 02:00.' : undefined}>
          {(fieldControl) => (
            <Input
              {...fieldControl}
              type="time"
              step={60}
              ref={timeField.ref}
              name={timeField.name}
              value={toTimeInputValue(timeField.value)}
              onChange={(event) => timeField.onChange(fromTimeInputValue(event.target.value))}
              onBlur={timeField.onBlur}
            />
          )}
        </Field>
      </div>
      <MaintenanceWindowSummary maintenance={maintenance} now={now} />
      {isDefault ? null : (
        <div>
          <Button
            variant="outline"
            size="sm"
            onClick={() => setValue('maintenanceWindow', { ...DEFAULT_MAINTENANCE_WINDOW }, { shouldValidate: true, shouldDirty: true })}
          >
            Use the default (Sunday 02:00 UTC)
          </Button>
        </div>
      )}
    </div>
  );
}
