// Records as the Data Platform API answers them (type, href, metadata, properties).
import { isoDate } from '@/lib/sandbox/clock';
import { entityTagOf } from '@/lib/sandbox/lifecycle';
import type { ClusterRecord, NodePoolRecord } from '@/lib/sandbox/store';
import { revisionOf, upgradesFrom } from '@/lib/sandbox/versions';

export const DATAPLATFORM_BASE_PATH = '/dataplatform';

const clusterApiHref = (id: string) => `${DATAPLATFORM_BASE_PATH}/clusters/${id}`;
const nodePoolApiHref = (clusterId: string, id: string) => `${clusterApiHref(clusterId)}/nodepools/${id}`;

function metadata(record: ClusterRecord | NodePoolRecord, contractNumber: number, currentVersion: string) {
  return {
    ETag: entityTagOf(record),
    createdDate: isoDate(record.created.at),
    createdBy: record.created.user.email,
    createdByUserId: record.created.user.uuid,
    createdInContractNumber: String(contractNumber),
    lastModifiedDate: isoDate(record.modified.at),
    lastModifiedBy: record.modified.user.email,
    lastModifiedByUserId: record.modified.user.uuid,
    currentDataPlatformVersion: record.currentVersion,
    currentDataPlatformRevision: revisionOf(record.currentVersion),
    availableUpgradeVersions: upgradesFrom(currentVersion),
    state: record.state,
  };
}

export function renderCluster(cluster: ClusterRecord) {
  return {
    id: cluster.id,
    type: 'cluster',
    href: clusterApiHref(cluster.id),
    metadata: metadata(cluster, cluster.contractNumber, cluster.currentVersion),
    properties: {
      name: cluster.name,
      dataPlatformVersion: cluster.dataPlatformVersion,
      datacenterId: cluster.datacenterId,
      maintenanceWindow: { ...cluster.maintenanceWindow },
      lans: cluster.lans.map((lan) => structuredClone(lan)),
    },
  };
}

export function renderNodePool(pool: NodePoolRecord, cluster: ClusterRecord) {
  return {
    id: pool.id,
    type: 'nodepool',
    href: nodePoolApiHref(cluster.id, pool.id),
    metadata: metadata(pool, cluster.contractNumber, cluster.currentVersion),
    properties: {
      name: pool.name,
      dataPlatformVersion: pool.dataPlatformVersion,
      datacenterId: cluster.datacenterId,
      nodeCount: pool.nodeCount,
      cpuFamily: pool.cpuFamily,
      coresCount: pool.coresCount,
      ramSize: pool.ramSize,
      availabilityZone: pool.availabilityZone,
      storageType: pool.storageType,
      storageSize: pool.storageSize,
      maintenanceWindow: { ...pool.maintenanceWindow },
      ...(pool.labels ? { labels: { ...pool.labels } } : {}),
      ...(pool.annotations ? { annotations: { ...pool.annotations } } : {}),
      ...(pool.autoScaling ? { autoScaling: { ...pool.autoScaling } } : {}),
    },
  };
}

export function renderCollection<T>(href: string, items: T[]) {
  return { id: href.split('/').pop() ?? 'collection', type: 'collection', href, items };
}

/** JSON kubeconfig whose credential is limited to the `default` namespace, like the real one. */
export function renderKubeconfig(cluster: ClusterRecord, token: string) {
  const name = `dataplatform-${cluster.name}`;
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name,
        cluster: {
          server: `https://${cluster.id}.dataplatform.sandbox.test:6443`,
          'certificate-authority-data': Buffer.from(`sandbox CA for ${cluster.id}`).toString('base64'),
        },
      },
    ],
    users: [{ name: `${name}-default`, user: { token } }],
    contexts: [{ name, context: { cluster: name, user: `${name}-default`, namespace: 'default' } }],
    'current-context': name,
    preferences: {},
  };
}
