'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CLIPBOARD_REFUSED, copyToClipboard } from '@/lib/browser/clipboard';

/** An ID in monospace with a small Copy button named after it ("Copy cluster ID"); the outcome is announced. */
export function CopyId({ id, label }: { id: string; label: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <span className="font-mono text-xs break-all">{id}</span>
      <Button variant="ghost" size="sm" aria-label={`Copy ${label}`} onClick={() => void copyToClipboard(id).then(setCopied)}>
        Copy
      </Button>
      <span role="status" className="text-xs text-muted-foreground empty:hidden">
        {copied === true ? 'Copied.' : copied === false ? CLIPBOARD_REFUSED : ''}
      </span>
    </span>
  );
}
