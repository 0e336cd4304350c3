'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIsClient } from '@/components/clusters/create/use-is-client';
import { membershipOfMe, usePortal } from '@/components/portal/portal-context';
import { CreateTokenForm } from '@/components/portal/tokens/create-token-form';
import { NewTokenSecret } from '@/components/portal/tokens/new-token-secret';
import { TokenList } from '@/components/portal/tokens/token-list';
import { EmptyNote } from '@/components/portal/empty-note';
import { errorHint, LoadingBlock, QueryError } from '@/components/shared/query-states';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { asBffError } from '@/lib/api/client';
import { portalQueries } from '@/lib/api/portal/queries';
import { ROLE_LABELS, teamsAllowed } from '@/lib/portal/policy';

/** The Tokens page's body: create (members and up), the new secret once, and the list with "Revoke". */
export function AccessTokens() {
  const me = usePortal();
  // The secret exists only here, for as long as the page is open.
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  if (!me) return null;
  const teamName = (id: string) => me.teams.find((team) => team.id === id)?.name ?? id;
  const canCreate =
    teamsAllowed(
      membershipOfMe(me),
      'kubeconfig',
      me.teams.map((team) => team.id),
    ).length > 0;
  const roles = me.teams.filter((team) => team.role !== null);

  return (
    <div className="grid min-w-0 gap-8">
      {created ? (
        <NewTokenSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />
      ) : canCreate ? (
        <CreateTokenForm onCreated={({ secret, token }) => setCreated({ name: token.name, secret })} />
      ) : (
        <Alert role="status" variant="info">
          <AlertTitle>You cannot create tokens</AlertTitle>
          <AlertDescription>
            <p>
              A token downloads kubeconfigs, which needs the member role in a team.{' '}
              {roles.length > 0
                ? `You are ${roles.map((team) => `${ROLE_LABELS[team.role ?? 'viewer']} of ${team.name}`).join(', ')}.`
                : 'You have no role in any team.'}
            </p>
            <p>Ask your team’s admin or the platform team for the member role.</p>
          </AlertDescription>
        </Alert>
      )}
      <section aria-labelledby="token-list-heading" className="grid min-w-0 gap-3">
        <h2 id="token-list-heading" className="text-lg font-semibold">
          Your tokens
        </h2>
        <Tokens teamName={teamName} />
      </section>
    </div>
  );
}

function Tokens({ teamName }: { teamName: (id: string) => string }) {
  const isClient = useIsClient();
  const tokens = useQuery(portalQueries.tokens());
  if (!tokens.data || !isClient) {
    if (tokens.isError) {
      return (
        <QueryError
          title="Your tokens could not be loaded"
          error={asBffError(tokens.error)}
          hint={errorHint(tokens.error)}
          onRetry={() => void tokens.refetch()}
          retrying={tokens.isFetching}
        />
      );
    }
    return <LoadingBlock label="Loading your tokens…" />;
  }
  return (
    <>
      {tokens.isError ? (
        <QueryError
          error={asBffError(tokens.error)}
          hint={errorHint(tokens.error)}
          onRetry={() => void tokens.refetch()}
          retrying={tokens.isFetching}
          stale="list"
        />
      ) : null}
      {tokens.data.items.length === 0 ? <EmptyNote>You have no tokens yet.</EmptyNote> : <TokenList tokens={tokens.data.items} teamName={teamName} />}
    </>
  );
}
