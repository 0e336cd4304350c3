'use client';

import Link from 'next/link';
import { nodePoolHref } from '@/lib/routes';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { isBffError } from '@/lib/api/client';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { usePolledQuery } from '@/lib/browser/polled-query';

/** Step 2 of the guided replacement: once the new pool is AVAILABLE, delete the old one. */
export function ReplaceCallout({ clusterId, pool, oldPoolId }: { clusterId: string; pool: NodePoolResponse; oldPoolId: string }) {
  const old = usePolledQuery(nodePoolQueries.detail(clusterId, oldPoolId));
  const oldName = old.data?.properties.name ?? 'the old pool';
  if (isBffError(old.error) && old.error.status === 404) {
    return (
      <Alert role="status" variant="info">
        <AlertTitle>Replacement done</AlertTitle>
        <AlertDescription>The old pool is gone; this pool replaces it.</AlertDescription>
      </Alert>
    );
  }
  const ready = pool.metadata.state === 'AVAILABLE';
  return (
    <Alert role="status" variant={ready ? 'warning' : 'info'}>
      <AlertTitle>Replacing “{oldName}”, step 2 of 2</AlertTitle>
      <AlertDescription>
        {ready ? (
          <>
            <p>This pool is available. Delete “{oldName}” now, so that its nodes no longer run (and cost).</p>
            <Link href={nodePoolHref(clusterId, oldPoolId)} className={buttonVariants({ variant: 'outline', size: 'sm' })}>
              Go to “{oldName}” to delete it
            </Link>
          </>
        ) : (
          <p>Wait until this pool is available, then delete “{oldName}”. Deleting it earlier leaves its workloads without nodes.</p>
        )}
      </AlertDescription>
    </Alert>
  );
}
