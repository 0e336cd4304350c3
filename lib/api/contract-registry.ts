// Every schema of `components.schemas` in the contract, by its contract name. The drift test walks this map.
import type { ZodType } from 'zod';
import * as common from '@/lib/api/common/schema';
import * as clusters from '@/lib/api/clusters/schema';
import * as nodepools from '@/lib/api/nodepools/schema';
import { versionListSchema } from '@/lib/api/versions/schema';
import { kubeconfigSchema } from '@/lib/api/kubeconfig/schema';

export const contractSchemas: Record<string, ZodType> = {
  ResourceName: common.resourceNameSchema,
  Version: common.versionSchema,
  DatacenterId: common.datacenterIdSchema,
  MaintenanceWindow: common.maintenanceWindowSchema,
  Route: common.routeSchema,
  Lan: common.lanSchema,
  AutoScaling: common.autoScalingSchema,
  AvailabilityZone: common.availabilityZoneSchema,
  StorageType: common.storageTypeSchema,
  KeyValueMap: common.keyValueMapSchema,
  Metadata: common.metadataSchema,
  ResourceState: common.resourceStateSchema,
  Cluster: clusters.clusterSchema,
  CreateClusterProperties: clusters.createClusterPropertiesSchema,
  CreateClusterRequest: clusters.createClusterRequestSchema,
  PatchClusterProperties: clusters.patchClusterPropertiesSchema,
  PatchClusterRequest: clusters.patchClusterRequestSchema,
  ClusterResponseData: clusters.clusterResponseSchema,
  ClusterListResponseData: clusters.clusterListResponseSchema,
  NodePool: nodepools.nodePoolSchema,
  CreateNodePoolProperties: nodepools.createNodePoolPropertiesSchema,
  CreateNodePoolRequest: nodepools.createNodePoolRequestSchema,
  PatchNodePoolProperties: nodepools.patchNodePoolPropertiesSchema,
  PatchNodePoolRequest: nodepools.patchNodePoolRequestSchema,
  NodePoolResponseData: nodepools.nodePoolResponseSchema,
  NodePoolListResponseData: nodepools.nodePoolListResponseSchema,
  VersionList: versionListSchema,
  Kubeconfig: kubeconfigSchema,
  ErrorMessage: common.errorMessageSchema,
  ErrorResponse: common.errorResponseSchema,
};
