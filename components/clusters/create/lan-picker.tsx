'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { LanFormValues } from '@/lib/forms/lan-schema';
import { LanRoutes } from '@/components/clusters/create/lan-routes';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { FieldMessage } from '@/components/ui/field';
import { datacenterQueries } from '@/lib/api/datacenters/queries';
import { LearnMore } from '@/components/shared/learn-more';

type LanOption = { id: string; name: string; detail: string };

/** Optional LANs of the data center; each attached one has its DHCP switch and routes. The create wizard and the edit form (any form with a `lans` list). */
export function LanPicker({ datacenterId }: { datacenterId: string }) {
  const { control, register, formState } = useFormContext<{ lans: LanFormValues[] }>();
  const lans = useQuery(datacenterQueries.lans(datacenterId));
  const { fields, append, remove } = useFieldArray({ control, name: 'lans' });
  const baseId = useId();

  const listed: LanOption[] = (lans.data?.items ?? []).map((lan) => ({
    id: lan.id,
    name: lan.properties.name || `LAN ${lan.id}`,
    detail: `LAN ${lan.id} · ${lan.properties.public ? 'public' : 'private'}`,
  }));
  // A restored draft may name a LAN that is gone: keep it visible so it can be removed.
  const missing: LanOption[] = lans.data
    ? fields
        .filter((f) => !listed.some((lan) => lan.id === f.lanId))
        .map((f) => ({ id: f.lanId, name: `LAN ${f.lanId}`, detail: 'Not found in this data center' }))
    : [];

  function body() {
    if (!lans.data) {
      if (lans.isError) {
        return <QueryError title="The LANs could not be loaded" error={lans.error} onRetry={() => void lans.refetch()} retrying={lans.isFetching} />;
      }
      return <LoadingBlock label="Loading the data center's LANs…" />;
    }
    const options = [...listed, ...missing];
    if (options.length === 0) return <p className="text-sm text-muted-foreground">This data center has no LANs.</p>;
    return (
      <ul className="grid gap-3">
        {options.map((lan) => {
          const index = fields.findIndex((f) => f.lanId === lan.id);
          const lanErrors = index >= 0 ? formState.errors.lans?.[index] : undefined;
          const errorId = `${baseId}-${lan.id}-error`;
          const message = lanErrors?.lanId?.message ?? lanErrors?.dhcp?.message;
          return (
            <li key={lan.id} className="grid gap-3 rounded-lg border border-border-strong p-3">
              <label className="flex cursor-pointer items-start gap-3 text-sm">
                <input
                  type="checkbox"
                  checked={index >= 0}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? errorId : undefined}
                  onChange={(event) =>
                    event.target.checked ? append({ lanId: lan.id, dhcp: true, routes: [] }, { shouldFocus: false }) : remove(index)
                  }
                  className="mt-0.5 size-4 accent-blue-700 dark:accent-blue-400"
                />
                <span className="grid gap-0.5">
                  <span className="font-medium">{lan.name}</span>
                  <span className="text-muted-foreground">{lan.detail}</span>
                </span>
              </label>
              <FieldMessage id={errorId} message={message} />
              {index >= 0 ? (
                <fieldset className="grid gap-4 border-l-2 border-border pl-4 sm:ml-7">
                  <legend className="sr-only">LAN {lan.name}</legend>
                  <label className="flex cursor-pointer items-start gap-3 text-sm">
                    <input type="checkbox" className="mt-0.5 size-4 accent-blue-700 dark:accent-blue-400" {...register(`lans.${index}.dhcp`)} />
                    <span className="grid gap-0.5">
                      <span className="font-medium">DHCP</span>
                      <span className="text-muted-foreground">Nodes get their address on this LAN by DHCP.</span>
                    </span>
                  </label>
                  {/* Keyed by index too: a field array cannot change its name, so a shifted LAN remounts its routes. */}
                  <LanRoutes key={`${lan.id}-${index}`} lanIndex={index} />
                </fieldset>
              ) : null}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1 text-sm font-medium text-secondary-foreground">LANs (optional)</legend>
      <p className="-mt-2 text-xs text-subtle-foreground">
        Existing LANs of this data center that the cluster&apos;s nodes join, for example to reach your own services.
      </p>
      <LearnMore concept="lans" />
      {body()}
    </fieldset>
  );
}
