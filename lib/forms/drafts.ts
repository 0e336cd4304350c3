// Wizard drafts in sessionStorage: what keeps unfinished input across a reload and a sign-in round trip.
// Only form values are stored (never a credential), per tab; each wizard brings the key and the schema of its
// draft, which checks the shape only, never the contract's rules (unfinished input is allowed to be invalid).
// This module is the only one that touches the storage.
import type { z } from 'zod';

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's sessionStorage, or undefined where it is unavailable (server render, storage disabled). */
export function sessionDraftStorage(): DraftStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The stored draft, or undefined when there is none or it no longer fits the schema (an older format, a hand edit). */
function readStoredDraft<S extends z.ZodType>(storage: DraftStorage | undefined, key: string, schema: S): z.output<S> | undefined {
  try {
    const text = storage?.getItem(key);
    if (!text) return undefined;
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function writeStoredDraft(storage: DraftStorage | undefined, key: string, schema: z.ZodType, values: unknown): void {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return;
  try {
    storage?.setItem(key, JSON.stringify(parsed.data));
  } catch {
    // Full or disabled storage: the wizard still works, only without surviving a reload.
  }
}

function clearStoredDraft(storage: DraftStorage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/**
 * A wizard's draft: `key` names it (per cluster, per pool being replaced, …), `schema` checks its shape. Each
 * operation takes the storage last, so tests pass their own; by default it is this tab's sessionStorage.
 */
export function defineDraft<S extends z.ZodType, A extends unknown[]>(key: (...args: A) => string, schema: S) {
  return {
    key,
    read: (draftKey: string, storage = sessionDraftStorage()): z.output<S> | undefined => readStoredDraft(storage, draftKey, schema),
    write: (draftKey: string, values: unknown, storage = sessionDraftStorage()): void => writeStoredDraft(storage, draftKey, schema, values),
    clear: (draftKey: string, storage = sessionDraftStorage()): void => clearStoredDraft(storage, draftKey),
  };
}
