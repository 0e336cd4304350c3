// The exact POST /clusters body the wizard sends: the review step shows it, the submit sends it.
import type { CreateClusterRequest } from '@/lib/api/clusters/schema';
import { createClusterFormSchema, type CreateClusterFormOutput } from '@/components/clusters/create/form-schema';

/** Builds the request from validated form values; empty route lists and an empty LAN list are left out. */
export function toCreateClusterRequest(values: CreateClusterFormOutput): CreateClusterRequest {
  const lans = values.lans.map(({ lanId, dhcp, routes }) => ({
    lanId,
    dhcp,
    ...(routes.length > 0 ? { routes: routes.map(({ network, gateway }) => ({ network, gateway })) } : {}),
  }));
  return {
    properties: {
      name: values.name,
      dataPlatformVersion: values.dataPlatformVersion,
      datacenterId: values.datacenterId,
      maintenanceWindow: { dayOfTheWeek: values.maintenanceWindow.dayOfTheWeek, time: values.maintenanceWindow.time },
      ...(lans.length > 0 ? { lans } : {}),
    },
  };
}

/** The request for the form's current values, or undefined while any of them is invalid. */
export function requestFromValues(values: unknown): CreateClusterRequest | undefined {
  const parsed = createClusterFormSchema.safeParse(values);
  return parsed.success ? toCreateClusterRequest(parsed.data) : undefined;
}
