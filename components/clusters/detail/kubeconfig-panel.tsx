'use client';

import { useId, useState, type MouseEvent } from 'react';
import { kubeconfigAvailability } from '@/components/clusters/detail/cluster-actions';
import { DetailPanel } from '@/components/clusters/detail/detail-panel';
import { KubeconfigEmbedDialog } from '@/components/clusters/detail/kubeconfig-embed-dialog';
import { useKubeconfigDownload, type KubeconfigOutcome } from '@/components/clusters/detail/use-kubeconfig-download';
import { useClusterRole } from '@/components/portal/team/use-cluster-team';
import { CopySnippet } from '@/components/shared/copy-snippet';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { fallbackFileName, type KubeconfigFormat } from '@/lib/api/kubeconfig/download';
import { kubeconfigHref } from '@/lib/routes';
import { LearnMore } from '@/components/shared/learn-more';

/** What came of the last download: "Saved as …" for screen readers and eyes, or the specific error. */
export function KubeconfigOutcomeView({ outcome }: { outcome: KubeconfigOutcome }) {
  return (
    <>
      <p role="status" className="text-sm empty:hidden">
        {outcome?.kind === 'saved' ? `Saved as ${outcome.fileName}.` : ''}
      </p>
      {outcome?.kind === 'error' ? (
        <Alert role="alert" variant="destructive">
          <AlertDescription>{outcome.message}</AlertDescription>
        </Alert>
      ) : null}
    </>
  );
}

/** How to use the saved file, with the name the download gives it. */
export function KubectlHowTo({ clusterName, clusterId }: { clusterName: string | undefined; clusterId: string }) {
  const yamlName = fallbackFileName(clusterName, clusterId, 'yaml');
  return (
    <>
      <p className="text-sm text-muted-foreground">
        The file is YAML, as kubectl expects. This credential is limited to the <code className="font-mono">default</code> namespace; create further
        namespaces below it as hierarchical namespaces.
      </p>
      <LearnMore concept="hierarchicalNamespaces" />
      <CopySnippet copyLabel="Copy commands" text={`export KUBECONFIG=~/Downloads/${yamlName}\nkubectl get pods -n default`} />
    </>
  );
}

/** A plain click downloads in place (errors said here); a middle click, "copy link" or a wiki uses the deep link. */
function inPlace(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Download of the cluster's kubeconfig (YAML, or JSON on request) and how to use it with kubectl. The download
 * links are the cluster's stable kubeconfig link (/clusters/<id>/kubeconfig), which "Embed" offers for other pages.
 */
export function KubeconfigPanel({ cluster }: { cluster: ClusterResponse }) {
  const name = cluster.properties.name;
  const { busy, outcome, download } = useKubeconfigDownload(cluster.id, name);
  const [embedOpen, setEmbedOpen] = useState(false);
  const reasonId = useId();
  const availability = kubeconfigAvailability(cluster.metadata.state, useClusterRole(cluster.id));

  function downloadLink(format: KubeconfigFormat, label: string, variant: 'default' | 'outline') {
    const text = busy === format ? 'Downloading…' : label;
    // A link cannot be disabled: while unavailable (or busy) it is a disabled button that says why.
    if (!availability.enabled || busy !== null) {
      return (
        <Button variant={variant} disabled aria-describedby={availability.enabled ? undefined : reasonId}>
          {text}
        </Button>
      );
    }
    return (
      <a
        href={kubeconfigHref(cluster.id, format)}
        className={buttonVariants({ variant })}
        onClick={(event) => {
          if (!inPlace(event)) return;
          event.preventDefault();
          void download(format);
        }}
      >
        {text}
      </a>
    );
  }

  return (
    <DetailPanel headingId="kubeconfig-heading" heading="Kubeconfig">
      <div className="flex flex-wrap items-center gap-2">
        {downloadLink('yaml', 'Download kubeconfig', 'default')}
        {downloadLink('json', 'Download as JSON', 'outline')}
        <Button variant="ghost" onClick={() => setEmbedOpen(true)}>
          Embed
        </Button>
      </div>
      {availability.enabled ? null : (
        <p id={reasonId} className="text-sm text-muted-foreground">
          {availability.reason}
        </p>
      )}
      <KubeconfigOutcomeView outcome={outcome} />
      {/* Commands for a file that cannot be had would mislead (a cluster that failed has no kubeconfig at all). */}
      {availability.enabled ? <KubectlHowTo clusterName={name} clusterId={cluster.id} /> : null}
      <KubeconfigEmbedDialog open={embedOpen} onOpenChange={setEmbedOpen} clusterId={cluster.id} clusterName={name ?? cluster.id} />
    </DetailPanel>
  );
}
