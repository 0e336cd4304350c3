'use client';

import { useState } from 'react';
import { editAvailability } from '@/components/clusters/detail/cluster-actions';
import { ClusterDetailSkeleton, ClusterGone, ClusterLoadError } from '@/components/clusters/detail/cluster-detail-states';
import { ClusterBreadcrumb } from '@/components/clusters/detail/cluster-header';
import { EditClusterForm } from '@/components/clusters/edit/edit-cluster-form';
import { useClusterRole } from '@/components/portal/team/use-cluster-team';
import { asBffError, isBffError } from '@/lib/api/client';
import { clusterQueries } from '@/lib/api/clusters/queries';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { usePolledQuery } from '@/lib/browser/polled-query';

/** The edit page: the form keeps the cluster as it was loaded, while the live query says whether it may change now. */
export function EditCluster({ clusterId }: { clusterId: string }) {
  const query = usePolledQuery(clusterQueries.detail(clusterId));
  const role = useClusterRole(clusterId);
  const [loaded, setLoaded] = useState<ClusterResponse | undefined>(undefined);
  // The first answer becomes the form's baseline; later polls must not move it (that is the point of the ETag).
  if (loaded === undefined && query.data !== undefined) setLoaded(query.data);

  if (isBffError(query.error) && query.error.status === 404) return <ClusterGone seen={loaded !== undefined} name={loaded?.properties.name} />;
  if (!loaded) {
    if (query.isError) return <ClusterLoadError error={asBffError(query.error)} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    return <ClusterDetailSkeleton />;
  }

  const live = editAvailability(query.data?.metadata.state ?? loaded.metadata.state, role);
  const name = loaded.properties.name ?? loaded.id;

  return (
    <div className="grid gap-6">
      <ClusterBreadcrumb name={name} below={{ clusterId, label: 'Edit' }} />
      <h1 className="text-2xl font-semibold break-all">Edit {name}</h1>
      <EditClusterForm
        key={loaded.metadata.ETag ?? 'loaded'}
        loaded={loaded}
        blockedReason={live.enabled ? undefined : live.reason}
        onReload={setLoaded}
      />
    </div>
  );
}
