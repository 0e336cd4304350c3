'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CLIPBOARD_REFUSED, copyToClipboard } from '@/lib/browser/clipboard';

/** A snippet to copy: the text as code, a Copy button and what became of the copy (the clipboard may refuse). */
export function CopySnippet({ text, copyLabel = 'Copy', label }: { text: string; copyLabel?: string; label?: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  async function copy() {
    setCopied(await copyToClipboard(text));
  }
  return (
    <div className="grid gap-2">
      <pre aria-label={label} className="rounded-md bg-muted p-3 font-mono text-xs [overflow-wrap:anywhere] whitespace-pre-wrap text-foreground">
        <code>{text}</code>
      </pre>
      <div className="flex items-center gap-3">
        <Button variant="outline" size="sm" onClick={() => void copy()}>
          {copyLabel}
        </Button>
        <p role="status" className="text-xs text-muted-foreground">
          {copied === true ? 'Copied to the clipboard.' : copied === false ? CLIPBOARD_REFUSED : ''}
        </p>
      </div>
    </div>
  );
}
