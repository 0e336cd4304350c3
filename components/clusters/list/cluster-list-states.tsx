import Link from 'next/link';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { stateLabel } from '@/components/clusters/cluster-format';
import type { ApiError } from '@/lib/api/client';
import type { ResourceState } from '@/lib/api/common/schema';

export function CreateClusterLink() {
  return (
    <Link href="/clusters/new" className={buttonVariants()}>
      Create cluster
    </Link>
  );
}

export function NoClustersYet() {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-slate-300 px-6 py-12 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">No clusters yet</h2>
      <p className="max-w-md text-sm text-slate-700 dark:text-slate-300">
        A cluster runs Stackable data services such as Kafka, NiFi, Trino or Spark in one of your virtual data centers.
      </p>
      <CreateClusterLink />
    </div>
  );
}

/** What hides the clusters, in words: "whose name contains “kafka” and whose state is Failed". */
export function describeFilters(name: string, state: ResourceState | undefined): string {
  const parts = [name ? `whose name contains “${name}”` : '', state ? `in state “${stateLabel(state)}”` : ''].filter(Boolean);
  return parts.join(' and ');
}

export function NoMatchingClusters({ name, state, onClear }: { name: string; state: ResourceState | undefined; onClear: () => void }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700">
      <h2 className="text-base font-semibold">No clusters match</h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">There is no cluster {describeFilters(name, state)}.</p>
      <Button variant="outline" size="sm" onClick={onClear}>
        Clear filters
      </Button>
    </div>
  );
}

/** Whether the API asked to slow down; polling then waits for Retry-After on its own. */
export function isBusyError(error: ApiError): boolean {
  return error.status === 429 || error.status === 503;
}

function errorHint(error: ApiError): string | null {
  if (isBusyError(error)) return 'The API is busy right now. The console tries again automatically.';
  if (error.status === 403) return 'Your user needs the group privilege “Manage Dataplatform”, or a contract administrator’s rights.';
  if (error.status === 0) return 'The console tries again automatically once it can reach its server.';
  return null;
}

type ClusterListErrorProps = {
  error: ApiError;
  onRetry: () => void;
  retrying: boolean;
  /** True when older data is still on screen under the message. */
  stale?: boolean;
};

export function ClusterListError({ error, onRetry, retrying, stale = false }: ClusterListErrorProps) {
  const hint = errorHint(error);
  return (
    <Alert role="alert" variant={stale || isBusyError(error) ? 'warning' : 'destructive'}>
      <AlertTitle>{stale ? 'The clusters could not be refreshed' : 'The clusters could not be loaded'}</AlertTitle>
      <AlertDescription>
        <p>{error.message}</p>
        {hint ? <p>{hint}</p> : null}
        {stale ? <p>The table shows the last known state.</p> : null}
        <Button variant="outline" size="sm" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </Button>
      </AlertDescription>
    </Alert>
  );
}
