'use client';

import Link from 'next/link';
import { useId, type ReactNode } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { PRIVILEGE_GUIDANCE, useDataPlatformAccess } from '@/lib/api/access/privilege';
import { newClusterHref } from '@/lib/routes';

const DENIED = 'You cannot create clusters.';

/** "Create cluster", or, for a user without the privilege, a disabled button that says whom to ask. */
export function CreateClusterButton() {
  const access = useDataPlatformAccess();
  const reasonId = useId();
  if (access !== 'denied') {
    return (
      <Link href={newClusterHref} className={buttonVariants()}>
        Create cluster
      </Link>
    );
  }
  return (
    <span className="grid max-w-sm justify-items-end gap-1">
      <Button disabled aria-describedby={reasonId}>
        Create cluster
      </Button>
      <span id={reasonId} className="text-right text-xs text-muted-foreground">
        {DENIED} {PRIVILEGE_GUIDANCE}
      </span>
    </span>
  );
}

/**
 * The create-cluster wizard only for a user who may create clusters: the others get the reason and whom to ask
 * instead of four steps that end in a refusal. `deniedOnServer`: the page's own read of the list was refused. While
 * the browser has no answer yet the wizard shows (the API decides at submit, as before).
 */
export function CreateClusterGate({ deniedOnServer, children }: { deniedOnServer: boolean; children: ReactNode }) {
  const access = useDataPlatformAccess();
  if (!deniedOnServer && access !== 'denied') return children;
  return (
    <Alert role="alert" variant="warning">
      <AlertTitle>{DENIED}</AlertTitle>
      <AlertDescription>
        <p>{PRIVILEGE_GUIDANCE}</p>
      </AlertDescription>
    </Alert>
  );
}
