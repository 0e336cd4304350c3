'use client';

import { useState } from 'react';
import { CopySnippet } from '@/components/shared/copy-snippet';
import { ExternalLink } from '@/components/shared/learn-more';
import { Button } from '@/components/ui/button';
import { saveFile } from '@/lib/browser/save-file';
import type { ProductGuide } from '@/lib/stackable/guide';

function Step({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-2">
      <h4 className="text-sm font-semibold">{heading}</h4>
      {children}
    </div>
  );
}

/** One product's first deployment: what it needs, the YAML to copy or download, and the kubectl commands. */
export function GettingStartedProduct({ guide, release }: { guide: ProductGuide; release: string }) {
  const [saved, setSaved] = useState(false);
  function download() {
    saveFile(new Blob([guide.yaml], { type: 'application/yaml' }), guide.fileName);
    setSaved(true);
  }
  return (
    <div className="grid min-w-0 gap-4">
      <h3 className="text-sm font-semibold">
        A first {guide.label} {guide.productVersion} on release {release}
      </h3>
      {guide.needs.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-muted-foreground">
          {guide.needs.map((need) => (
            <li key={need}>{need}</li>
          ))}
        </ul>
      ) : null}
      <Step heading={`1. Save the YAML as ${guide.fileName}`}>
        <CopySnippet text={guide.yaml} copyLabel="Copy YAML" label={`${guide.label} YAML for release ${release}`} />
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="outline" size="sm" onClick={download}>
            Download {guide.fileName}
          </Button>
          <p role="status" className="text-xs text-muted-foreground">
            {saved ? `Saved as ${guide.fileName}.` : ''}
          </p>
        </div>
      </Step>
      <Step heading="2. Apply it with the cluster’s kubeconfig">
        <CopySnippet text={guide.apply} copyLabel="Copy apply command" />
      </Step>
      <Step heading="3. Watch it come up">
        <CopySnippet text={guide.watch} copyLabel="Copy watch commands" />
      </Step>
      <Step heading="4. Reach it">
        <CopySnippet text={guide.reach} copyLabel="Copy commands to reach it" />
        <p className="text-sm text-muted-foreground">
          The YAML keeps the default listener class, <code className="font-mono">cluster-internal</code>: reachable inside the cluster and through
          port-forwarding. For access from outside, set <code className="font-mono [overflow-wrap:anywhere]">{guide.listenerField}</code> to{' '}
          <code className="font-mono">external-unstable</code> or <code className="font-mono">external-stable</code>.
        </p>
      </Step>
      <ul className="grid gap-1 text-sm">
        <li>
          <ExternalLink href={guide.docs.gettingStarted}>
            {guide.label} getting started, Stackable {release} documentation
          </ExternalLink>
        </li>
        {guide.docs.listenerClass ? (
          <li>
            <ExternalLink href={guide.docs.listenerClass}>{guide.label} listener classes</ExternalLink>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
