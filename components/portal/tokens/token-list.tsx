'use client';

import { useState } from 'react';
import { useNow } from '@/components/clusters/detail/use-provisioning';
import { TOKEN_STATUS_LABELS, tokenStatus, type TokenStatus } from '@/components/portal/tokens/token-view';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { isBffError } from '@/lib/api/client';
import { useRevokeToken } from '@/lib/api/portal/mutations';
import type { AccessTokenView } from '@/lib/api/portal/schema';
import { formatDateTime, formatRelativeTime } from '@/lib/format/date-time';
import { toast } from '@/lib/toast';

const STATUS_VARIANT = { active: 'success', expired: 'muted', revoked: 'danger' } as const satisfies Record<TokenStatus, string>;

function When({ iso, now }: { iso: string; now: number }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso, 'UTC')}>
      {formatDateTime(iso)}
      <span className="block text-xs text-muted-foreground">{formatRelativeTime(iso, now)}</span>
    </time>
  );
}

/** The person's tokens, newest first, with "Revoke" on the live ones. Render after hydration (local times). */
export function TokenList({ tokens, teamName }: { tokens: readonly AccessTokenView[]; teamName: (id: string) => string }) {
  const now = useNow(true, 60_000);
  const [revoking, setRevoking] = useState<AccessTokenView | null>(null);
  return (
    <>
      <Table aria-label="Your access tokens">
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Teams</TableHead>
            <TableHead>Created</TableHead>
            <TableHead>Expires</TableHead>
            <TableHead>Last used</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tokens.map((token) => {
            const status = tokenStatus(token, now);
            return (
              <TableRow key={token.id}>
                <TableCell className="font-medium">{token.name}</TableCell>
                <TableCell>
                  {token.teams.length > 0 ? token.teams.map(teamName).join(', ') : <span className="text-muted-foreground">none</span>}
                </TableCell>
                <TableCell>
                  <When iso={token.createdAt} now={now} />
                </TableCell>
                <TableCell>
                  <When iso={token.expiresAt} now={now} />
                </TableCell>
                <TableCell>
                  {token.lastUsedAt ? <When iso={token.lastUsedAt} now={now} /> : <span className="text-muted-foreground">Never</span>}
                </TableCell>
                <TableCell>
                  <Badge variant={STATUS_VARIANT[status]}>{TOKEN_STATUS_LABELS[status]}</Badge>
                </TableCell>
                <TableCell className="text-right">
                  {status === 'active' ? (
                    <Button variant="outline" size="sm" onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
                      Revoke
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Dialog
        open={revoking !== null}
        onOpenChange={(open) => {
          if (!open) setRevoking(null);
        }}
        title={`Revoke the token “${revoking?.name ?? ''}”?`}
        description="Scripts and pipelines that use it are refused from now on. A revoked token cannot be used again."
      >
        {revoking ? <RevokeForm token={revoking} onClose={() => setRevoking(null)} /> : null}
      </Dialog>
    </>
  );
}

// Its own component inside the dialog, so each opening starts with a fresh mutation state.
function RevokeForm({ token, onClose }: { token: AccessTokenView; onClose: () => void }) {
  const revoke = useRevokeToken();
  function confirm() {
    revoke.mutate(token.id, {
      onSuccess: () => {
        toast({ title: `Token “${token.name}” revoked`, variant: 'success' });
        onClose();
      },
    });
  }
  return (
    <>
      {revoke.isError ? (
        <Alert role="alert" variant="destructive">
          <AlertDescription>
            The token was not revoked. {isBffError(revoke.error) ? revoke.error.message : 'Something went wrong in the console; try again.'}
          </AlertDescription>
        </Alert>
      ) : null}
      <DialogFooter>
        <Button variant="outline" onClick={onClose} disabled={revoke.isPending}>
          Cancel
        </Button>
        <Button variant="destructive" onClick={confirm} disabled={revoke.isPending}>
          {revoke.isPending ? 'Revoking…' : 'Revoke token'}
        </Button>
      </DialogFooter>
    </>
  );
}
