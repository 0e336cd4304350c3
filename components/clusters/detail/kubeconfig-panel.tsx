'use client';

import { useId, useState } from 'react';
import { kubeconfigAvailability } from '@/components/clusters/detail/cluster-actions';
import { DetailPanel } from '@/components/clusters/detail/detail-panel';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { isBffError } from '@/lib/api/client';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { downloadKubeconfig, fallbackFileName, type KubeconfigFormat } from '@/lib/api/kubeconfig/download';

type Outcome = { kind: 'saved'; fileName: string } | { kind: 'error'; message: string } | null;

function CopySnippet({ text }: { text: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="grid gap-2">
      <pre className="rounded-md bg-muted p-3 font-mono text-xs [overflow-wrap:anywhere] whitespace-pre-wrap text-foreground">
        <code>{text}</code>
      </pre>
      <div className="flex items-center gap-3">
        <Button variant="outline" size="sm" onClick={() => void copy()}>
          Copy commands
        </Button>
        <p role="status" className="text-xs text-muted-foreground">
          {copied === true ? 'Copied to the clipboard.' : copied === false ? 'The browser refused the clipboard: select the text and copy it.' : ''}
        </p>
      </div>
    </div>
  );
}

/** Download of the cluster's kubeconfig (YAML, or JSON on request) and how to use it with kubectl. */
export function KubeconfigPanel({ cluster }: { cluster: ClusterResponse }) {
  const [busy, setBusy] = useState<KubeconfigFormat | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const reasonId = useId();
  const availability = kubeconfigAvailability(cluster.metadata.state);
  const name = cluster.properties.name;
  const yamlName = fallbackFileName(name, cluster.id, 'yaml');

  async function download(format: KubeconfigFormat) {
    setBusy(format);
    setOutcome(null);
    try {
      const fileName = await downloadKubeconfig({ clusterId: cluster.id, clusterName: name, format });
      setOutcome({ kind: 'saved', fileName });
    } catch (error) {
      // A 401 is already on its way to sign-in; anything else is said here, specifically.
      if (isBffError(error) && error.status === 401) return;
      const message = isBffError(error) ? error.message : 'The file could not be saved.';
      setOutcome({ kind: 'error', message: `The kubeconfig could not be downloaded. ${message}` });
    } finally {
      setBusy(null);
    }
  }

  const disabled = !availability.enabled || busy !== null;
  const describedBy = availability.enabled ? undefined : reasonId;

  return (
    <DetailPanel headingId="kubeconfig-heading" heading="Kubeconfig">
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={() => void download('yaml')} disabled={disabled} aria-describedby={describedBy}>
          {busy === 'yaml' ? 'Downloading…' : 'Download kubeconfig'}
        </Button>
        <Button variant="outline" onClick={() => void download('json')} disabled={disabled} aria-describedby={describedBy}>
          {busy === 'json' ? 'Downloading…' : 'Download as JSON'}
        </Button>
      </div>
      {availability.enabled ? null : (
        <p id={reasonId} className="text-sm text-muted-foreground">
          {availability.reason}
        </p>
      )}
      <p role="status" className="text-sm empty:hidden">
        {outcome?.kind === 'saved' ? `Saved as ${outcome.fileName}.` : ''}
      </p>
      {outcome?.kind === 'error' ? (
        <Alert role="alert" variant="destructive">
          <AlertDescription>{outcome.message}</AlertDescription>
        </Alert>
      ) : null}
      <p className="text-sm text-muted-foreground">
        The file is YAML, as kubectl expects. This credential is limited to the <code className="font-mono">default</code> namespace; create further
        namespaces below it as hierarchical namespaces.
      </p>
      <CopySnippet text={`export KUBECONFIG=~/Downloads/${yamlName}\nkubectl get pods -n default`} />
    </DetailPanel>
  );
}
