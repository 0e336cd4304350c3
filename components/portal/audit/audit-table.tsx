import { AUDIT_ACTION_LABELS, OUTCOME_LABELS, summarizeChanges } from '@/components/portal/audit/audit-view';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { AuditEntryView } from '@/lib/api/portal/schema';
import { formatDateTime } from '@/lib/format/date-time';

const OUTCOME_VARIANT = { success: 'success', refused: 'warning', failed: 'danger' } as const satisfies Record<AuditEntryView['outcome'], string>;

/** One page of audit entries, newest first. Times are local with UTC on hover (render after hydration only). */
export function AuditTable({ entries, teamName }: { entries: readonly AuditEntryView[]; teamName: (id: string) => string }) {
  return (
    <Table aria-label="Audit log">
      <TableHeader>
        <TableRow>
          <TableHead>Time</TableHead>
          <TableHead>Actor</TableHead>
          <TableHead>Team</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Target</TableHead>
          <TableHead>Changes</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead>Request id</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.seq}>
            <TableCell className="whitespace-nowrap">
              <time dateTime={entry.at} title={formatDateTime(entry.at, 'UTC', { seconds: true })}>
                {formatDateTime(entry.at, undefined, { seconds: true })}
              </time>
            </TableCell>
            <TableCell>
              <span className="block">{entry.actor.email || entry.actor.sub}</span>
              {entry.via?.kind === 'token' ? <span className="block text-xs text-muted-foreground">with an access token</span> : null}
            </TableCell>
            <TableCell>{entry.team ? teamName(entry.team) : <span className="text-muted-foreground">none</span>}</TableCell>
            <TableCell>{AUDIT_ACTION_LABELS[entry.action]}</TableCell>
            <TableCell>
              {entry.target ? (
                <>
                  <span className="block">{entry.target.name ?? entry.target.type}</span>
                  <span className="block font-mono text-xs break-all text-muted-foreground">{entry.target.id}</span>
                </>
              ) : null}
            </TableCell>
            <TableCell className="max-w-72 text-xs break-words">{summarizeChanges(entry.changes)}</TableCell>
            <TableCell>
              <Badge variant={OUTCOME_VARIANT[entry.outcome]}>{OUTCOME_LABELS[entry.outcome]}</Badge>
              {entry.reason ? <span className="mt-1 block max-w-56 text-xs text-muted-foreground">{entry.reason}</span> : null}
            </TableCell>
            <TableCell className="font-mono text-xs break-all">{entry.requestId ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
