// The exact POST /clusters/{id}/nodepools body the wizard sends: the review step shows it, the submit sends it.
import { createNodePoolFormSchema, type CreateNodePoolFormOutput } from '@/components/nodepools/create/form-schema';
import { autoScalingFrom } from '@/components/nodepools/form/form-rules';
import type { CpuArchitecture } from '@/lib/api/datacenters/schema';
import type { CreateNodePoolRequest } from '@/lib/api/nodepools/schema';
import { entriesToMap } from '@/lib/forms/kubernetes';

/** The exact POST body: empty label and annotation maps are left out, RAM goes in MB. */
export function toCreateNodePoolRequest(values: CreateNodePoolFormOutput): CreateNodePoolRequest {
  const autoScaling = autoScalingFrom(values);
  return {
    properties: {
      name: values.name,
      nodeCount: values.nodeCount,
      cpuFamily: values.cpuFamily,
      coresCount: values.coresCount,
      ramSize: values.ramGb * 1024,
      availabilityZone: values.availabilityZone,
      storageType: values.storageType,
      storageSize: values.storageSize,
      maintenanceWindow: { dayOfTheWeek: values.maintenanceWindow.dayOfTheWeek, time: values.maintenanceWindow.time },
      ...(values.labels.length > 0 ? { labels: entriesToMap(values.labels) } : {}),
      ...(values.annotations.length > 0 ? { annotations: entriesToMap(values.annotations) } : {}),
      ...(autoScaling ? { autoScaling } : {}),
    },
  };
}

/** The request for the form's current values, or undefined while any of them is invalid. */
export function poolRequestFromValues(values: unknown, architectures?: readonly CpuArchitecture[]): CreateNodePoolRequest | undefined {
  const parsed = createNodePoolFormSchema(architectures).safeParse(values);
  return parsed.success ? toCreateNodePoolRequest(parsed.data) : undefined;
}
