// Lifecycle of a resource in time. A change records when it ends and how; the state at any moment
// follows from those timestamps and `now()`, so nothing runs in the background and tests stay
// deterministic. `settle` moves a finished change into the record when the store is next read.
import { createHash } from 'node:crypto';
import type { ResourceState } from '@/lib/api/common/schema';
import type { SandboxUser } from '@/lib/sandbox/users';

export type Phase = 'create' | 'update' | 'destroy';

export interface PendingChange {
  phase: Phase;
  endsAt: number;
  /** The sandbox's deliberate failure (names containing "fail"); deletions never fail. */
  fails: boolean;
}

export interface Audit {
  at: number;
  user: Pick<SandboxUser, 'uuid' | 'email'>;
}

export interface LifecycleRecord {
  id: string;
  /** Bumped on every change, state transitions included: it feeds the ETag. */
  revision: number;
  state: ResourceState;
  pending?: PendingChange;
  created: Audit;
  modified: Audit;
}

const TRANSITIONAL: Record<Phase, ResourceState> = { create: 'DEPLOYING', update: 'UPDATING', destroy: 'DESTROYING' };

/** The name rule of the sandbox: anything whose name contains "fail" fails on purpose. */
export function failsOnPurpose(name: string): boolean {
  return name.toLowerCase().includes('fail');
}

/** Who did something and when, copied: a record never shares the caller's user object. */
function audit(at: number, user: Audit['user']): Audit {
  return { at, user: { uuid: user.uuid, email: user.email } };
}

/** The lifecycle part of a resource just asked for; its creation still has to `begin`. */
export function newLifecycle(id: string, at: number, user: Audit['user']): LifecycleRecord {
  return { id, revision: 0, state: 'DEPLOYING', created: audit(at, user), modified: audit(at, user) };
}

export function begin(record: LifecycleRecord, phase: Phase, change: { at: number; durationMs: number; fails: boolean; user: Audit['user'] }): void {
  record.pending = { phase, endsAt: change.at + change.durationMs, fails: phase === 'destroy' ? false : change.fails };
  record.state = TRANSITIONAL[phase];
  touch(record, change.at, change.user);
}

export function touch(record: LifecycleRecord, at: number, user: Audit['user']): void {
  record.revision += 1;
  record.modified = audit(at, user);
}

export type SettleOutcome = { kind: 'unchanged' } | { kind: 'gone' } | { kind: 'finished'; phase: Phase; failed: boolean };

/** Applies a change whose time is up. The transition is dated when it happened, not when observed. */
export function settle(record: LifecycleRecord, now: number): SettleOutcome {
  const pending = record.pending;
  if (!pending || now < pending.endsAt) return { kind: 'unchanged' };
  record.pending = undefined;
  if (pending.phase === 'destroy') return { kind: 'gone' };
  if (pending.phase === 'create') record.state = pending.fails ? 'FAILED' : 'AVAILABLE';
  else record.state = pending.fails ? 'FAILED_UPDATING' : 'AVAILABLE';
  touch(record, pending.endsAt, record.modified.user);
  return { kind: 'finished', phase: pending.phase, failed: pending.fails };
}

export function entityTagOf(record: LifecycleRecord): string {
  return createHash('sha256').update(`${record.id}:${record.revision}:${record.state}`).digest('hex').slice(0, 32);
}
