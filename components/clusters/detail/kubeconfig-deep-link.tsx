'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { kubeconfigAvailability } from '@/components/clusters/detail/cluster-actions';
import { ClusterDetailSkeleton, ClusterGone, ClusterLoadError } from '@/components/clusters/detail/cluster-detail-states';
import { ClusterBreadcrumb } from '@/components/clusters/detail/cluster-header';
import { KubeconfigOutcomeView, KubectlHowTo } from '@/components/clusters/detail/kubeconfig-panel';
import { useKubeconfigDownload } from '@/components/clusters/detail/use-kubeconfig-download';
import { useClusterRole } from '@/components/portal/team/use-cluster-team';
import { PageHeader } from '@/components/shared/page-header';
import { Button, buttonVariants } from '@/components/ui/button';
import { asBffError, isBffError } from '@/lib/api/client';
import { clusterQueries } from '@/lib/api/clusters/queries';
import type { KubeconfigFormat } from '@/lib/api/kubeconfig/download';
import { usePolledQuery } from '@/lib/browser/polled-query';
import { clusterHref } from '@/lib/routes';

/**
 * The kubeconfig link's page: reads the cluster (the session decides whether it is this user's), then saves its
 * kubeconfig once, at once when the cluster is provisioned, or as soon as it is (the read is polled meanwhile).
 */
export function KubeconfigDeepLink({ clusterId, format }: { clusterId: string; format: KubeconfigFormat }) {
  const query = usePolledQuery(clusterQueries.detail(clusterId));
  const cluster = query.data;
  const name = cluster?.properties.name;
  const { busy, outcome, download } = useKubeconfigDownload(clusterId, name);
  const availability = kubeconfigAvailability(cluster?.metadata.state, useClusterRole(clusterId));
  const started = useRef(false);

  useEffect(() => {
    if (started.current || !cluster || !availability.enabled) return;
    started.current = true;
    void download(format);
  }, [cluster, availability.enabled, download, format]);

  if (isBffError(query.error) && query.error.status === 404) return <ClusterGone seen={false} />;
  if (!cluster) {
    if (query.isError) return <ClusterLoadError error={asBffError(query.error)} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    return <ClusterDetailSkeleton />;
  }

  return (
    <div className="grid gap-4">
      <PageHeader
        back={<ClusterBreadcrumb name={name} below={{ clusterId, label: 'Kubeconfig' }} />}
        title={`Kubeconfig of ${name ?? clusterId}`}
        description={format === 'json' ? 'The file is saved as JSON.' : 'The file is saved as YAML, as kubectl expects.'}
      />
      <p role="status" className="text-sm">
        {busy
          ? 'Downloading the kubeconfig…'
          : availability.enabled
            ? ''
            : `${availability.reason}${cluster.metadata.state === 'DEPLOYING' ? ' The download starts as soon as it is.' : ''}`}
      </p>
      <KubeconfigOutcomeView outcome={outcome} />
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void download(format)} disabled={!availability.enabled || busy !== null}>
          {outcome?.kind === 'saved' ? 'Download again' : 'Download kubeconfig'}
        </Button>
        <Link href={clusterHref(clusterId)} className={buttonVariants({ variant: 'outline' })}>
          Open the cluster
        </Link>
      </div>
      <KubectlHowTo clusterName={name} clusterId={clusterId} />
    </div>
  );
}
