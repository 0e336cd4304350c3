// Shared building blocks of the Data Platform API 1.1 contract (../shared/api/dataplatform.openapi.yaml).
// Every schema here mirrors one entry of `components.schemas`; test/contract/schemas.test.ts keeps them in step.
import { z } from 'zod';

export const RESOURCE_STATES = [
  'AVAILABLE',
  'BUSY',
  'DEPLOYING',
  'FAILED',
  'UPDATING',
  'FAILED_UPDATING',
  'DESTROYING',
  'FAILED_DESTROYING',
  'TERMINATED',
] as const;
export const resourceStateSchema = z.enum(RESOURCE_STATES);
export type ResourceState = z.infer<typeof resourceStateSchema>;

/** States in which the platform is still working on the resource: poll fast, refuse further changes. */
export const TRANSITIONAL_STATES: ReadonlySet<ResourceState> = new Set(['DEPLOYING', 'UPDATING', 'BUSY', 'DESTROYING']);

export const RESOURCE_NAME_PATTERN = /^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$/;
export const resourceNameSchema = z
  .string()
  .min(2, 'Use at least 2 characters.')
  .max(63, 'Use at most 63 characters.')
  .regex(RESOURCE_NAME_PATTERN, "Start and end with a letter or digit; use only letters, digits, '-', '_' and '.' in between.");

export const versionSchema = z
  .string()
  .max(32, 'A version has at most 32 characters.')
  .regex(/^[-A-Za-z0-9_.]*$/, "A version uses only letters, digits, '-', '_' and '.'.");

export const datacenterIdSchema = z
  .string()
  .min(32)
  .max(36)
  .regex(/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/, 'Not a data center ID (a lowercase UUID).');

export const DAYS_OF_THE_WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const dayOfTheWeekSchema = z.enum(DAYS_OF_THE_WEEK);
export type DayOfTheWeek = z.infer<typeof dayOfTheWeekSchema>;

export const maintenanceWindowSchema = z.object({
  time: z.string().regex(/^(?:[01]\d|2[0-3]):(?:[0-5]\d):(?:[0-5]\d)$/, 'Use 24-hour HH:MM:SS.'),
  dayOfTheWeek: dayOfTheWeekSchema,
});
export type MaintenanceWindow = z.infer<typeof maintenanceWindowSchema>;

export const routeSchema = z.object({
  network: z.string(),
  gateway: z.string(),
});
export type Route = z.infer<typeof routeSchema>;

export const lanSchema = z.object({
  lanId: z.string(),
  dhcp: z.boolean().default(true),
  routes: z.array(routeSchema).optional(),
});
export type Lan = z.infer<typeof lanSchema>;

export const autoScalingSchema = z
  .object({
    minNodeCount: z.int().min(1).max(2147483647),
    maxNodeCount: z.int().min(1).max(2147483647),
  })
  .refine((a) => a.minNodeCount <= a.maxNodeCount, {
    message: 'The minimum node count cannot exceed the maximum.',
    path: ['maxNodeCount'],
  });
export type AutoScaling = z.infer<typeof autoScalingSchema>;

export const availabilityZoneSchema = z.enum(['AUTO', 'ZONE_1', 'ZONE_2']).default('AUTO');
export const storageTypeSchema = z.enum(['HDD', 'SSD']).default('SSD');

export const keyValueMapSchema = z.record(z.string(), z.string());
export type KeyValueMap = z.infer<typeof keyValueMapSchema>;

// Nested objects drop unknown fields (responses may carry more than the contract names); request bodies are
// strict at their top level (see the resource modules), so nothing outside the contract is ever forwarded.
export const metadataSchema = z.object({
  ETag: z.string().optional(),
  createdDate: z.iso.datetime({ offset: true }).optional(),
  createdBy: z.string().optional(),
  createdByUserId: z.string().optional(),
  createdInContractNumber: z.string().optional(),
  lastModifiedDate: z.iso.datetime({ offset: true }).optional(),
  lastModifiedBy: z.string().optional(),
  lastModifiedByUserId: z.string().optional(),
  currentDataPlatformVersion: z.string().optional(),
  currentDataPlatformRevision: z.int().optional(),
  availableUpgradeVersions: z.array(z.string()).optional(),
  state: resourceStateSchema.optional(),
});
export type Metadata = z.infer<typeof metadataSchema>;

export const errorMessageSchema = z.object({
  errorCode: z.string().optional(),
  message: z.string().optional(),
});
export const errorResponseSchema = z.object({
  httpStatus: z.int().optional(),
  messages: z.array(errorMessageSchema).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** Path ids: the contract says `format: uuid`; the BFF accepts the canonical lowercase form only. */
export const uuidSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'Not a lowercase UUID.');

/** Query parameter `name` of GET /clusters. */
export const clusterNameFilterSchema = z
  .string()
  .max(63, 'A name filter has at most 63 characters.')
  .regex(/^[-A-Za-z0-9_.]*$/, "A name filter uses only letters, digits, '-', '_' and '.'.");
