// Wizard drafts in sessionStorage: what keeps unfinished input across a reload and a sign-in round trip.
// Only form values are stored (never a credential), per tab; each wizard brings the key and the schema of its
// draft, which checks the shape only, never the contract's rules (unfinished input is allowed to be invalid).
// This module is the only one that touches draft storage; keys and parsing are lib/browser's (one scheme).
import type { z } from 'zod';
import { parseStoredJson, windowStorage, type StorageLike } from '@/lib/browser/storage-store';

export type DraftStorage = StorageLike;

/** The browser's sessionStorage, or undefined where it is unavailable (server render, storage disabled). */
export function sessionDraftStorage(): DraftStorage | undefined {
  return windowStorage('session');
}

/** The stored draft, or undefined when there is none or it no longer fits the schema (an older format, a hand edit). */
function readStoredDraft<S extends z.ZodType>(storage: DraftStorage | undefined, key: string, schema: S): z.output<S> | undefined {
  let text: string | null = null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return undefined;
  }
  return parseStoredJson<z.output<S> | undefined>(text, schema as z.ZodType<z.output<S>>, undefined);
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
