// What an export describes: the exact create body (the wizard's, or one rebuilt from an existing resource), and the
// ids an existing resource has, so Terraform can adopt it (`terraform import`) instead of creating a twin.
import type { ClusterResponse, CreateClusterRequest } from '@/lib/api/clusters/schema';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import type { CreateNodePoolRequest, NodePoolResponse } from '@/lib/api/nodepools/schema';

/** The Data Platform API's base URL as the official SDKs default it. */
export const DATAPLATFORM_API_URL = 'https://api.ionos.com/dataplatform';

export type NodePoolExport = {
  kind: 'nodepool';
  body: CreateNodePoolRequest;
  /** The pool's cluster; absent only inside a cluster export, where the pool refers to that cluster. */
  clusterId?: string;
  /** Set for a pool that exists. */
  id?: string;
};

export type ClusterExport = {
  kind: 'cluster';
  body: CreateClusterRequest;
  /** Set for a cluster that exists. */
  id?: string;
  /** Its node pools (Terraform declares them with the cluster), without the operators' pool the platform adds. */
  nodePools: NodePoolExport[];
};

export type ExportSubject = ClusterExport | NodePoolExport;

const nonEmpty = <T extends object>(map: T | undefined): T | undefined => (map && Object.keys(map).length > 0 ? map : undefined);

/** The POST /clusters body that creates a cluster like `cluster` (the wizard leaves out what this leaves out). */
export function clusterCreateBody(cluster: ClusterResponse): CreateClusterRequest {
  const p = cluster.properties;
  const lans = (p.lans ?? []).map(({ lanId, dhcp, routes }) => ({
    lanId,
    dhcp,
    ...(routes && routes.length > 0 ? { routes: routes.map(({ network, gateway }) => ({ network, gateway })) } : {}),
  }));
  return {
    properties: {
      name: p.name ?? cluster.id,
      ...(p.dataPlatformVersion ? { dataPlatformVersion: p.dataPlatformVersion } : {}),
      datacenterId: p.datacenterId ?? '',
      ...(p.maintenanceWindow ? { maintenanceWindow: { dayOfTheWeek: p.maintenanceWindow.dayOfTheWeek, time: p.maintenanceWindow.time } } : {}),
      ...(lans.length > 0 ? { lans } : {}),
    },
  };
}

/** The POST /clusters/{id}/nodepools body that creates a pool like `pool`. */
export function nodePoolCreateBody(pool: NodePoolResponse): CreateNodePoolRequest {
  const p = pool.properties;
  const labels = nonEmpty(p.labels);
  const annotations = nonEmpty(p.annotations);
  return {
    properties: {
      name: p.name ?? pool.id,
      nodeCount: p.nodeCount ?? 1,
      cpuFamily: p.cpuFamily,
      coresCount: p.coresCount,
      ramSize: p.ramSize,
      availabilityZone: p.availabilityZone,
      storageType: p.storageType,
      storageSize: p.storageSize,
      ...(p.maintenanceWindow ? { maintenanceWindow: { dayOfTheWeek: p.maintenanceWindow.dayOfTheWeek, time: p.maintenanceWindow.time } } : {}),
      ...(labels ? { labels } : {}),
      ...(annotations ? { annotations } : {}),
      ...(p.autoScaling ? { autoScaling: { minNodeCount: p.autoScaling.minNodeCount, maxNodeCount: p.autoScaling.maxNodeCount } } : {}),
    },
  };
}

/** An existing cluster and its pools as an export; the operators' pool comes with every cluster, so it is left out. */
export function existingClusterExport(cluster: ClusterResponse, pools: readonly NodePoolResponse[]): ClusterExport {
  return {
    kind: 'cluster',
    body: clusterCreateBody(cluster),
    id: cluster.id,
    nodePools: pools.filter((pool) => !isOperatorsPool(pool)).map((pool) => ({ kind: 'nodepool', body: nodePoolCreateBody(pool), id: pool.id })),
  };
}

export function existingNodePoolExport(clusterId: string, pool: NodePoolResponse): NodePoolExport {
  return { kind: 'nodepool', body: nodePoolCreateBody(pool), clusterId, id: pool.id };
}

/** The resource's name, for comments and file names. */
export const subjectName = (subject: ExportSubject): string => subject.body.properties.name;

/** "POST /clusters" or "POST /clusters/<id>/nodepools", with the placeholder when the cluster is not known yet. */
export function createPath(subject: ExportSubject): string {
  return subject.kind === 'cluster' ? '/clusters' : `/clusters/${subject.clusterId ?? '<cluster-id>'}/nodepools`;
}
