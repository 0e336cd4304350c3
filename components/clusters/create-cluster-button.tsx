'use client';

import Link from 'next/link';
import { useId, type ReactNode } from 'react';
import { creatableTeams, NO_TEAM_TO_CREATE_IN } from '@/components/portal/team/teams';
import { usePortal } from '@/components/portal/portal-context';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { PRIVILEGE_GUIDANCE, useDataPlatformAccess } from '@/lib/api/access/privilege';
import { newClusterHref } from '@/lib/routes';

const DENIED = 'You cannot create clusters.';

/**
 * Why the user cannot create clusters, or null when they can (or it is not known yet): in portal mode the teams file
 * decides (team admins and platform admins may); in personal mode the contract's privilege, asked of the API.
 */
function useCreateDenied(deniedOnServer = false): string | null {
  const access = useDataPlatformAccess();
  const me = usePortal();
  if (me) return creatableTeams(me).length > 0 ? null : NO_TEAM_TO_CREATE_IN;
  return deniedOnServer || access === 'denied' ? PRIVILEGE_GUIDANCE : null;
}

/** "Create cluster", or, for a user who may not create clusters, a disabled button that says whom to ask. */
export function CreateClusterButton() {
  const denied = useCreateDenied();
  const reasonId = useId();
  if (!denied) {
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
        {DENIED} {denied}
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
  const denied = useCreateDenied(deniedOnServer);
  if (!denied) return children;
  return (
    <Alert role="alert" variant="warning">
      <AlertTitle>{DENIED}</AlertTitle>
      <AlertDescription>
        <p>{denied}</p>
      </AlertDescription>
    </Alert>
  );
}
