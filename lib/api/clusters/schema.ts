// Cluster schemas of the Data Platform API 1.1 contract.
import { z } from 'zod';
import { datacenterIdSchema, lanSchema, maintenanceWindowSchema, metadataSchema, resourceNameSchema, versionSchema } from '@/lib/api/common/schema';

export const clusterSchema = z.object({
  name: resourceNameSchema.optional(),
  dataPlatformVersion: versionSchema.optional(),
  datacenterId: datacenterIdSchema.optional(),
  maintenanceWindow: maintenanceWindowSchema.optional(),
  lans: z.array(lanSchema).optional(),
});
export type Cluster = z.infer<typeof clusterSchema>;

export const createClusterPropertiesSchema = z.strictObject({
  name: resourceNameSchema,
  dataPlatformVersion: versionSchema.optional(),
  datacenterId: datacenterIdSchema,
  maintenanceWindow: maintenanceWindowSchema.optional(),
  lans: z.array(lanSchema).optional(),
});
export const createClusterRequestSchema = z.strictObject({ properties: createClusterPropertiesSchema });
export type CreateClusterRequest = z.infer<typeof createClusterRequestSchema>;

export const patchClusterPropertiesSchema = z.strictObject({
  name: resourceNameSchema.optional(),
  dataPlatformVersion: versionSchema.optional(),
  maintenanceWindow: maintenanceWindowSchema.optional(),
  lans: z.array(lanSchema).optional(),
});
export const patchClusterRequestSchema = z.strictObject({ properties: patchClusterPropertiesSchema });
export type PatchClusterRequest = z.infer<typeof patchClusterRequestSchema>;

export const clusterResponseSchema = z.object({
  id: z.string(),
  type: z.string().optional(),
  href: z.string().optional(),
  metadata: metadataSchema,
  properties: clusterSchema,
});
export type ClusterResponse = z.infer<typeof clusterResponseSchema>;

export const clusterListResponseSchema = z.object({
  id: z.string().optional(),
  type: z.string().optional(),
  href: z.string().optional(),
  items: z.array(clusterResponseSchema),
});
export type ClusterListResponse = z.infer<typeof clusterListResponseSchema>;
