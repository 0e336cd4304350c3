'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { useIsClient } from '@/components/clusters/create/use-is-client';
import { AuditFiltersForm } from '@/components/portal/audit/audit-filters';
import { AuditTable } from '@/components/portal/audit/audit-table';
import { pageRange, parseAuditView, serializeAuditView, type AuditView } from '@/components/portal/audit/audit-view';
import { membershipOfMe, usePortal } from '@/components/portal/portal-context';
import { EmptyNote } from '@/components/portal/empty-note';
import { errorHint, LoadingBlock, QueryError } from '@/components/shared/query-states';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { asBffError } from '@/lib/api/client';
import { AUDIT_PAGE_SIZE, auditExportPath, portalQueries, type AuditFilters } from '@/lib/api/portal/queries';
import { teamsAllowed } from '@/lib/portal/policy';

/** The audit log with its filters and pages, all in the URL (a filtered view can be bookmarked and shared). */
export function AuditLog() {
  const me = usePortal();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const view = useMemo(() => parseAuditView(new URLSearchParams(search)), [search]);
  const teams = useMemo(() => {
    if (!me) return [];
    const allowed = new Set(
      teamsAllowed(
        membershipOfMe(me),
        'audit',
        me.teams.map((team) => team.id),
      ),
    );
    return me.teams.filter((team) => allowed.has(team.id));
  }, [me]);

  if (!me) return null;
  if (teams.length === 0) {
    return (
      <Alert role="status" variant="info">
        <AlertTitle>The audit log needs the team admin role</AlertTitle>
        <AlertDescription>
          <p>Team admins read their teams’ audit log, platform admins every team’s. You have no team admin role in any team.</p>
          <p>Ask your platform team to add you to a team’s admin group if you need it.</p>
        </AlertDescription>
      </Alert>
    );
  }

  function navigate(next: AuditView) {
    const query = serializeAuditView(next);
    router.push(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }

  return (
    <div className="grid min-w-0 gap-4">
      {/* Remounted when the URL changes (back button): the form shows the filters in force. */}
      <AuditFiltersForm
        key={search}
        filters={view.filters}
        teams={teams}
        allTeams={me.platformAdmin}
        onApply={(filters) => navigate({ filters, page: 1 })}
      />
      <AuditEntries
        view={view}
        teamName={(id) => me.teams.find((team) => team.id === id)?.name ?? id}
        onPage={(page) => navigate({ ...view, page })}
      />
      {me.platformAdmin ? <Retention /> : null}
    </div>
  );
}

function ExportLinks({ filters }: { filters: AuditFilters }) {
  const link = buttonVariants({ variant: 'outline', size: 'sm' });
  return (
    <div className="flex flex-wrap gap-2">
      <a className={link} href={auditExportPath('csv', filters)} download>
        Export CSV
      </a>
      <a className={link} href={auditExportPath('ndjson', filters)} download>
        Export NDJSON
      </a>
    </div>
  );
}

function AuditEntries({ view, teamName, onPage }: { view: AuditView; teamName: (id: string) => string; onPage: (page: number) => void }) {
  const isClient = useIsClient();
  const offset = (view.page - 1) * AUDIT_PAGE_SIZE;
  const audit = useQuery({ ...portalQueries.audit({ ...view.filters, offset }), placeholderData: keepPreviousData });

  if (!audit.data) {
    if (audit.isError) {
      return (
        <QueryError
          title="The audit log could not be loaded"
          error={asBffError(audit.error)}
          hint={errorHint(audit.error)}
          onRetry={() => void audit.refetch()}
          retrying={audit.isFetching}
        />
      );
    }
    return <LoadingBlock label="Loading the audit log…" className="h-64" />;
  }
  // Local times need the browser's time zone: the server render shows the loading state until hydration.
  if (!isClient) return <LoadingBlock label="Loading the audit log…" className="h-64" />;

  const { items, total } = audit.data;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <section aria-label="Entries" className="grid min-w-0 gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="text-sm text-muted-foreground">
          {pageRange(offset, items.length, total)}
          {audit.isPlaceholderData ? ' (loading…)' : ''}
        </p>
        <ExportLinks filters={view.filters} />
      </div>
      {audit.isError ? (
        <QueryError
          error={asBffError(audit.error)}
          hint={errorHint(audit.error)}
          onRetry={() => void audit.refetch()}
          retrying={audit.isFetching}
          stale="table"
        />
      ) : null}
      {items.length === 0 ? (
        <EmptyNote>{Object.keys(view.filters).length > 0 ? 'No entries match these filters.' : 'Nothing has been recorded yet.'}</EmptyNote>
      ) : (
        <AuditTable entries={items} teamName={teamName} />
      )}
      {pages > 1 ? (
        <nav aria-label="Audit log pages" className="flex items-center gap-3">
          <Button variant="outline" size="sm" disabled={view.page <= 1} onClick={() => onPage(view.page - 1)}>
            Previous page
          </Button>
          <span className="text-sm">
            Page {view.page} of {pages}
          </span>
          <Button variant="outline" size="sm" disabled={view.page >= pages} onClick={() => onPage(view.page + 1)}>
            Next page
          </Button>
        </nav>
      ) : null}
    </section>
  );
}

function Retention() {
  const config = useQuery(portalQueries.config());
  if (!config.data) return null;
  const days = config.data.retentionDays;
  return (
    <p className="text-sm text-muted-foreground">
      Entries are kept {days} {days === 1 ? 'day' : 'days'} (the teams file’s <code>audit.retentionDays</code>), then deleted; the chain of hashes
      stays verifiable from the first entry kept.
    </p>
  );
}
