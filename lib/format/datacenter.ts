import type { Datacenter } from '@/lib/api/datacenters/schema';

/** A data center's name and location for display, or only its id when the Cloud API did not list it. */
export function datacenterDisplay(
  datacenterId: string | undefined,
  datacenters: ReadonlyMap<string, Datacenter>,
): { name: string; location?: string; known: boolean } {
  if (!datacenterId) return { name: 'Unknown', known: false };
  const datacenter = datacenters.get(datacenterId);
  if (!datacenter) return { name: datacenterId, known: false };
  return { name: datacenter.properties.name || datacenterId, location: datacenter.properties.location, known: true };
}
