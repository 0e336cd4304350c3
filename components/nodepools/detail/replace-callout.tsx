'use client';

import { useState } from 'react';
import { DeleteNodePoolDialog } from '@/components/nodepools/detail/delete-node-pool-dialog';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { isBffError } from '@/lib/api/client';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { usePolledQuery } from '@/lib/browser/polled-query';

/** Step 2 of the guided replacement: once the new pool is AVAILABLE, delete the old one, here, without leaving. */
export function ReplaceCallout({ clusterId, pool, oldPoolId }: { clusterId: string; pool: NodePoolResponse; oldPoolId: string }) {
  const old = usePolledQuery(nodePoolQueries.detail(clusterId, oldPoolId));
  const [deleting, setDeleting] = useState(false);
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
  if (old.data?.metadata.state === 'DESTROYING') {
    return (
      <Alert role="status" variant="info">
        <AlertTitle>Replacing “{oldName}”, step 2 of 2</AlertTitle>
        <AlertDescription>“{oldName}” is being deleted; this pool replaces it.</AlertDescription>
      </Alert>
    );
  }
  return (
    <Alert role="status" variant={ready ? 'warning' : 'info'}>
      <AlertTitle>Replacing “{oldName}”, step 2 of 2</AlertTitle>
      <AlertDescription>
        {ready ? (
          <>
            <p>This pool is available. Delete “{oldName}” now, so that its nodes no longer run (and cost).</p>
            {old.data ? (
              <>
                <Button variant="destructive" size="sm" className="w-fit" onClick={() => setDeleting(true)}>
                  Delete “{oldName}”…
                </Button>
                <DeleteNodePoolDialog clusterId={clusterId} pool={old.data} open={deleting} onOpenChange={setDeleting} stay />
              </>
            ) : null}
          </>
        ) : (
          <p>Wait until this pool is available, then delete “{oldName}”. Deleting it earlier leaves its workloads without nodes.</p>
        )}
      </AlertDescription>
    </Alert>
  );
}
