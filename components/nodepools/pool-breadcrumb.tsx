import { Breadcrumb, type Crumb } from '@/components/shared/page-header';
import { clusterHref, clustersHref, nodePoolListHref } from '@/lib/routes';

export const LIST_LABEL = 'Node pools';

type PoolBreadcrumbProps = { clusterId: string; clusterName?: string; trail?: { label: string; href: string }[]; current: string };

/** Clusters › cluster › Node pools › …: the way back from every node pool page (`current` ends it, unlinked). */
export function PoolBreadcrumb({ clusterId, clusterName, trail = [], current }: PoolBreadcrumbProps) {
  const crumbs: Crumb[] = [
    { label: 'Clusters', href: clustersHref },
    { label: clusterName ?? 'Cluster', href: clusterHref(clusterId) },
    // On the list itself, "Node pools" is the current page rather than a link.
    ...(current === LIST_LABEL ? [] : [{ label: LIST_LABEL, href: nodePoolListHref(clusterId) }]),
    ...trail,
    { label: current },
  ];
  return <Breadcrumb items={crumbs} />;
}
