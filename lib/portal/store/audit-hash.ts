// The audit chain's hash, specified so that anyone can recompute it from an export (NDJSON lines are this JSON):
//
//   hash = hex(SHA-256(prevHash + canonicalJson(entry without its `hash` field)))
//
// where prevHash is the previous entry's hash (64 zeros before the first entry ever written) and the entry holds
// every field of AuditEntry (seq, at, actor, team, action, target, changes, outcome, status, reason, requestId, via,
// prevHash), absent values as null. canonicalJson is JSON without whitespace, object keys sorted by UTF-16 code units
// at every depth, array order kept, strings and numbers as JSON.stringify writes them — for the values an entry
// holds this is RFC 8785 (JSON Canonicalization Scheme). Changing any field, the order or a link breaks the chain.
import { createHash } from 'node:crypto';
import type { AuditEntry } from '@/lib/portal/store/types';

/** The prevHash of the first entry of a chain that was never pruned. */
export const GENESIS_HASH = '0'.repeat(64);

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Non-finite numbers are null in JSON; undefined only occurs as a value inside objects and arrays.
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
}

export function auditHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { hash: _ignored, ...content } = entry as AuditEntry;
  return createHash('sha256').update(entry.prevHash).update(canonicalJson(content)).digest('hex');
}
