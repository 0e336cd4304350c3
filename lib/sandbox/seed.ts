// The demo data: clusters of both users in different states, with fixed ids that tests and the
// console's e2e suite rely on. Timestamps are relative to the sandbox's `now()` at seeding time.
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import type { LifecycleRecord } from '@/lib/sandbox/lifecycle';
import {
  DEFAULT_MAINTENANCE_WINDOW,
  operatorsPoolSettings,
  type ClusterRecord,
  type NodePoolRecord,
  type NodePoolSettings,
} from '@/lib/sandbox/store';
import { SANDBOX_USERS } from '@/lib/sandbox/users';

export type SeedName = 'demo' | 'empty';

export const SEED_IDS = {
  clusters: {
    /** admin, AVAILABLE, 25.3, de/fra. */
    analyticsProd: '5eedc100-0000-4000-8000-000000000001',
    /** user, AVAILABLE on 24.7: upgrades to 24.11 and 25.3 are available. */
    kafkaDev: '5eedc100-0000-4000-8000-000000000002',
    /** user, DEPLOYING at seeding time, AVAILABLE after provisionSeconds. */
    sparkStaging: '5eedc100-0000-4000-8000-000000000003',
    /** admin, FAILED (its creation failed). */
    nifiFailed: '5eedc100-0000-4000-8000-000000000004',
    /** user, AVAILABLE on 24.11, joined to LANs 2 (static, with a route) and 3 of de/fra. */
    lakehouseNet: '5eedc100-0000-4000-8000-000000000005',
  },
  nodePools: {
    analyticsOperators: '5eed9001-0000-4000-8000-000000000011',
    analyticsTrino: '5eed9001-0000-4000-8000-000000000012',
    kafkaOperators: '5eed9001-0000-4000-8000-000000000021',
    kafkaBrokers: '5eed9001-0000-4000-8000-000000000022',
    sparkOperators: '5eed9001-0000-4000-8000-000000000031',
    sparkExecutors: '5eed9001-0000-4000-8000-000000000032',
    nifiOperators: '5eed9001-0000-4000-8000-000000000041',
    lakehouseOperators: '5eed9001-0000-4000-8000-000000000051',
    lakehouseStorage: '5eed9001-0000-4000-8000-000000000052',
  },
} as const;

const DAY = 24 * 3600 * 1000;
type Owner = (typeof SANDBOX_USERS)['admin' | 'user'];
type Shape = Pick<LifecycleRecord, 'state' | 'pending'>;

function lifecycle(id: string, owner: Owner, createdAt: number, modifiedAt: number, shape: Shape): LifecycleRecord {
  const user = { uuid: owner.uuid, email: owner.email };
  const pending = shape.pending ? { pending: { ...shape.pending } } : {};
  return { id, revision: 3, state: shape.state, ...pending, created: { at: createdAt, user }, modified: { at: modifiedAt, user } };
}

function pool(cluster: ClusterRecord, id: string, settings: NodePoolSettings, shape: Shape = { state: 'AVAILABLE' }): NodePoolRecord {
  const owner = cluster.created.user.uuid === SANDBOX_USERS.admin.uuid ? SANDBOX_USERS.admin : SANDBOX_USERS.user;
  return {
    ...lifecycle(id, owner, cluster.created.at, cluster.modified.at, shape),
    ...settings,
    clusterId: cluster.id,
    maintenanceWindow: settings.maintenanceWindow ?? cluster.maintenanceWindow,
    dataPlatformVersion: cluster.dataPlatformVersion,
    currentVersion: cluster.currentVersion,
  };
}

const workers = (name: string, extra: Partial<NodePoolSettings> = {}): NodePoolSettings => ({
  name,
  nodeCount: 2,
  cpuFamily: 'AUTO',
  coresCount: 4,
  ramSize: 4096,
  availabilityZone: 'AUTO',
  storageType: 'SSD',
  storageSize: 20,
  ...extra,
});

export function demoSeed(now: number, provisionMs: number): { clusters: ClusterRecord[]; pools: NodePoolRecord[] } {
  const { admin, user } = SANDBOX_USERS;
  const ids = SEED_IDS.clusters;
  const p = SEED_IDS.nodePools;
  const cluster = (
    id: string,
    owner: Owner,
    ageDays: number,
    props: Partial<ClusterRecord>,
    shape: Shape = { state: 'AVAILABLE' },
  ): ClusterRecord => ({
    ...lifecycle(id, owner, now - ageDays * DAY, now - Math.min(ageDays, 1) * DAY, shape),
    contractNumber: owner.contractNumber,
    name: '',
    dataPlatformVersion: '25.3',
    currentVersion: '25.3',
    datacenterId: DATACENTER_IDS.frankfurt,
    maintenanceWindow: DEFAULT_MAINTENANCE_WINDOW,
    lans: [],
    provisioned: shape.state !== 'FAILED' && shape.state !== 'DEPLOYING',
    ...props,
  });
  const deploying: Shape = { state: 'DEPLOYING', pending: { phase: 'create', endsAt: now + provisionMs, fails: false } };

  const analytics = cluster(ids.analyticsProd, admin, 40, {
    name: 'analytics-prod',
    maintenanceWindow: { dayOfTheWeek: 'Saturday', time: '03:00:00' },
  });
  const kafka = cluster(ids.kafkaDev, user, 120, {
    name: 'kafka-dev',
    datacenterId: DATACENTER_IDS.berlin,
    dataPlatformVersion: '24.7',
    currentVersion: '24.7',
  });
  const spark = { ...cluster(ids.sparkStaging, user, 0, { name: 'spark-staging' }, deploying), revision: 1 };
  const nifi = cluster(ids.nifiFailed, admin, 2, { name: 'nifi-failed' }, { state: 'FAILED' });
  const lakehouse = cluster(ids.lakehouseNet, user, 15, {
    name: 'lakehouse-net',
    dataPlatformVersion: '24.11',
    currentVersion: '24.11',
    maintenanceWindow: { dayOfTheWeek: 'Wednesday', time: '22:30:00' },
    lans: [
      { lanId: '2', dhcp: false, routes: [{ network: '10.7.0.0/16', gateway: '10.2.0.1' }] },
      { lanId: '3', dhcp: true },
    ],
  });

  const pools = [
    pool(analytics, p.analyticsOperators, operatorsPoolSettings()),
    pool(
      analytics,
      p.analyticsTrino,
      workers('trino-workers', {
        nodeCount: 3,
        cpuFamily: 'AMD_EPYC',
        coresCount: 8,
        ramSize: 16384,
        storageSize: 100,
        labels: { team: 'analytics', workload: 'trino' },
        annotations: { 'sandbox.test/cost-center': 'cc-4711' },
        autoScaling: { minNodeCount: 2, maxNodeCount: 5 },
      }),
    ),
    pool(kafka, p.kafkaOperators, operatorsPoolSettings()),
    pool(
      kafka,
      p.kafkaBrokers,
      workers('brokers', { nodeCount: 3, availabilityZone: 'ZONE_1', storageType: 'HDD', storageSize: 200, ramSize: 8192 }),
    ),
    pool(spark, p.sparkOperators, operatorsPoolSettings(), deploying),
    pool(
      spark,
      p.sparkExecutors,
      workers('executors', { autoScaling: { minNodeCount: 1, maxNodeCount: 4 }, labels: { workload: 'spark' } }),
      deploying,
    ),
    pool(nifi, p.nifiOperators, operatorsPoolSettings(), { state: 'FAILED' }),
    pool(lakehouse, p.lakehouseOperators, operatorsPoolSettings()),
    pool(
      lakehouse,
      p.lakehouseStorage,
      workers('storage', { cpuFamily: 'INTEL_SKYLAKE', storageSize: 500, annotations: { 'sandbox.test/backup': 'nightly' } }),
    ),
  ];
  return { clusters: [analytics, kafka, spark, nifi, lakehouse], pools };
}
