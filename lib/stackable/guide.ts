// A first deployment of one product on one release, ready to show: the YAML (generated from the manifests), the
// kubectl commands to apply it, watch it come up and reach it, and where to set its listener class.
import { Document, isPair, isScalar, visit } from 'yaml';
import { productGettingStartedUrl, productListenerClassUrl } from '@/lib/stackable/docs';
import { manifestsFor, nifiNeedsZookeeper, PRODUCT_KINDS } from '@/lib/stackable/manifests';
import { compareReleases, listenersPerRole, RELEASES, type ProductId, type StackableRelease } from '@/lib/stackable/releases';

export const PRODUCT_LABELS: Record<ProductId, string> = {
  zookeeper: 'ZooKeeper',
  kafka: 'Kafka',
  trino: 'Trino',
  spark: 'Spark',
  nifi: 'NiFi',
  superset: 'Superset',
  airflow: 'Airflow',
};

export type ProductGuide = {
  product: ProductId;
  label: string;
  productVersion: string;
  /** What must exist before the YAML is applied, in sentences. */
  needs: string[];
  yaml: string;
  fileName: string;
  apply: string;
  watch: string;
  reach: string;
  /** The field that takes a listener class, in this release. */
  listenerField: string;
  docs: { gettingStarted: string; listenerClass?: string };
};

// Every Stackable *Cluster kind has the Available condition, in every release.
const waitAvailable = (kind: string, name: string, timeout = '20m') =>
  `kubectl wait --for=condition=Available --timeout=${timeout} ${kind.toLowerCase()}/${name}`;

function watchCommands(release: StackableRelease, product: ProductId): string {
  const { kind, name } = PRODUCT_KINDS[product];
  if (product === 'spark') {
    return [
      `kubectl wait pods -l 'job-name=${name}' --for jsonpath='{.status.phase}'=Succeeded --timeout 300s`,
      '# the driver\'s log ends with a line starting "Pi is roughly"',
      'kubectl logs -l spark-role=driver --tail=-1',
    ].join('\n');
  }
  return ['kubectl get pods --watch   # Ctrl+C once all pods are Running', waitAvailable(kind, name)].join('\n');
}

function reachCommands(release: StackableRelease, product: ProductId): string {
  const perRole = listenersPerRole(release);
  switch (product) {
    case 'zookeeper':
      return [
        `# clients inside the cluster connect to ${perRole ? 'zk-server' : 'zk-server-default'}:2282 (TLS)`,
        '# the ZNode ConfigMap holds the connection string for an application',
        'kubectl describe configmap zk-demo-znode',
      ].join('\n');
    case 'kafka':
      return `kubectl port-forward svc/${compareReleases(release, '24.11') < 0 ? 'kafka' : 'kafka-broker-default-bootstrap'} 9092\n# then, for example: kcat -b localhost:9092 -L`;
    case 'trino':
      return 'kubectl port-forward svc/trino-coordinator 8443\n# then https://localhost:8443 (the certificate is the operator’s own), e.g. trino --server https://localhost:8443 --insecure --user admin';
    case 'spark':
      return '# a SparkApplication runs once and ends: read its result in the driver’s log (above)';
    case 'nifi':
      return `kubectl port-forward svc/${perRole ? 'nifi-node' : 'nifi'} 8443\n# then https://localhost:8443/nifi, user admin and the password from the Secret`;
    case 'superset':
      return `kubectl port-forward service/${perRole ? 'superset-node' : 'superset-external'} 8088\n# then http://localhost:8088/login/`;
    case 'airflow':
      return 'kubectl port-forward svc/airflow-webserver 8080\n# then http://localhost:8080';
  }
}

function listenerField(release: StackableRelease, product: ProductId): string {
  const perRole = listenersPerRole(release);
  switch (product) {
    case 'kafka':
      return compareReleases(release, '24.11') < 0
        ? 'none in 24.7 (the operator makes a NodePort Service named after the cluster)'
        : 'spec.brokers.config.bootstrapListenerClass and spec.brokers.config.brokerListenerClass';
    case 'spark':
      return perRole ? 'SparkHistoryServer: spec.nodes.roleConfig.listenerClass' : 'SparkHistoryServer: spec.clusterConfig.listenerClass';
    default: {
      const role = { zookeeper: 'servers', trino: 'coordinators', nifi: 'nodes', superset: 'nodes', airflow: 'webservers' }[product];
      return perRole ? `spec.${role}.roleConfig.listenerClass` : 'spec.clusterConfig.listenerClass';
    }
  }
}

function needs(release: StackableRelease, product: ProductId): string[] {
  switch (product) {
    case 'kafka':
      return ['Kafka keeps its metadata in ZooKeeper: the YAML includes the ZooKeeper cluster of the ZooKeeper tab and a ZNode for Kafka.'];
    case 'nifi':
      return [
        'NiFi signs users in through an AuthenticationClass, which is cluster-wide: its name must be unique in the cluster, and the default-namespace credential may not be allowed to create it (not documented by IONOS).',
        ...(nifiNeedsZookeeper(release)
          ? ['NiFi 1.x needs ZooKeeper: the YAML includes the ZooKeeper cluster of the ZooKeeper tab and a ZNode for NiFi.']
          : []),
        'Replace change-me with a password of your own before applying. NiFi starts slowly: allow up to 20 minutes.',
      ];
    case 'superset':
      return [
        'A PostgreSQL database reachable as superset-postgresql.default.svc.cluster.local (user, password and database superset): the Stackable guide installs Bitnami’s PostgreSQL Helm chart as release superset.',
        'Replace change-me and <random-string> before applying.',
      ];
    case 'airflow':
      return [
        'A PostgreSQL database (Helm release airflow-postgresql; database, user and password airflow) and Redis for the Celery executors (Helm release airflow-redis, password redis), as in the Stackable guide.',
        'Replace change-me and any <random-string> before applying.',
      ];
    default:
      return [];
  }
}

/** One manifest as YAML: no anchors (readers copy parts), versions quoted so "470" or "3.10" stay strings. */
function toYaml(manifest: object): string {
  const document = new Document(manifest, { aliasDuplicateObjects: false });
  visit(document, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'productVersion' && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0 });
}

export function productGuide(release: StackableRelease, product: ProductId): ProductGuide {
  const fileName = `${product}-${release}.yaml`;
  return {
    product,
    label: PRODUCT_LABELS[product],
    productVersion: RELEASES[release].productVersions[product],
    needs: needs(release, product),
    yaml: manifestsFor(release, product).map(toYaml).join('---\n'),
    fileName,
    apply: `kubectl apply -n default -f ${fileName}`,
    watch: watchCommands(release, product),
    reach: reachCommands(release, product),
    listenerField: listenerField(release, product),
    docs: { gettingStarted: productGettingStartedUrl(release, product), listenerClass: productListenerClassUrl(release, product) },
  };
}
