import Link from 'next/link';
import { ClusterBreadcrumb } from '@/components/clusters/detail/cluster-header';
import { PageHeader } from '@/components/shared/page-header';
import { PERMISSION_HINT, QueryError } from '@/components/shared/query-states';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import type { ApiError } from '@/lib/api/client';
import { clustersHref } from '@/lib/routes';

function BackToClusters() {
  return (
    <Link href={clustersHref} className={buttonVariants({ variant: 'outline', className: 'w-fit' })}>
      Back to clusters
    </Link>
  );
}

export function ClusterDetailSkeleton() {
  return (
    <div className="grid gap-4">
      <p role="status" className="sr-only">
        Loading the cluster…
      </p>
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-32 w-full" />
      <Skeleton className="h-48 w-full" />
    </div>
  );
}

/** 404: deleted while the page watched it (`seen`), or never there for this user. */
export function ClusterGone({ seen, name }: { seen: boolean; name?: string }) {
  return (
    <div className="grid gap-4">
      <PageHeader back={<ClusterBreadcrumb />} title={seen ? 'This cluster no longer exists' : 'Cluster not found'} />
      <p className="text-muted-foreground">
        {seen
          ? `${name ? `“${name}”` : 'The cluster'} was deleted, together with its node pools.`
          : 'There is no cluster with this ID that your user can see. It may have been deleted, or it belongs to someone else.'}
      </p>
      <BackToClusters />
    </div>
  );
}

/** The cluster page when its read failed: 403 says what the user lacks, the rest can be tried again. */
export function ClusterLoadError({ error, onRetry, retrying }: { error: ApiError; onRetry: () => void; retrying: boolean }) {
  if (error.status === 403) {
    return (
      <div className="grid gap-4">
        <PageHeader back={<ClusterBreadcrumb />} title="No permission to see this cluster" />
        <Alert role="alert" variant="destructive">
          <AlertTitle>You don’t have permission to see this cluster.</AlertTitle>
          <AlertDescription>
            <p>The API said: {error.message}</p>
            <p>{PERMISSION_HINT}</p>
          </AlertDescription>
        </Alert>
        <BackToClusters />
      </div>
    );
  }
  return (
    <div className="grid gap-4">
      <PageHeader back={<ClusterBreadcrumb />} title="The cluster could not be loaded" />
      <QueryError error={error} onRetry={onRetry} retrying={retrying} />
    </div>
  );
}
