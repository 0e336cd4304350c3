// Stackable Data Platform releases as facts (../shared/docs/stackable-reference.md, vendored in
// contract/stackable-reference.md; lib/stackable/reference.test.ts checks these tables against it). A cluster's
// `dataPlatformVersion` "YY.M" is the Stackable release of that name.

/** The releases the reference documents, oldest first. */
export const STACKABLE_RELEASES = ['24.7', '24.11', '25.3', '25.7', '25.11'] as const;
export type StackableRelease = (typeof STACKABLE_RELEASES)[number];

export const PRODUCT_IDS = ['zookeeper', 'kafka', 'trino', 'spark', 'nifi', 'superset', 'airflow'] as const;
export type ProductId = (typeof PRODUCT_IDS)[number];

const OPERATORS_24_7 = [
  'airflow',
  'commons',
  'druid',
  'hbase',
  'hdfs',
  'hello-world',
  'hive',
  'kafka',
  'listener',
  'nifi',
  'opa',
  'secret',
  'spark-k8s',
  'superset',
  'trino',
  'zookeeper',
] as const;
const OPERATORS_25_3 = OPERATORS_24_7.filter((name) => name !== 'hello-world');
const OPERATORS_25_11 = [...OPERATORS_25_3, 'opensearch'].sort();

export type ReleaseFacts = {
  /** The version every operator of the release carries. */
  operatorVersion: string;
  operators: readonly string[];
  /** The product version the release's own getting-started guide uses (`spec.image.productVersion`). */
  productVersions: Record<ProductId, string>;
};

export const RELEASES: Record<StackableRelease, ReleaseFacts> = {
  '24.7': {
    operatorVersion: '24.7.0',
    operators: OPERATORS_24_7,
    productVersions: {
      zookeeper: '3.9.2',
      kafka: '3.7.1',
      trino: '451',
      spark: '3.5.1',
      nifi: '1.27.0',
      superset: '4.0.2',
      airflow: '2.9.2',
    },
  },
  '24.11': {
    operatorVersion: '24.11.1',
    operators: OPERATORS_24_7,
    productVersions: {
      zookeeper: '3.9.2',
      kafka: '3.7.1',
      trino: '455',
      spark: '3.5.2',
      nifi: '1.27.0',
      superset: '4.0.2',
      airflow: '2.9.3',
    },
  },
  '25.3': {
    operatorVersion: '25.3.0',
    operators: OPERATORS_25_3,
    productVersions: {
      zookeeper: '3.9.3',
      kafka: '3.9.0',
      trino: '470',
      spark: '3.5.5',
      nifi: '1.28.1',
      superset: '4.1.1',
      airflow: '2.10.4',
    },
  },
  '25.7': {
    operatorVersion: '25.7.0',
    operators: OPERATORS_25_3,
    productVersions: {
      zookeeper: '3.9.3',
      kafka: '3.9.1',
      trino: '476',
      spark: '3.5.6',
      nifi: '2.4.0',
      superset: '4.1.2',
      airflow: '2.10.5',
    },
  },
  '25.11': {
    operatorVersion: '25.11.0',
    operators: OPERATORS_25_11,
    productVersions: {
      zookeeper: '3.9.4',
      kafka: '3.9.1',
      trino: '477',
      spark: '3.5.7',
      nifi: '2.6.0',
      superset: '4.1.4',
      airflow: '3.0.6',
    },
  },
};

export function isStackableRelease(version: string | undefined): version is StackableRelease {
  return (STACKABLE_RELEASES as readonly (string | undefined)[]).includes(version);
}

/** Orders "YY.M" release names by year, then month ("24.11" after "24.7"); NaN for anything else. */
export function compareReleases(a: string, b: string): number {
  const [ay = NaN, am = NaN] = a.split('.').map(Number);
  const [by = NaN, bm = NaN] = b.split('.').map(Number);
  return ay - by || am - bm;
}

/** From 25.7 the listener class is set per role (`roleConfig.listenerClass`), no longer in `clusterConfig`. */
export const listenersPerRole = (release: StackableRelease) => compareReleases(release, '25.7') >= 0;

/**
 * The documented releases an upgrade from `from` to `to` takes in, oldest first: each one's release notes apply.
 * Upgrading 24.3 to 25.3 takes in 24.7, 24.11 and 25.3.
 */
export function releasesTakenIn(from: string, to: string): StackableRelease[] {
  return STACKABLE_RELEASES.filter((release) => compareReleases(release, from) > 0 && compareReleases(release, to) <= 0);
}
