// The create wizard's one form: the contract's create properties, made stricter where the UI always has an
// answer (a version is preselected, the maintenance window has a default, LANs are a list even when empty).
import { z } from 'zod';
import { clusterFormValues } from '@/components/clusters/edit/edit-form';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { createClusterPropertiesSchema } from '@/lib/api/clusters/schema';
import { datacenterIdSchema, maintenanceWindowSchema, versionSchema } from '@/lib/api/common/schema';
import { lanFormSchema } from '@/lib/forms/lan-schema';
import { DEFAULT_MAINTENANCE_WINDOW } from '@/lib/forms/maintenance-window';

export const createClusterFormSchema = createClusterPropertiesSchema.extend({
  // An empty select or radio group gets a sentence instead of the contract's pattern message.
  dataPlatformVersion: z.string().min(1, 'Choose a Data Platform version.').pipe(versionSchema),
  datacenterId: z.string().min(1, 'Choose a data center.').pipe(datacenterIdSchema),
  maintenanceWindow: maintenanceWindowSchema,
  lans: z.array(lanFormSchema),
  // Portal mode: the team the cluster will belong to (sent as ?team=, never in the body); empty in personal mode.
  team: z.string(),
});

export const TEAM_REQUIRED = 'Choose the team the cluster belongs to.';

/** Portal mode: the same form, and a team must be chosen. */
export const portalClusterFormSchema = createClusterFormSchema.extend({ team: z.string().min(1, TEAM_REQUIRED) });

export type CreateClusterFormInput = z.input<typeof createClusterFormSchema>;
export type CreateClusterFormOutput = z.output<typeof createClusterFormSchema>;

export function emptyCreateClusterForm(): CreateClusterFormInput {
  return { name: '', dataPlatformVersion: '', datacenterId: '', maintenanceWindow: { ...DEFAULT_MAINTENANCE_WINDOW }, lans: [], team: '' };
}

/**
 * The wizard prefilled from an existing cluster under a new `name` ("create a copy", "create again"); in portal mode
 * in the source's `team`, so a copy lands where the original is.
 */
export function formValuesFromCluster(cluster: ClusterResponse, name: string, team = ''): CreateClusterFormInput {
  const p = cluster.properties;
  return { ...clusterFormValues(cluster), name, dataPlatformVersion: p.dataPlatformVersion ?? '', datacenterId: p.datacenterId ?? '', team };
}
