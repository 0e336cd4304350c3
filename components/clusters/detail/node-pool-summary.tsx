'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { ClusterStateBadge } from '@/components/clusters/cluster-state-badge';
import { nodePoolHref, nodePoolListHref } from '@/components/nodepools/paths';
import { cpuFamilyLabel, formatGb, formatRamMb, sizeText, storageText } from '@/components/nodepools/pool-format';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button, buttonVariants } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { isApiError } from '@/lib/api/client';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import { nodePoolTotals, type NodePoolTotals } from '@/lib/api/nodepools/totals';

function Figures({ totals }: { totals: NodePoolTotals }) {
  const figures = [
    ['Node pools', String(totals.pools)],
    ['Nodes', String(totals.now.nodes)],
    ['Cores', String(totals.now.cores)],
    ['RAM', formatRamMb(totals.now.ramMb)],
    ['Storage', formatGb(totals.now.storageGb)],
  ] as const;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {figures.map(([term, value]) => (
        <div key={term} className="rounded-md bg-slate-50 px-3 py-2 dark:bg-slate-900">
          <dt className="text-xs font-medium text-slate-700 dark:text-slate-300">{term}</dt>
          <dd className="text-lg font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Count, nodes, cores, RAM and storage of the cluster's node pools, and one line per pool; changes are on the node pool pages. */
export function NodePoolSummary({ clusterId }: { clusterId: string }) {
  const pools = useQuery(nodePoolQueries.list(clusterId));
  const items = pools.data?.items;

  function body() {
    if (items === undefined) {
      if (pools.isError) {
        const message = isApiError(pools.error) ? pools.error.message : 'Something went wrong in the console.';
        return (
          <Alert role="alert" variant="destructive">
            <AlertDescription>
              <p>The node pools could not be loaded. {message}</p>
              <Button variant="outline" size="sm" onClick={() => void pools.refetch()} disabled={pools.isFetching}>
                {pools.isFetching ? 'Trying again…' : 'Try again'}
              </Button>
            </AlertDescription>
          </Alert>
        );
      }
      return (
        <div className="grid gap-2">
          <p role="status" className="sr-only">
            Loading node pools…
          </p>
          <Skeleton className="h-16 w-full" />
        </div>
      );
    }
    if (items.length === 0) return <p className="text-sm">This cluster has no node pools.</p>;
    return (
      <>
        <Figures totals={nodePoolTotals(items)} />
        <Table aria-label="Node pools">
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              {['Name', 'State', 'Nodes', 'Per node', 'CPU family'].map((column) => (
                <TableHead key={column}>{column}</TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((pool) => (
              <TableRow key={pool.id}>
                <TableHead scope="row" className="font-medium">
                  <span className="flex flex-wrap items-center gap-2">
                    <Link href={nodePoolHref(clusterId, pool.id)} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
                      {pool.properties.name ?? pool.id}
                    </Link>
                    {isOperatorsPool(pool) ? <Badge variant="info">Stackable operators</Badge> : null}
                  </span>
                </TableHead>
                <TableCell>
                  <ClusterStateBadge state={pool.metadata.state} />
                </TableCell>
                <TableCell className="tabular-nums">{sizeText(pool.properties)}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {pool.properties.coresCount} cores · {formatRamMb(pool.properties.ramSize)} RAM · {storageText(pool.properties)}
                </TableCell>
                <TableCell>{cpuFamilyLabel(pool.properties.cpuFamily)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </>
    );
  }

  return (
    <section aria-labelledby="node-pools-heading" className="grid content-start gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="node-pools-heading" className="text-base font-semibold">
          Node pools
        </h2>
        <Link href={nodePoolListHref(clusterId)} className={buttonVariants({ variant: 'outline', size: 'sm' })}>
          Manage node pools
        </Link>
      </div>
      {body()}
    </section>
  );
}
