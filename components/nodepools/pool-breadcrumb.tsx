import Link from 'next/link';
import { clusterHref, clustersHref, nodePoolListHref } from '@/lib/routes';

const LINK = 'text-blue-800 underline-offset-4 hover:underline dark:text-blue-300';

type Crumb = { label: string; href: string };

export const LIST_LABEL = 'Node pools';

type PoolBreadcrumbProps = { clusterId: string; clusterName?: string; trail?: Crumb[]; current: string };

/** Clusters › cluster › Node pools › …: the way back from every node pool page (`current` ends it, unlinked). */
export function PoolBreadcrumb({ clusterId, clusterName, trail = [], current }: PoolBreadcrumbProps) {
  const crumbs: Crumb[] = [
    { label: 'Clusters', href: clustersHref },
    { label: clusterName ?? 'Cluster', href: clusterHref(clusterId) },
    // On the list itself, "Node pools" is the current page rather than a link.
    ...(current === LIST_LABEL ? [] : [{ label: LIST_LABEL, href: nodePoolListHref(clusterId) }]),
    ...trail,
  ];
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-700 dark:text-slate-300">
        {crumbs.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-1">
            <Link href={crumb.href} className={LINK}>
              {crumb.label}
            </Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
