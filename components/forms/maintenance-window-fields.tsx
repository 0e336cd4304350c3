'use client';

import { useState } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { MaintenanceWindowSummary } from '@/components/forms/maintenance-window-summary';
import { NativeSelect } from '@/components/ui/native-select';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { DAYS_OF_THE_WEEK, type MaintenanceWindow } from '@/lib/api/common/schema';
import { fromTimeInputValue, toTimeInputValue } from '@/lib/forms/maintenance-window';
import { LearnMore } from '@/components/shared/learn-more';

type MaintenanceValues = { maintenanceWindow: MaintenanceWindow };

type MaintenanceWindowFieldsProps = {
  /** Shown instead of the start time's own validation message (the contract's speaks of HH:MM:SS). */
  invalidTimeText?: string;
  /** Show the resulting window in UTC and in the browser's time zone under the fields. */
  withSummary?: boolean;
  /** A button that puts this window back, offered while the fields hold another one. */
  reset?: { to: MaintenanceWindow; label: string };
};

/**
 * Day and start time of the weekly window in UTC (what the API stores), for any form with a `maintenanceWindow`
 * field. The caller supplies the surrounding fieldset and its explanation.
 */
export function MaintenanceWindowFields({
  invalidTimeText = 'Enter a 24-hour time as HH:MM, e.g. 02:00.',
  withSummary = false,
  reset,
}: MaintenanceWindowFieldsProps) {
  const { control, register, setValue, formState } = useFormContext<MaintenanceValues>();
  const maintenance = useWatch({ control, name: 'maintenanceWindow' });
  // Controlled, because the form keeps the contract's HH:MM:SS while the input shows HH:MM.
  const { field: time, fieldState } = useController({ control, name: 'maintenanceWindow.time' });
  // A moment fixed for this visit: which daylight saving offset applies depends on the next occurrence.
  const [now] = useState(() => new Date());
  const isReset = reset !== undefined && maintenance.dayOfTheWeek === reset.to.dayOfTheWeek && maintenance.time === reset.to.time;

  return (
    <>
      <LearnMore concept="maintenanceWindow" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Day (UTC)" error={formState.errors.maintenanceWindow?.dayOfTheWeek?.message}>
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
        <Field
          label="Start time (UTC)"
          description="24-hour clock, HH:MM, e.g. 22:30."
          error={fieldState.error ? (invalidTimeText ?? fieldState.error.message) : undefined}
        >
          {(c) => (
            <Input
              {...c}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={8}
              className="max-w-40"
              ref={time.ref}
              name={time.name}
              value={toTimeInputValue(time.value)}
              onChange={(event) => time.onChange(fromTimeInputValue(event.target.value))}
              onBlur={time.onBlur}
            />
          )}
        </Field>
      </div>
      {withSummary ? <MaintenanceWindowSummary maintenance={maintenance} now={now} /> : null}
      {reset && !isReset ? (
        <Button
          variant="outline"
          size="sm"
          className="w-fit"
          onClick={() => setValue('maintenanceWindow', { ...reset.to }, { shouldValidate: true, shouldDirty: true })}
        >
          {reset.label}
        </Button>
      ) : null}
    </>
  );
}
