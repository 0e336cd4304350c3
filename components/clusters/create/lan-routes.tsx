'use client';

import { useFieldArray, useFormContext } from 'react-hook-form';
import type { LanFormValues } from '@/lib/forms/lan-schema';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { CIDR_EXAMPLE, GATEWAY_EXAMPLE } from '@/lib/forms/ip';

/** The routes of one attached LAN: network (CIDR) and gateway pairs, each validated as typed. */
export function LanRoutes({ lanIndex }: { lanIndex: number }) {
  const { control, register, formState } = useFormContext<{ lans: LanFormValues[] }>();
  const { fields, append, remove } = useFieldArray({ control, name: `lans.${lanIndex}.routes` });
  const errors = formState.errors.lans?.[lanIndex]?.routes;

  return (
    <div className="grid gap-3">
      <div className="grid gap-0.5">
        <p className="text-sm font-medium text-secondary-foreground">Routes</p>
        <p className="text-xs text-subtle-foreground">
          Optional. Networks the nodes reach through this LAN, each through a gateway, e.g. 10.1.0.0/16 via 10.0.0.1.
        </p>
      </div>
      {fields.length > 0 ? (
        <ol className="grid gap-3">
          {fields.map((route, routeIndex) => {
            const base = `lans.${lanIndex}.routes.${routeIndex}` as const;
            const routeErrors = errors?.[routeIndex];
            return (
              <li key={route.id}>
                <fieldset className="grid gap-3 rounded-md border border-border-strong p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
                  <legend className="px-1 text-xs font-medium text-muted-foreground">Route {routeIndex + 1}</legend>
                  {/* Examples go in the hint, not a placeholder: a grey 10.1.0.0/16 read as a value already filled in. */}
                  <Field label="Network (CIDR)" description={CIDR_EXAMPLE} error={routeErrors?.network?.message}>
                    {(fieldControl) => <Input {...fieldControl} autoComplete="off" spellCheck={false} {...register(`${base}.network`)} />}
                  </Field>
                  <Field label="Gateway" description={GATEWAY_EXAMPLE} error={routeErrors?.gateway?.message}>
                    {(fieldControl) => <Input {...fieldControl} autoComplete="off" spellCheck={false} {...register(`${base}.gateway`)} />}
                  </Field>
                  <Button
                    variant="ghost"
                    size="sm"
                    className="sm:mt-6"
                    aria-label={`Remove route ${routeIndex + 1}`}
                    onClick={() => remove(routeIndex)}
                  >
                    Remove
                  </Button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : null}
      {errors?.root?.message || errors?.message ? (
        <p className="text-sm font-medium text-red-700 dark:text-red-300">{errors.root?.message ?? errors.message}</p>
      ) : null}
      <div>
        <Button variant="outline" size="sm" onClick={() => append({ network: '', gateway: '' })}>
          Add route
        </Button>
      </div>
    </div>
  );
}
