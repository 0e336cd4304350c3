// Minimal first deployments per product and release, built from the release's facts (lib/stackable/releases.ts)
// after the reference's "Minimal manifests": the CRD's required fields and the guides' tested values. Listener
// fields are left out on purpose: the default `cluster-internal` is valid in every release, whereas the field
// that sets it moved in 25.7.
import { compareReleases, RELEASES, type ProductId, type StackableRelease } from '@/lib/stackable/releases';

export type Manifest = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string> }; [field: string]: unknown };

/** The product's own resource: what a first deployment creates and what the test checks against the reference. */
export const PRODUCT_KINDS: Record<ProductId, { apiVersion: string; kind: string; name: string }> = {
  zookeeper: { apiVersion: 'zookeeper.stackable.tech/v1alpha1', kind: 'ZookeeperCluster', name: 'zk' },
  kafka: { apiVersion: 'kafka.stackable.tech/v1alpha1', kind: 'KafkaCluster', name: 'kafka' },
  trino: { apiVersion: 'trino.stackable.tech/v1alpha1', kind: 'TrinoCluster', name: 'trino' },
  spark: { apiVersion: 'spark.stackable.tech/v1alpha1', kind: 'SparkApplication', name: 'pyspark-pi' },
  nifi: { apiVersion: 'nifi.stackable.tech/v1alpha1', kind: 'NifiCluster', name: 'nifi' },
  superset: { apiVersion: 'superset.stackable.tech/v1alpha1', kind: 'SupersetCluster', name: 'superset' },
  airflow: { apiVersion: 'airflow.stackable.tech/v1alpha1', kind: 'AirflowCluster', name: 'airflow' },
};

const oneReplica = { roleGroups: { default: { replicas: 1 } } };
const resources = { cpu: { min: '1', max: '2' }, memory: { limit: '1Gi' } };

function productResource(product: ProductId, spec: Record<string, unknown>, labels?: Record<string, string>): Manifest {
  const { apiVersion, kind, name } = PRODUCT_KINDS[product];
  return { apiVersion, kind, metadata: labels ? { name, labels } : { name }, spec };
}

const image = (release: StackableRelease, product: ProductId) => ({ productVersion: RELEASES[release].productVersions[product] });

function znode(name: string): Manifest {
  return { apiVersion: 'zookeeper.stackable.tech/v1alpha1', kind: 'ZookeeperZnode', metadata: { name }, spec: { clusterRef: { name: 'zk' } } };
}

// Kafka and NiFi 1.x keep their state in ZooKeeper; applying the same ZookeeperCluster again changes nothing.
const zookeeper = (release: StackableRelease) => productResource('zookeeper', { image: image(release, 'zookeeper'), servers: oneReplica });

const secret = (name: string, stringData: Record<string, string>): Manifest => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name },
  type: 'Opaque',
  stringData,
});

const adminUser = (product: string) => ({
  'adminUser.username': 'admin',
  'adminUser.firstname': product,
  'adminUser.lastname': 'Admin',
  'adminUser.email': 'admin@example.com',
  'adminUser.password': 'change-me',
});

/** NiFi 2.x coordinates through Kubernetes; 1.x needs ZooKeeper. */
export const nifiNeedsZookeeper = (release: StackableRelease) => RELEASES[release].productVersions.nifi.startsWith('1.');

const BUILDERS: Record<ProductId, (release: StackableRelease) => Manifest[]> = {
  zookeeper: (release) => [zookeeper(release), znode('zk-demo-znode')],
  kafka: (release) => [
    zookeeper(release),
    znode('kafka-znode'),
    productResource('kafka', {
      image: image(release, 'kafka'),
      // TLS off for a plaintext first test, as the guide does; the default is TLS on.
      clusterConfig: { zookeeperConfigMapName: 'kafka-znode', tls: { serverSecretClass: null } },
      brokers: oneReplica,
    }),
  ],
  trino: (release) => [
    productResource('trino', {
      image: image(release, 'trino'),
      clusterConfig: { catalogLabelSelector: { matchLabels: { trino: 'trino' } } },
      coordinators: oneReplica,
      workers: oneReplica,
    }),
    // Generated benchmark data: no storage or S3 needed.
    {
      apiVersion: 'trino.stackable.tech/v1alpha1',
      kind: 'TrinoCatalog',
      metadata: { name: 'tpch', labels: { trino: 'trino' } },
      spec: { connector: { tpch: {} } },
    },
  ],
  spark: (release) => [
    productResource('spark', {
      sparkImage: image(release, 'spark'),
      mode: 'cluster',
      // Ships inside the Spark image, so no S3 is needed.
      mainApplicationFile: 'local:///stackable/spark/examples/src/main/python/pi.py',
      ...(compareReleases(release, '25.11') >= 0 ? { job: { config: { resources } } } : {}),
      driver: { config: { resources } },
      executor: { replicas: 1, config: { resources } },
    }),
  ],
  nifi: (release) => {
    const withZookeeper = nifiNeedsZookeeper(release);
    return [
      secret('nifi-admin-credentials', { admin: 'change-me' }),
      {
        apiVersion: 'authentication.stackable.tech/v1alpha1',
        kind: 'AuthenticationClass',
        metadata: { name: 'nifi-users' },
        spec: { provider: { static: { userCredentialsSecret: { name: 'nifi-admin-credentials' } } } },
      },
      ...(withZookeeper ? [zookeeper(release), znode('nifi-znode')] : []),
      productResource('nifi', {
        image: image(release, 'nifi'),
        clusterConfig: {
          authentication: [{ authenticationClass: 'nifi-users' }],
          sensitiveProperties: { keySecret: 'nifi-sensitive-property-key', autoGenerate: true },
          ...(withZookeeper ? { zookeeperConfigMapName: 'nifi-znode' } : {}),
        },
        nodes: oneReplica,
      }),
    ];
  },
  superset: (release) => [
    secret('superset-credentials', {
      ...adminUser('Superset'),
      'connections.secretKey': '<random-string>',
      'connections.sqlalchemyDatabaseUri': 'postgresql://superset:superset@superset-postgresql.default.svc.cluster.local/superset',
    }),
    productResource('superset', {
      image: image(release, 'superset'),
      clusterConfig: { credentialsSecret: 'superset-credentials' },
      nodes: oneReplica,
    }),
  ],
  airflow: (release) => {
    const airflow3 = compareReleases(release, '25.11') >= 0;
    return [
      secret('airflow-credentials', {
        ...adminUser('Airflow'),
        // 25.11 no longer reads connections.secretKey.
        ...(airflow3 ? {} : { 'connections.secretKey': '<random-string>' }),
        'connections.sqlalchemyDatabaseUri': 'postgresql+psycopg2://airflow:airflow@airflow-postgresql/airflow',
        'connections.celeryResultBackend': 'db+postgresql://airflow:airflow@airflow-postgresql/airflow',
        'connections.celeryBrokerUrl': 'redis://:redis@airflow-redis-master:6379/0',
      }),
      productResource('airflow', {
        image: image(release, 'airflow'),
        clusterConfig: { credentialsSecret: 'airflow-credentials', loadExamples: true },
        webservers: oneReplica,
        schedulers: oneReplica,
        celeryExecutors: oneReplica,
        // Airflow 3 runs the DAG processor and the triggerer as roles of their own.
        ...(airflow3 ? { dagProcessors: oneReplica, triggerers: oneReplica } : {}),
      }),
    ];
  },
};

/** The objects of a first deployment of `product` on `release`, in the order to apply them. */
export const manifestsFor = (release: StackableRelease, product: ProductId): Manifest[] => BUILDERS[product](release);
