// Node pool schemas of the Data Platform API 1.1 contract.
import { z } from 'zod';
import {
  autoScalingSchema,
  availabilityZoneSchema,
  datacenterIdSchema,
  keyValueMapSchema,
  maintenanceWindowSchema,
  metadataSchema,
  resourceNameSchema,
  storageTypeSchema,
  versionSchema,
} from '@/lib/api/common/schema';

const int32 = () => z.int().max(2147483647);
export const cpuFamilySchema = z
  .string()
  .max(32, 'A CPU family has at most 32 characters.')
  .regex(/^[-A-Za-z0-9_.]*$/, "A CPU family uses only letters, digits, '-', '_' and '.'.");
export const nodeCountSchema = int32().min(1, 'A pool has at least 1 node.');
export const coresCountSchema = int32().min(1, 'A node has at least 1 core.');
export const ramSizeSchema = int32()
  .min(2048, 'A node has at least 2048 MB of RAM.')
  .multipleOf(1024, 'RAM is given in whole GB (multiples of 1024 MB).');
export const storageSizeSchema = int32().min(10, 'A node has at least 10 GB of storage.');

export const nodePoolSchema = z.object({
  name: resourceNameSchema.optional(),
  dataPlatformVersion: versionSchema.optional(),
  datacenterId: datacenterIdSchema.optional(),
  nodeCount: nodeCountSchema.optional(),
  cpuFamily: cpuFamilySchema.default('AUTO'),
  coresCount: coresCountSchema.default(4),
  ramSize: ramSizeSchema.default(4096),
  availabilityZone: availabilityZoneSchema,
  storageType: storageTypeSchema,
  storageSize: storageSizeSchema.default(20),
  maintenanceWindow: maintenanceWindowSchema.optional(),
  labels: keyValueMapSchema.optional(),
  annotations: keyValueMapSchema.optional(),
  autoScaling: autoScalingSchema.optional(),
});
export type NodePool = z.infer<typeof nodePoolSchema>;

export const createNodePoolPropertiesSchema = z.strictObject({
  name: resourceNameSchema,
  nodeCount: nodeCountSchema,
  cpuFamily: cpuFamilySchema.default('AUTO'),
  coresCount: coresCountSchema.default(4),
  ramSize: ramSizeSchema.default(4096),
  availabilityZone: availabilityZoneSchema,
  storageType: storageTypeSchema,
  storageSize: storageSizeSchema.default(20),
  maintenanceWindow: maintenanceWindowSchema.optional(),
  labels: keyValueMapSchema.optional(),
  annotations: keyValueMapSchema.optional(),
  autoScaling: autoScalingSchema.optional(),
});
export const createNodePoolRequestSchema = z.strictObject({ properties: createNodePoolPropertiesSchema });
export type CreateNodePoolRequest = z.infer<typeof createNodePoolRequestSchema>;
export type CreateNodePoolRequestInput = z.input<typeof createNodePoolRequestSchema>;

export const patchNodePoolPropertiesSchema = z.strictObject({
  nodeCount: nodeCountSchema.optional(),
  maintenanceWindow: maintenanceWindowSchema.optional(),
  labels: keyValueMapSchema.optional(),
  annotations: keyValueMapSchema.optional(),
  /** `null` switches autoscaling off. */
  autoScaling: autoScalingSchema.nullable().optional(),
});
export const patchNodePoolRequestSchema = z.strictObject({ properties: patchNodePoolPropertiesSchema });
export type PatchNodePoolRequest = z.infer<typeof patchNodePoolRequestSchema>;

export const nodePoolResponseSchema = z.object({
  id: z.string(),
  type: z.string().optional(),
  href: z.string().optional(),
  metadata: metadataSchema,
  properties: nodePoolSchema,
});
export type NodePoolResponse = z.infer<typeof nodePoolResponseSchema>;

export const nodePoolListResponseSchema = z.object({
  id: z.string().optional(),
  type: z.string().optional(),
  href: z.string().optional(),
  items: z.array(nodePoolResponseSchema),
});
export type NodePoolListResponse = z.infer<typeof nodePoolListResponseSchema>;
