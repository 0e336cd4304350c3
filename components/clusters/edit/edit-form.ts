// The edit form of a cluster: the contract's PATCH properties, with the fields the form always shows made
// required, and the PATCH body built from what the user actually changed (so a concurrent change to a field
// he did not touch is neither a conflict nor overwritten).
import { z } from 'zod';
import { CLUSTER_FIELD_OF } from '@/components/clusters/create/field-map';
import { formatMaintenanceWindow } from '@/lib/format/maintenance-window';
import { patchClusterPropertiesSchema, type Cluster, type ClusterResponse, type PatchClusterRequest } from '@/lib/api/clusters/schema';
import { maintenanceWindowSchema, resourceNameSchema, type Lan, type MaintenanceWindow } from '@/lib/api/common/schema';
import { lanFormSchema } from '@/lib/forms/lan-schema';
import { editFields } from '@/lib/forms/edit';
import { DEFAULT_MAINTENANCE_WINDOW } from '@/lib/forms/maintenance-window';
import { pickFields, type SubmitWords } from '@/lib/forms/submit-errors';

export const editClusterFormSchema = patchClusterPropertiesSchema.omit({ dataPlatformVersion: true }).extend({
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

export function clusterFormValues(cluster: ClusterResponse): EditClusterFormInput {
  const p = cluster.properties;
  return {
    name: p.name ?? '',
    maintenanceWindow: { ...(p.maintenanceWindow ?? DEFAULT_MAINTENANCE_WINDOW) },
    lans: (p.lans ?? []).map((lan) => ({ lanId: lan.lanId, dhcp: lan.dhcp, routes: (lan.routes ?? []).map((r) => ({ ...r })) })),
  };
}

/** LANs as the request sends them (and as they are compared): empty route lists left out. */
function lansForRequest(lans: readonly Lan[] | undefined): Lan[] {
  return (lans ?? []).map(({ lanId, dhcp, routes }) => ({
    lanId,
    dhcp,
    ...(routes && routes.length > 0 ? { routes: routes.map(({ network, gateway }) => ({ network, gateway })) } : {}),
  }));
}

const windowOnly = (value: unknown) => {
  const parsed = maintenanceWindowSchema.safeParse(value);
  return parsed.success ? { dayOfTheWeek: parsed.data.dayOfTheWeek, time: parsed.data.time } : value;
};

function describeLans(value: unknown): string {
  const lans = Array.isArray(value) ? (value as Lan[]) : [];
  if (lans.length === 0) return 'None';
  return lans
    .map((lan) => {
      const routes = lan.routes?.length ?? 0;
      return `LAN ${lan.lanId} (${lan.dhcp ? 'DHCP' : 'static'}${routes > 0 ? `, ${routes === 1 ? '1 route' : `${routes} routes`}` : ''})`;
    })
    .join(', ');
}

export const clusterFields = editFields<keyof Cluster>({
  name: { label: 'Name' },
  dataPlatformVersion: { label: 'Data Platform version' },
  datacenterId: { label: 'Data center' },
  maintenanceWindow: {
    label: 'Maintenance window',
    describe: (value) => formatMaintenanceWindow(maintenanceWindowSchema.safeParse(value).data),
    normalise: windowOnly,
  },
  lans: { label: 'LANs', describe: describeLans, normalise: (value) => lansForRequest(Array.isArray(value) ? (value as Lan[]) : undefined) },
});

/** The PATCH with only the fields that differ from the cluster as loaded; undefined when nothing changed. */
export function clusterPatch(values: EditClusterFormOutput, loaded: ClusterResponse): PatchClusterRequest | undefined {
  const window: MaintenanceWindow = { dayOfTheWeek: values.maintenanceWindow.dayOfTheWeek, time: values.maintenanceWindow.time };
  return clusterFields.patch({ name: values.name, maintenanceWindow: window, lans: lansForRequest(values.lans) }, loaded.properties);
}

/** Where the API's messages go in the edit form; version and data center are not in it (the upgrade dialog has the version). */
export const EDIT_CLUSTER_ERRORS = {
  fieldOf: pickFields(CLUSTER_FIELD_OF, ['name', 'maintenanceWindow', 'lans']),
  words: {
    failed: 'Nothing was saved',
    forbidden: 'You don’t have permission to change this cluster',
    gone: 'This cluster no longer exists',
    mayHave: 'The change may still have been applied',
    recheck: 'Check the cluster before you try again.',
    signedOut: 'Sign in again; what you entered is kept.',
  } satisfies SubmitWords,
};
