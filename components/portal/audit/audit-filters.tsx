'use client';

import { useState, type FormEvent } from 'react';
import { AUDIT_ACTION_LABELS, isoToLocalInput, localInputToIso } from '@/components/portal/audit/audit-view';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import type { AuditFilters } from '@/lib/api/portal/queries';
import { auditActionSchema } from '@/lib/api/portal/schema';
import { localTimeZone } from '@/lib/format/date-time';
import { AUDIT_ACTIONS } from '@/lib/portal/store/types';

type AuditFiltersFormProps = {
  filters: AuditFilters;
  /** The teams the person may audit, as id and name. */
  teams: readonly { id: string; name: string }[];
  /** Platform admins audit every team; the empty choice says so. */
  allTeams: boolean;
  onApply: (filters: AuditFilters) => void;
};

/**
 * The filters as a form: applied together on "Apply" (each change is a new URL and request, so not per keystroke).
 * The time range is entered in the browser's time zone and sent as UTC. The parent remounts it (key) when the URL
 * changes under it, e.g. with the back button.
 */
export function AuditFiltersForm({ filters, teams, allTeams, onApply }: AuditFiltersFormProps) {
  const [team, setTeam] = useState(filters.team ?? '');
  const [actor, setActor] = useState(filters.actor ?? '');
  const [action, setAction] = useState<string>(filters.action ?? '');
  const [from, setFrom] = useState(isoToLocalInput(filters.from));
  const [to, setTo] = useState(isoToLocalInput(filters.to));
  const fromIso = localInputToIso(from);
  const toIso = localInputToIso(to);
  const rangeError = fromIso && toIso && fromIso >= toIso ? 'The end must be after the start.' : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (rangeError) return;
    const parsedAction = auditActionSchema.safeParse(action);
    onApply({
      team: team || undefined,
      actor: actor.trim() || undefined,
      action: parsedAction.success ? parsedAction.data : undefined,
      from: fromIso,
      to: toIso,
    });
  }

  function clear() {
    setTeam('');
    setActor('');
    setAction('');
    setFrom('');
    setTo('');
    onApply({});
  }

  return (
    <form role="search" aria-label="Filter the audit log" onSubmit={submit} noValidate className="grid gap-4 rounded-lg border border-border p-4">
      <div className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Field label="Team">
          {(control) => (
            <NativeSelect {...control} value={team} onChange={(event) => setTeam(event.target.value)}>
              <option value="">{allTeams ? 'All teams' : 'All your teams'}</option>
              {teams.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Actor (email)">
          {(control) => (
            <Input {...control} type="email" value={actor} onChange={(event) => setActor(event.target.value)} autoComplete="off" spellCheck={false} />
          )}
        </Field>
        <Field label="Action">
          {(control) => (
            <NativeSelect {...control} value={action} onChange={(event) => setAction(event.target.value)}>
              <option value="">All actions</option>
              {AUDIT_ACTIONS.map((value) => (
                <option key={value} value={value}>
                  {AUDIT_ACTION_LABELS[value]}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="From" description={`Your time zone (${localTimeZone()}).`}>
          {(control) => <Input {...control} type="datetime-local" value={from} onChange={(event) => setFrom(event.target.value)} />}
        </Field>
        <Field label="To" error={rangeError}>
          {(control) => <Input {...control} type="datetime-local" value={to} onChange={(event) => setTo(event.target.value)} />}
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit">Apply filters</Button>
        <Button variant="outline" onClick={clear}>
          Clear filters
        </Button>
      </div>
    </form>
  );
}
