import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkRouteIds,
  clusterHref,
  clustersHref,
  editClusterHref,
  editNodePoolHref,
  kubeconfigHref,
  newClusterHref,
  newNodePoolHref,
  nodePoolHref,
  nodePoolListHref,
} from '@/lib/routes';

vi.mock('next/navigation', () => ({
  redirect: vi.fn((path: string) => {
    throw new Error(`redirect ${path}`);
  }),
  notFound: vi.fn(() => {
    throw new Error('not found');
  }),
}));

const CLUSTER = '8a6f3b2c-1d4e-4f5a-9b8c-7d6e5f4a3b2c';
const POOL = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';

describe('console hrefs', () => {
  it('builds every page’s path', () => {
    expect(clustersHref).toBe('/clusters');
    expect(newClusterHref).toBe('/clusters/new');
    expect(clusterHref(CLUSTER)).toBe(`/clusters/${CLUSTER}`);
    expect(kubeconfigHref(CLUSTER)).toBe(`/clusters/${CLUSTER}/kubeconfig`);
    expect(kubeconfigHref(CLUSTER, 'json')).toBe(`/clusters/${CLUSTER}/kubeconfig?format=json`);
    expect(editClusterHref(CLUSTER)).toBe(`/clusters/${CLUSTER}/edit`);
    expect(nodePoolListHref(CLUSTER)).toBe(`/clusters/${CLUSTER}/nodepools`);
    expect(nodePoolHref(CLUSTER, POOL)).toBe(`/clusters/${CLUSTER}/nodepools/${POOL}`);
    expect(editNodePoolHref(CLUSTER, POOL)).toBe(`/clusters/${CLUSTER}/nodepools/${POOL}/edit`);
    expect(newNodePoolHref(CLUSTER)).toBe(`/clusters/${CLUSTER}/nodepools/new`);
  });

  it('adds the replacement parameters only when given', () => {
    expect(newNodePoolHref(CLUSTER, POOL)).toBe(`/clusters/${CLUSTER}/nodepools/new?replace=${POOL}`);
    expect(nodePoolHref(CLUSTER, POOL, CLUSTER)).toBe(`/clusters/${CLUSTER}/nodepools/${POOL}?replaces=${CLUSTER}`);
  });

  it('encodes path segments', () => {
    expect(clusterHref('a/b?c')).toBe('/clusters/a%2Fb%3Fc');
  });
});

describe('checkRouteIds', () => {
  afterEach(() => vi.clearAllMocks());

  it('lets ids the API could know through', () => {
    expect(() => checkRouteIds([CLUSTER, POOL], ([c = '', p = '']) => nodePoolHref(c, p))).not.toThrow();
  });

  it('redirects ids in capitals to their lowercase page', () => {
    expect(() => checkRouteIds([CLUSTER.toUpperCase(), POOL], ([c = '', p = '']) => editNodePoolHref(c, p))).toThrow(
      `redirect /clusters/${CLUSTER}/nodepools/${POOL}/edit`,
    );
  });

  it('sends anything else to not found', () => {
    expect(() => checkRouteIds(['not-an-id'], ([c = '']) => clusterHref(c))).toThrow('not found');
    expect(() => checkRouteIds([CLUSTER, 'x'], ([c = '', p = '']) => nodePoolHref(c, p))).toThrow('not found');
  });
});
