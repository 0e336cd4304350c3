// From the API's clusters and node pools to the calendar's resources, their console pages and their .ics events.
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import type { CalendarEvent } from '@/lib/calendar/ics';
import type { MaintenanceResource } from '@/lib/calendar/week-layout';
import { formatWindowSpan, MAINTENANCE_WINDOW_HOURS, utcWindow } from '@/lib/forms/maintenance-window';
import { clusterHref, nodePoolHref } from '@/lib/routes';

/**
 * Every cluster and node pool with a maintenance window, ordered by cluster name then pool name. `pools` holds
 * the loaded pool lists by cluster id; a cluster whose pools did not load shows only itself.
 */
export function maintenanceResources(
  clusters: readonly ClusterResponse[],
  pools: ReadonlyMap<string, readonly NodePoolResponse[]>,
): MaintenanceResource[] {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return [...clusters]
    .map((cluster) => ({ cluster, name: cluster.properties.name ?? cluster.id }))
    .sort(byName)
    .flatMap(({ cluster, name: clusterName }) => {
      const own: MaintenanceResource[] = cluster.properties.maintenanceWindow
        ? [
            {
              key: cluster.id,
              kind: 'cluster',
              name: clusterName,
              clusterId: cluster.id,
              clusterName,
              datacenterId: cluster.properties.datacenterId,
              window: cluster.properties.maintenanceWindow,
            },
          ]
        : [];
      const poolResources = (pools.get(cluster.id) ?? []).flatMap((pool): MaintenanceResource[] => {
        const window = pool.properties.maintenanceWindow;
        if (!window) return [];
        return [
          {
            key: `${cluster.id}/${pool.id}`,
            kind: 'nodepool',
            name: pool.properties.name ?? pool.id,
            clusterId: cluster.id,
            clusterName,
            nodePoolId: pool.id,
            datacenterId: pool.properties.datacenterId ?? cluster.properties.datacenterId,
            window,
          },
        ];
      });
      return [...own, ...poolResources.sort(byName)];
    });
}

/** The resource's console page (path only). */
export function resourceHref(resource: MaintenanceResource): string {
  return resource.nodePoolId ? nodePoolHref(resource.clusterId, resource.nodePoolId) : clusterHref(resource.clusterId);
}

/** "cluster “kafka-prod”" or "node pool “workers” of cluster “kafka-prod”". */
export function describeResource(resource: MaintenanceResource): string {
  const cluster = `cluster “${resource.clusterName}”`;
  return resource.kind === 'nodepool' ? `node pool “${resource.name}” of ${cluster}` : cluster;
}

/** One event per resource; `origin` makes the links absolute ("https://console.example.com"). */
export function maintenanceEvents(resources: readonly MaintenanceResource[], origin: string): CalendarEvent[] {
  return resources.map((resource) => {
    const url = new URL(resourceHref(resource), origin).toString();
    const span = `${formatWindowSpan(utcWindow(resource.window))} UTC`;
    return {
      uid: `${resource.key.replace('/', '.')}@maintenance.dataplatform-console`,
      window: resource.window,
      summary: resource.kind === 'nodepool' ? `Maintenance: ${resource.clusterName} / ${resource.name}` : `Maintenance: ${resource.clusterName}`,
      description: `Weekly maintenance window of ${describeResource(resource)}: ${span}; maintenance may take up to ${MAINTENANCE_WINDOW_HOURS} hours.\n${url}`,
      url,
    };
  });
}
