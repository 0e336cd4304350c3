'use client';

import { useState, type ReactNode } from 'react';
import { ExportPanel } from '@/components/export/export-panel';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { Button } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { usePolledQuery } from '@/lib/browser/polled-query';
import { existingClusterExport, existingNodePoolExport, type ExportSubject } from '@/lib/export/subject';

function ExportDialog({ title, children }: { title: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outline" onClick={() => setOpen(true)}>
        Export
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={title}
        description="Create the same resource from a script or a pipeline. Credentials stay placeholders."
        className="max-w-3xl"
      >
        {children(() => setOpen(false))}
      </Dialog>
    </>
  );
}

function Body({ subject, close }: { subject: ExportSubject; close: () => void }) {
  return (
    <>
      <ExportPanel subject={subject} />
      <DialogFooter>
        <Button variant="ghost" onClick={close}>
          Close
        </Button>
      </DialogFooter>
    </>
  );
}

/** The cluster with its node pools (Terraform declares them together); the pools load when the dialog opens. */
function ClusterExportBody({ cluster, close }: { cluster: ClusterResponse; close: () => void }) {
  const pools = usePolledQuery(nodePoolQueries.list(cluster.id));
  if (pools.isError) {
    return (
      <QueryError title="The node pools could not be loaded" error={pools.error} onRetry={() => void pools.refetch()} retrying={pools.isFetching} />
    );
  }
  if (!pools.data) return <LoadingBlock label="Loading the node pools…" />;
  return <Body subject={existingClusterExport(cluster, pools.data.items)} close={close} />;
}

/** "Export" on the cluster page: the cluster and its pools as code. */
export function ExportClusterButton({ cluster }: { cluster: ClusterResponse }) {
  return (
    <ExportDialog title={`Export ${cluster.properties.name ?? cluster.id} as code`}>
      {(close) => <ClusterExportBody cluster={cluster} close={close} />}
    </ExportDialog>
  );
}

/** "Export" on the node pool page. */
export function ExportNodePoolButton({ clusterId, pool }: { clusterId: string; pool: NodePoolResponse }) {
  return (
    <ExportDialog title={`Export ${pool.properties.name ?? pool.id} as code`}>
      {(close) => <Body subject={existingNodePoolExport(clusterId, pool)} close={close} />}
    </ExportDialog>
  );
}
