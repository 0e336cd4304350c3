'use client';

import { useState } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { MaintenanceWindowSummary } from '@/components/clusters/create-wizard/maintenance-window-summary';
import { NativeSelect } from '@/components/clusters/create-wizard/native-select';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { DAYS_OF_THE_WEEK, type MaintenanceWindow } from '@/lib/api/common/schema';
import { formatWindowSpan, fromTimeInputValue, MAINTENANCE_WINDOW_HOURS, toTimeInputValue, utcWindow } from '@/lib/forms/maintenance-window';

type MaintenanceValues = { maintenanceWindow: MaintenanceWindow };

/** The pool's weekly window in UTC (what the API stores), shown in the user's zone too; the cluster's is the default. */
export function MaintenanceFields({ clusterWindow }: { clusterWindow?: MaintenanceWindow }) {
  const { control, register, setValue, formState } = useFormContext<MaintenanceValues>();
  const maintenance = useWatch({ control, name: 'maintenanceWindow' });
  const errors = formState.errors.maintenanceWindow;
  // Controlled: the form keeps the contract's HH:MM:SS while the input shows HH:MM.
  const { field: time } = useController({ control, name: 'maintenanceWindow.time' });
  const [now] = useState(() => new Date());
  const sameAsCluster =
    clusterWindow !== undefined && maintenance.dayOfTheWeek === clusterWindow.dayOfTheWeek && maintenance.time === clusterWindow.time;

  return (
    <fieldset className="grid max-w-xl gap-4">
      <legend className="text-base font-semibold">Maintenance window</legend>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Once a week the platform may update this pool&apos;s nodes, for up to {MAINTENANCE_WINDOW_HOURS} hours from the start.
        {clusterWindow ? ` The cluster's window (${formatWindowSpan(utcWindow(clusterWindow))} UTC) is the default.` : null}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Day (UTC)" error={errors?.dayOfTheWeek?.message}>
          {(c) => (
            <NativeSelect {...c} {...register('maintenanceWindow.dayOfTheWeek')}>
              {DAYS_OF_THE_WEEK.map((day) => (
                <option key={day} value={day}>
                  {day}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Start time (UTC)" error={errors?.time ? 'Enter a start time, e.g. 02:00.' : undefined}>
          {(c) => (
            <Input
              {...c}
              type="time"
              step={60}
              ref={time.ref}
              name={time.name}
              value={toTimeInputValue(time.value)}
              onChange={(event) => time.onChange(fromTimeInputValue(event.target.value))}
              onBlur={time.onBlur}
            />
          )}
        </Field>
      </div>
      <MaintenanceWindowSummary maintenance={maintenance} now={now} />
      {clusterWindow && !sameAsCluster ? (
        <Button
          variant="outline"
          size="sm"
          className="w-fit"
          onClick={() => setValue('maintenanceWindow', { ...clusterWindow }, { shouldValidate: true, shouldDirty: true })}
        >
          Use the cluster&apos;s window
        </Button>
      ) : null}
    </fieldset>
  );
}
