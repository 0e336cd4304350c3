'use client';

import { CopySnippet } from '@/components/shared/copy-snippet';
import { Button } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { kubeconfigEmbed } from '@/lib/api/kubeconfig/embed';
import { kubeconfigHref } from '@/lib/routes';

type Props = { open: boolean; onOpenChange: (open: boolean) => void; clusterId: string; clusterName: string };

/**
 * The cluster's kubeconfig link for wikis, READMEs and developer portals: as a link, an HTML button and Markdown.
 * The origin is the one this browser reached the console at, which is the one its colleagues reach too.
 */
export function KubeconfigEmbedDialog({ open, onOpenChange, clusterId, clusterName }: Props) {
  // The dialog's children render only while open, in the browser: `window` is there.
  const embed = open ? kubeconfigEmbed({ origin: window.location.origin, path: kubeconfigHref(clusterId), clusterName }) : undefined;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Embed the kubeconfig of ${clusterName}`}
      description="Put this link on a wiki page, a README or a developer portal. It carries no secret: whoever follows it signs in to this console, and gets the file only if they may see this cluster."
      className="max-w-2xl"
    >
      {embed ? (
        <div className="grid gap-4">
          <div className="grid gap-1">
            <h3 className="text-sm font-semibold">Link</h3>
            <CopySnippet label="Link" copyLabel="Copy link" text={embed.url} />
          </div>
          <div className="grid gap-1">
            <h3 className="text-sm font-semibold">HTML button</h3>
            <CopySnippet label="HTML button" copyLabel="Copy HTML" text={embed.html} />
          </div>
          <div className="grid gap-1">
            <h3 className="text-sm font-semibold">Markdown</h3>
            <CopySnippet label="Markdown" copyLabel="Copy Markdown" text={embed.markdown} />
          </div>
        </div>
      ) : null}
      <DialogFooter>
        <Button variant="outline" onClick={() => onOpenChange(false)}>
          Close
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
