'use client';

import { useFieldArray, useFormContext } from 'react-hook-form';
import type { EditClusterFormInput } from '@/components/clusters/edit/edit-form';
import { NativeSelect } from '@/components/ui/native-select';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { LanSummary } from '@/lib/api/datacenters/schema';
import { CIDR_EXAMPLE } from '@/lib/forms/ip';
import { LearnMore } from '@/components/shared/learn-more';

function lanLabel(lan: LanSummary): string {
  return `LAN ${lan.id}${lan.properties.name ? ` · ${lan.properties.name}` : ''}${lan.properties.public ? ' (public)' : ''}`;
}

function RouteRows({ lanIndex, lanNumber }: { lanIndex: number; lanNumber: number }) {
  const { control, register, formState } = useFormContext<EditClusterFormInput>();
  const routes = useFieldArray({ control, name: `lans.${lanIndex}.routes` });
  const errors = formState.errors.lans?.[lanIndex]?.routes;
  return (
    <div className="grid gap-3">
      {routes.fields.map((route, index) => (
        <fieldset key={route.id} className="grid gap-3 rounded-md border border-border p-3 sm:grid-cols-[1fr_1fr_auto]">
          <legend className="px-1 text-xs font-medium">
            Route {index + 1} of LAN entry {lanNumber}
          </legend>
          <Field label="Network (CIDR)" description={CIDR_EXAMPLE} error={errors?.[index]?.network?.message}>
            {(c) => <Input {...c} {...register(`lans.${lanIndex}.routes.${index}.network`)} autoComplete="off" spellCheck={false} />}
          </Field>
          <Field label="Gateway" error={errors?.[index]?.gateway?.message}>
            {(c) => <Input {...c} {...register(`lans.${lanIndex}.routes.${index}.gateway`)} autoComplete="off" spellCheck={false} />}
          </Field>
          <Button variant="ghost" size="sm" className="self-end" onClick={() => routes.remove(index)}>
            Remove route {index + 1}
          </Button>
        </fieldset>
      ))}
      <Button variant="outline" size="sm" className="w-fit" onClick={() => routes.append({ network: '', gateway: '' })}>
        Add a route to LAN entry {lanNumber}
      </Button>
    </div>
  );
}

type LanEditorProps = {
  /** The data center's LANs; undefined while loading or when they could not be read. */
  options: readonly LanSummary[] | undefined;
  optionsNote?: string;
};

/** The LANs the cluster joins: which LAN, DHCP or static addresses, and static routes. */
export function LanEditor({ options, optionsNote }: LanEditorProps) {
  const { control, register, formState, watch } = useFormContext<EditClusterFormInput>();
  const lans = useFieldArray({ control, name: 'lans' });
  const values = watch('lans');
  const errors = formState.errors.lans;

  return (
    <fieldset className="grid gap-4">
      <legend className="text-base font-semibold">LANs</legend>
      <p className="text-sm text-muted-foreground">LANs of the cluster’s data center the cluster joins, for reaching services in that data center.</p>
      <LearnMore concept="lans" />
      {optionsNote ? <p className="text-sm text-amber-800 dark:text-amber-200">{optionsNote}</p> : null}
      {lans.fields.length === 0 ? <p className="text-sm">The cluster joins no LAN.</p> : null}
      {lans.fields.map((lan, index) => {
        const current = values?.[index]?.lanId ?? '';
        // The LAN already joined stays selectable even when the Cloud API did not list it.
        const known = options?.some((o) => o.id === current);
        return (
          <fieldset key={lan.id} className="grid gap-3 rounded-lg border border-border p-4">
            <legend className="px-1 text-sm font-semibold">LAN entry {index + 1}</legend>
            <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
              <Field label={`LAN of entry ${index + 1}`} error={errors?.[index]?.lanId?.message}>
                {(c) => (
                  <NativeSelect {...c} {...register(`lans.${index}.lanId`)}>
                    <option value="">Choose a LAN</option>
                    {current && !known ? <option value={current}>LAN {current}</option> : null}
                    {options?.map((o) => (
                      <option key={o.id} value={o.id}>
                        {lanLabel(o)}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              </Field>
              <label className="flex h-9 items-center gap-2 text-sm">
                <input type="checkbox" className="size-4 accent-blue-700" {...register(`lans.${index}.dhcp`)} />
                DHCP on LAN entry {index + 1}
              </label>
            </div>
            <RouteRows lanIndex={index} lanNumber={index + 1} />
            <Button variant="ghost" size="sm" className="w-fit" onClick={() => lans.remove(index)}>
              Remove LAN entry {index + 1}
            </Button>
          </fieldset>
        );
      })}
      <Button variant="outline" size="sm" className="w-fit" onClick={() => lans.append({ lanId: '', dhcp: true, routes: [] })}>
        Add a LAN
      </Button>
    </fieldset>
  );
}
