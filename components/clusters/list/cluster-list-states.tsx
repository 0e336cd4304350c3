import { CreateClusterButton } from '@/components/clusters/create-cluster-button';
import { Button } from '@/components/ui/button';
import { stateLabel } from '@/lib/format/state';
import type { ResourceState } from '@/lib/api/common/schema';

export function NoClustersYet() {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border-strong px-6 py-12 text-center">
      <h2 className="text-lg font-semibold">No clusters yet</h2>
      <p className="max-w-md text-sm text-muted-foreground">
        A cluster runs Stackable data services such as Kafka, NiFi, Trino or Spark in one of your virtual data centers.
      </p>
      {/* Disabled with the reason for someone who may not create clusters (a viewer in portal mode). */}
      <CreateClusterButton />
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
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border-strong px-6 py-10 text-center">
      <h2 className="text-base font-semibold">No clusters match</h2>
      <p className="text-sm text-muted-foreground">There is no cluster {describeFilters(name, state)}.</p>
      <Button variant="outline" size="sm" onClick={onClear}>
        Clear filters
      </Button>
    </div>
  );
}
