// In-memory state of one sandbox: clusters and node pools with their lifecycle. It changes
// records only; permission, validation and refusals belong to the handlers.
import { randomUUID } from 'node:crypto';
import type { AutoScaling, Lan, MaintenanceWindow } from '@/lib/api/common/schema';
import type { Now } from '@/lib/sandbox/clock';
import { begin, failsOnPurpose, newLifecycle, settle, touch, type Audit, type LifecycleRecord } from '@/lib/sandbox/lifecycle';
import { OPERATORS_POOL } from '@/lib/sandbox/operators-pool';

export const DEFAULT_MAINTENANCE_WINDOW: MaintenanceWindow = { dayOfTheWeek: 'Sunday', time: '02:00:00' };

export interface ClusterRecord extends LifecycleRecord {
  contractNumber: number;
  name: string;
  /** The requested version; `currentVersion` is the one running (they differ during an upgrade). */
  dataPlatformVersion: string;
  currentVersion: string;
  datacenterId: string;
  maintenanceWindow: MaintenanceWindow;
  lans: Lan[];
  /** Set once creation succeeded: only then does a kubeconfig exist. */
  provisioned: boolean;
}

export interface NodePoolSettings {
  name: string;
  nodeCount: number;
  cpuFamily: string;
  coresCount: number;
  ramSize: number;
  availabilityZone: 'AUTO' | 'ZONE_1' | 'ZONE_2';
  storageType: 'HDD' | 'SSD';
  storageSize: number;
  maintenanceWindow?: MaintenanceWindow;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  autoScaling?: AutoScaling;
}

export interface NodePoolRecord extends LifecycleRecord, NodePoolSettings {
  clusterId: string;
  maintenanceWindow: MaintenanceWindow;
  dataPlatformVersion: string;
  currentVersion: string;
}

export interface ClusterInput {
  name: string;
  dataPlatformVersion: string;
  datacenterId: string;
  maintenanceWindow?: MaintenanceWindow;
  lans?: Lan[];
}

export type ClusterChanges = Partial<Pick<ClusterRecord, 'name' | 'dataPlatformVersion' | 'maintenanceWindow' | 'lans'>>;
export type NodePoolChanges = Partial<Pick<NodePoolRecord, 'nodeCount' | 'maintenanceWindow' | 'labels' | 'annotations'>> & {
  autoScaling?: AutoScaling | null;
};

type Actor = Audit['user'] & { contractNumber: number };

export function createStore(options: { now: Now; provisionMs: number }) {
  const clusters = new Map<string, ClusterRecord>();
  const pools = new Map<string, NodePoolRecord>();
  let provisionMs = options.provisionMs;
  // Updates and deletions take half as long as a creation.
  const changeMs = () => Math.round(provisionMs / 2);
  /** Clusters whose next update or deletion stays in progress until rescheduled (a test's hold, set in advance). */
  const heldNext = new Set<string>();
  /** How long a cluster's update or deletion takes: held ones until moved (reschedule), the others half a creation. */
  const clusterChangeMs = (clusterId: string) => (heldNext.delete(clusterId) ? Number.POSITIVE_INFINITY : changeMs());

  function settleAll(): void {
    const now = options.now();
    for (const cluster of clusters.values()) {
      const outcome = settle(cluster, now);
      if (outcome.kind === 'gone') {
        clusters.delete(cluster.id);
        heldNext.delete(cluster.id);
        for (const pool of pools.values()) if (pool.clusterId === cluster.id) pools.delete(pool.id);
      } else if (outcome.kind === 'finished' && !outcome.failed) {
        if (outcome.phase === 'create') cluster.provisioned = true;
        cluster.currentVersion = cluster.dataPlatformVersion;
      }
    }
    for (const pool of pools.values()) {
      const outcome = settle(pool, now);
      if (outcome.kind === 'gone') pools.delete(pool.id);
      else if (outcome.kind === 'finished' && !outcome.failed) pool.currentVersion = pool.dataPlatformVersion;
    }
  }

  function newPool(cluster: ClusterRecord, settings: NodePoolSettings, actor: Actor, id = randomUUID()): NodePoolRecord {
    const at = options.now();
    const pool: NodePoolRecord = {
      ...settings,
      maintenanceWindow: settings.maintenanceWindow ?? cluster.maintenanceWindow,
      ...newLifecycle(id, at, actor),
      clusterId: cluster.id,
      dataPlatformVersion: cluster.dataPlatformVersion,
      currentVersion: cluster.dataPlatformVersion,
    };
    begin(pool, 'create', { at, durationMs: provisionMs, fails: failsOnPurpose(settings.name), user: actor });
    pools.set(pool.id, pool);
    return pool;
  }

  return {
    settle: settleAll,
    setProvisionMs(ms: number) {
      provisionMs = ms;
    },
    /**
     * Moves the end of a cluster's change in progress (and of its pools that end with it): `null` holds it until
     * moved again, a number ends it at that time. For tests that must see a transitional state whatever the
     * machine's speed. `null` on a cluster that is not changing holds its next update or deletion (a change that
     * may end before a test could hold it). False when the cluster is unknown, or not changing and `endsAt` is a time.
     */
    reschedule(clusterId: string, endsAt: number | null): boolean {
      settleAll();
      const cluster = clusters.get(clusterId);
      if (!cluster) return false;
      const pending = cluster.pending;
      if (!pending) {
        if (endsAt !== null) return false;
        heldNext.add(clusterId);
        return true;
      }
      const next = endsAt ?? Number.POSITIVE_INFINITY;
      for (const pool of pools.values()) {
        if (pool.clusterId === clusterId && pool.pending?.endsAt === pending.endsAt) pool.pending.endsAt = next;
      }
      pending.endsAt = next;
      return true;
    },
    clusters(): ClusterRecord[] {
      settleAll();
      return [...clusters.values()];
    },
    cluster(id: string): ClusterRecord | undefined {
      settleAll();
      return clusters.get(id);
    },
    pools(clusterId: string): NodePoolRecord[] {
      settleAll();
      return [...pools.values()].filter((p) => p.clusterId === clusterId);
    },
    pool(clusterId: string, poolId: string): NodePoolRecord | undefined {
      settleAll();
      const pool = pools.get(poolId);
      return pool?.clusterId === clusterId ? pool : undefined;
    },

    /** A new cluster starts DEPLOYING together with its operators' pool. */
    createCluster(input: ClusterInput, actor: Actor): ClusterRecord {
      const at = options.now();
      const cluster: ClusterRecord = {
        ...newLifecycle(randomUUID(), at, actor),
        contractNumber: actor.contractNumber,
        name: input.name,
        dataPlatformVersion: input.dataPlatformVersion,
        currentVersion: input.dataPlatformVersion,
        datacenterId: input.datacenterId,
        maintenanceWindow: input.maintenanceWindow ?? DEFAULT_MAINTENANCE_WINDOW,
        lans: input.lans ?? [],
        provisioned: false,
      };
      const fails = failsOnPurpose(input.name);
      begin(cluster, 'create', { at, durationMs: provisionMs, fails, user: actor });
      clusters.set(cluster.id, cluster);
      const operators = newPool(cluster, operatorsPoolSettings(), actor);
      // The operators' pool shares its cluster's fate, whatever its own name says.
      operators.pending = { phase: 'create', endsAt: cluster.pending!.endsAt, fails };
      return cluster;
    },

    /** Applies the requested properties at once; an upgrade takes effect when the update ends. */
    updateCluster(cluster: ClusterRecord, changes: ClusterChanges, actor: Actor): void {
      const at = options.now();
      const upgrade = changes.dataPlatformVersion !== undefined && changes.dataPlatformVersion !== cluster.dataPlatformVersion;
      Object.assign(cluster, stripUndefined(changes));
      const durationMs = clusterChangeMs(cluster.id);
      begin(cluster, 'update', { at, durationMs, fails: failsOnPurpose(cluster.name), user: actor });
      if (!upgrade) return;
      for (const pool of pools.values()) {
        if (pool.clusterId !== cluster.id || pool.state === 'DESTROYING') continue;
        pool.dataPlatformVersion = cluster.dataPlatformVersion;
        if (pool.pending) touch(pool, at, actor);
        else begin(pool, 'update', { at, durationMs, fails: failsOnPurpose(pool.name), user: actor });
      }
    },

    /** Deleting a cluster takes its pools along (they go DESTROYING with it). */
    destroyCluster(cluster: ClusterRecord, actor: Actor): void {
      const at = options.now();
      const durationMs = clusterChangeMs(cluster.id);
      begin(cluster, 'destroy', { at, durationMs, fails: false, user: actor });
      for (const pool of pools.values()) {
        if (pool.clusterId === cluster.id && pool.state !== 'DESTROYING') {
          begin(pool, 'destroy', { at, durationMs, fails: false, user: actor });
        }
      }
    },

    createPool(cluster: ClusterRecord, settings: NodePoolSettings, actor: Actor): NodePoolRecord {
      return newPool(cluster, settings, actor);
    },

    updatePool(pool: NodePoolRecord, changes: NodePoolChanges, actor: Actor): void {
      const { autoScaling, ...rest } = changes;
      Object.assign(pool, stripUndefined(rest));
      if (autoScaling === null) delete pool.autoScaling;
      else if (autoScaling !== undefined) pool.autoScaling = autoScaling;
      begin(pool, 'update', { at: options.now(), durationMs: changeMs(), fails: failsOnPurpose(pool.name), user: actor });
    },

    destroyPool(pool: NodePoolRecord, actor: Actor): void {
      begin(pool, 'destroy', { at: options.now(), durationMs: changeMs(), fails: false, user: actor });
    },

    /** For the seed: puts prepared records in place as they are. */
    insert(records: { clusters: ClusterRecord[]; pools: NodePoolRecord[] }): void {
      for (const c of records.clusters) clusters.set(c.id, c);
      for (const p of records.pools) pools.set(p.id, p);
    },

    clear(): void {
      clusters.clear();
      pools.clear();
      heldNext.clear();
    },
  };
}

export type SandboxStore = ReturnType<typeof createStore>;

export function operatorsPoolSettings(): NodePoolSettings {
  return {
    name: OPERATORS_POOL.name,
    nodeCount: OPERATORS_POOL.nodeCount,
    cpuFamily: 'AUTO',
    coresCount: OPERATORS_POOL.coresCount,
    ramSize: OPERATORS_POOL.ramSize,
    availabilityZone: 'AUTO',
    storageType: 'SSD',
    storageSize: 20,
    labels: { ...OPERATORS_POOL.labels },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
