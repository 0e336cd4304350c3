// Documentation addresses, each from ../shared/docs/stackable-reference.md ("Help links"): Stackable's docs are
// versioned per release (Antora with "indexify", so paths end in '/'); link the cluster's release, `stable` only
// where no cluster is in view.
import { compareReleases, type ProductId, type StackableRelease } from '@/lib/stackable/releases';

export type DocsVersion = StackableRelease | 'stable';

export const stackableDocs = (version: DocsVersion, path = '') => `https://docs.stackable.tech/home/${version}/${path}`;

export const releaseNotesUrl = (version: DocsVersion) => stackableDocs(version, 'release-notes/');
export const platformGettingStartedUrl = (version: DocsVersion) => stackableDocs(version, 'getting-started/');
export const ionosOnStackableUrl = (version: DocsVersion) => stackableDocs(version, 'kubernetes/ionos-managed-stackable/');
export const listenerClassesUrl = (version: DocsVersion) => stackableDocs(version, 'listener-operator/listenerclass/');

/** The docs module of each product's operator. */
export const PRODUCT_MODULES: Record<ProductId, string> = {
  zookeeper: 'zookeeper',
  kafka: 'kafka',
  trino: 'trino',
  spark: 'spark-k8s',
  nifi: 'nifi',
  superset: 'superset',
  airflow: 'airflow',
};

export const productGettingStartedUrl = (version: StackableRelease, product: ProductId) =>
  stackableDocs(version, `${PRODUCT_MODULES[product]}/getting_started/first_steps/`);

/** The product's listener class page; ZooKeeper and NiFi spell it `usage_guide`, Kafka has one from 24.11. */
export function productListenerClassUrl(version: StackableRelease, product: ProductId): string | undefined {
  if (product === 'kafka' && compareReleases(version, '24.11') < 0) return undefined;
  const guide = product === 'zookeeper' || product === 'nifi' ? 'usage_guide' : 'usage-guide';
  return stackableDocs(version, `${PRODUCT_MODULES[product]}/${guide}/listenerclass/`);
}

// IONOS pages and the Kubernetes pages the console links to.
export const IONOS_DOCS = {
  overview: 'https://docs.ionos.com/cloud/data-analytics/managed-stackable/overview',
  initialSetup: 'https://docs.ionos.com/cloud/data-analytics/managed-stackable/how-tos/initial-cluster-setup',
  product: 'https://cloud.ionos.com/managed/managed-stackable',
  apiAuthentication: 'https://api.ionos.com/docs/authentication/',
  sdkReadme: 'https://github.com/ionos-cloud/sdk-go-dataplatform',
} as const;

export const KUBERNETES_DOCS = {
  hierarchicalNamespaces: 'https://kubernetes.io/blog/2020/08/14/introducing-hierarchical-namespaces/',
  // Not in the reference: the Kubernetes documentation's own page (kubernetes.io), which also covers annotations.
  labels: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/',
} as const;
