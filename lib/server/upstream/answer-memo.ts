// A console polls: most reads of the API return, byte for byte, what the same read returned a few seconds before.
// Such a repeat is not decoded, parsed and checked against the contract again: the last successful JSON answer of
// each polled read (paths.ts) for each credential is kept with what came of it – the parsed value, and for each
// schema it was checked against the checked value and the body relayed to the browser. An answer is a repeat only
// when its bytes equal the kept ones, so it gets exactly what the same bytes got before: the check is a function of
// the bytes and the schema, and the checked value cannot change (it is frozen; the parsed one only schemas read).
// README "Decisions" says why.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Chunks } from '@/lib/server/upstream/read-body';

/** What one check of a kept answer gave: the checked value and, once asked for, the body the browser gets. */
export type KeptCheck = { readonly data: unknown; relay?: Uint8Array };

export type KeptAnswer = {
  /** The Content-Type it came with: the same bytes as another type are another answer. */
  readonly contentType: string;
  readonly bytes: Uint8Array;
  readonly text: string;
  /** The parsed value, for schemas to check (handlers get the checked value). */
  readonly body: unknown;
  /** By schema (a zod schema object). */
  readonly checks: Map<object, KeptCheck>;
};

type Slot = KeptAnswer & { usedAt: number };

/** Answers kept at most, and their bytes at most (the parsed values take several times that). */
export const KEPT_ANSWERS_MAX = 256;
export const KEPT_BYTES_MAX = 8 * 1024 * 1024;
/** An answer not asked for again within this is dropped (a poll comes every few seconds). */
export const KEPT_IDLE_MS = 60_000;

const slots = new Map<string, Slot>();
let keptBytes = 0;
let sweeper: NodeJS.Timeout | undefined;

/** The slot of one read: its URL and the hash of its credential (no credential is kept as such). */
export function answerKey(url: URL, authorization: string, contractNumber: string | undefined): string {
  const who = createHash('sha256')
    .update(authorization)
    .update('\n')
    .update(contractNumber ?? '')
    .digest('base64url');
  return `${who} ${url.href}`;
}

function drop(key: string, slot: Slot): void {
  slots.delete(key);
  keptBytes -= slot.bytes.byteLength;
}

/** Whether the chunks are `bytes`, compared where they lie (a repeat is never copied into one piece). */
function sameBytes(bytes: Uint8Array, { chunks, byteLength }: Chunks): boolean {
  if (bytes.byteLength !== byteLength) return false;
  const kept = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  for (const chunk of chunks) {
    if (!kept.subarray(offset, offset + chunk.byteLength).equals(chunk)) return false;
    offset += chunk.byteLength;
  }
  return true;
}

/** The kept answer of this read when the body (of `contentType`) is the one it was kept with. */
export function recallAnswer(key: string, contentType: string, body: Chunks, now: number): KeptAnswer | undefined {
  const slot = slots.get(key);
  if (!slot) return undefined;
  if (now - slot.usedAt > KEPT_IDLE_MS || slot.contentType !== contentType || !sameBytes(slot.bytes, body)) {
    drop(key, slot);
    return undefined;
  }
  slot.usedAt = now;
  // Most recently used last, so the oldest go first.
  slots.delete(key);
  slots.set(key, slot);
  return slot;
}

/**
 * Everything reachable from `value` made read-only, so that no reader of a kept answer can change it for the next
 * (a JSON value: plain objects and arrays; 0.5–0.9 ms for the checked list of 1,000 clusters).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    for (const key in value) deepFreeze(value[key]);
  }
  return value;
}

/** Drops the answers idle for longer than KEPT_IDLE_MS (the least recently used come first). */
function dropIdle(now: number): void {
  for (const [key, slot] of slots) {
    if (now - slot.usedAt <= KEPT_IDLE_MS) break;
    drop(key, slot);
  }
  if (slots.size === 0 && sweeper) {
    clearInterval(sweeper);
    sweeper = undefined;
  }
}

/** Keeps an answer just parsed in place of the read's last one, dropping the idle and the least recently used. */
export function keepAnswer(key: string, contentType: string, bytes: Uint8Array, text: string, body: unknown, now: number): KeptAnswer {
  const old = slots.get(key);
  if (old) drop(key, old);
  const slot: Slot = { contentType, bytes, text, body, checks: new Map(), usedAt: now };
  if (bytes.byteLength > KEPT_BYTES_MAX) return slot;
  dropIdle(now);
  for (const [k, s] of slots) {
    if (slots.size < KEPT_ANSWERS_MAX && keptBytes + bytes.byteLength <= KEPT_BYTES_MAX) break;
    drop(k, s);
  }
  slots.set(key, slot);
  keptBytes += bytes.byteLength;
  // Nothing of a signed-out user stays for long, even when no read comes after theirs.
  sweeper ??= setInterval(() => dropIdle(Date.now()), KEPT_IDLE_MS).unref();
  return slot;
}

/** What `schema` made of a kept answer, checking it the first time (`check` throws for an answer it refuses). */
export function keptCheck(answer: KeptAnswer, schema: object, check: () => unknown): KeptCheck {
  let kept = answer.checks.get(schema);
  if (!kept) {
    kept = { data: deepFreeze(check()) };
    answer.checks.set(schema, kept);
  }
  return kept;
}

/** Tests: nothing kept. */
export function forgetAnswersForTests(): void {
  slots.clear();
  keptBytes = 0;
  clearInterval(sweeper);
  sweeper = undefined;
}

/** Tests: how many answers and bytes are kept. */
export function keptAnswers(): { answers: number; bytes: number } {
  return { answers: slots.size, bytes: keptBytes };
}
