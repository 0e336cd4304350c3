// The edit form of a cluster: the contract's PATCH properties, with the fields the form always shows made
// required, and the PATCH body built from what the user actually changed (so a concurrent change to a field
// he did not touch is neither a conflict nor overwritten).
import { z } from 'zod';
import { fieldErrorFromMessage } from '@/components/clusters/create-wizard/server-errors';
import { formatMaintenanceWindow } from '@/lib/format/maintenance-window';
import { patchClusterPropertiesSchema, type Cluster, type ClusterResponse, type PatchClusterRequest } from '@/lib/api/clusters/schema';
import { maintenanceWindowSchema, resourceNameSchema, type Lan, type MaintenanceWindow } from '@/lib/api/common/schema';
import { lanFormSchema } from '@/lib/forms/lan-schema';
import { DEFAULT_MAINTENANCE_WINDOW } from '@/lib/forms/maintenance-window';

export const editClusterFormSchema = patchClusterPropertiesSchema
  .omit({ dataPlatformVersion: true })
  .extend({
    name: resourceNameSchema,
    maintenanceWindow: maintenanceWindowSchema,
    lans: z.array(lanFormSchema).superRefine((lans, ctx) => {
      const seen = new Map<string, number>();
      lans.forEach((lan, index) => {
        const first = seen.get(lan.lanId);
        if (first === undefined) seen.set(lan.lanId, index);
        else ctx.addIssue({ code: 'custom', path: [index, 'lanId'], message: `LAN ${lan.lanId} is already joined above (entry ${first + 1}).` });
      });
    }),
  });
export type EditClusterFormInput = z.input<typeof editClusterFormSchema>;
export type EditClusterFormOutput = z.output<typeof editClusterFormSchema>;

export function formValuesFrom(cluster: ClusterResponse): EditClusterFormInput {
  const p = cluster.properties;
  return {
    name: p.name ?? '',
    maintenanceWindow: { ...(p.maintenanceWindow ?? DEFAULT_MAINTENANCE_WINDOW) },
    lans: (p.lans ?? []).map((lan) => ({ lanId: lan.lanId, dhcp: lan.dhcp, routes: (lan.routes ?? []).map((r) => ({ ...r })) })),
  };
}

/** LANs as the request sends them: empty route lists left out. */
function lansForRequest(lans: EditClusterFormOutput['lans']): Lan[] {
  return lans.map(({ lanId, dhcp, routes }) => ({
    lanId,
    dhcp,
    ...(routes.length > 0 ? { routes: routes.map(({ network, gateway }) => ({ network, gateway })) } : {}),
  }));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function normalisedLans(lans: readonly Lan[] | undefined): Lan[] {
  return (lans ?? []).map(({ lanId, dhcp, routes }) => ({ lanId, dhcp, ...(routes && routes.length > 0 ? { routes } : {}) }));
}

/** The PATCH with only the fields that differ from the cluster as loaded; undefined when nothing changed. */
export function patchFromForm(values: EditClusterFormOutput, loaded: ClusterResponse): PatchClusterRequest | undefined {
  const before = loaded.properties;
  const properties: PatchClusterRequest['properties'] = {};
  if (values.name !== before.name) properties.name = values.name;
  const window: MaintenanceWindow = { dayOfTheWeek: values.maintenanceWindow.dayOfTheWeek, time: values.maintenanceWindow.time };
  if (!same(window, before.maintenanceWindow && { dayOfTheWeek: before.maintenanceWindow.dayOfTheWeek, time: before.maintenanceWindow.time })) {
    properties.maintenanceWindow = window;
  }
  const lans = lansForRequest(values.lans);
  if (!same(lans, normalisedLans(before.lans))) properties.lans = lans;
  return Object.keys(properties).length > 0 ? { properties } : undefined;
}

export const FIELD_LABELS: Record<keyof Cluster, string> = {
  name: 'Name',
  dataPlatformVersion: 'Data Platform version',
  datacenterId: 'Data center',
  maintenanceWindow: 'Maintenance window',
  lans: 'LANs',
};

/** A field's value in one line, for the table of concurrent changes. */
export function describeFieldValue(field: keyof Cluster, value: unknown): string {
  if (value === undefined || value === null) return 'Not set';
  if (field === 'maintenanceWindow') {
    const parsed = maintenanceWindowSchema.safeParse(value);
    return parsed.success ? formatMaintenanceWindow(parsed.data) : 'Not set';
  }
  if (field === 'lans') {
    const lans = Array.isArray(value) ? (value as Lan[]) : [];
    if (lans.length === 0) return 'None';
    return lans
      .map((lan) => {
        const routes = lan.routes?.length ?? 0;
        return `LAN ${lan.lanId} (${lan.dhcp ? 'DHCP' : 'static'}${routes > 0 ? `, ${routes === 1 ? '1 route' : `${routes} routes`}` : ''})`;
      })
      .join(', ');
  }
  return String(value);
}

/** API messages that name a form field (`properties.lans.0.lanId: …`); the rest stays for a banner. */
export function splitApiMessages(texts: readonly string[]): { fields: { field: string; message: string }[]; rest: string[] } {
  const fields: { field: string; message: string }[] = [];
  const rest: string[] = [];
  for (const text of texts) {
    const error = fieldErrorFromMessage(text);
    if (error && error.field !== 'dataPlatformVersion' && error.field !== 'datacenterId') fields.push(error);
    else rest.push(text);
  }
  return { fields, rest };
}
