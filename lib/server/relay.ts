// How a contract-checked upstream answer goes to the browser. The contract check (the zod schema, which also drops
// every field the contract does not have) always runs; only the serialising is saved: when the checked value is
// exactly the value the upstream text parses to – nothing dropped, nothing normalised – that text goes out as it came,
// otherwise the checked value is serialised. Both parse to the same value in the browser, so the choice is invisible.
import 'server-only';

/**
 * Whether two values parsed from or bound for JSON are equal: the same primitives, arrays of the same length with
 * equal items, objects with the same own keys and equal values. Key order does not count (JSON.parse ignores it too).
 */
export function sameJsonValue(received: unknown, checked: unknown): boolean {
  if (received === checked) return true;
  if (typeof received !== 'object' || typeof checked !== 'object' || received === null || checked === null) return false;
  if (Array.isArray(received) !== Array.isArray(checked)) return false;
  if (Array.isArray(received)) {
    const items = checked as unknown[];
    if (received.length !== items.length) return false;
    for (let i = 0; i < items.length; i++) if (!sameJsonValue(received[i], items[i])) return false;
    return true;
  }
  const a = received as Record<string, unknown>;
  const b = checked as Record<string, unknown>;
  const keys = Object.keys(b);
  if (Object.keys(a).length !== keys.length) return false;
  for (const key of keys) if (!Object.hasOwn(a, key) || !sameJsonValue(a[key], b[key])) return false;
  return true;
}

/**
 * The JSON body of a checked answer: the upstream's own text when `checked` equals what it parsed to (`received`) –
 * as the bytes it came in when they were kept, so nothing is encoded again – else `checked` serialised. Without a
 * text (not JSON, or not kept) always the latter.
 */
export function checkedJsonBody(received: { body: unknown; text?: string; bytes?: Uint8Array }, checked: unknown): string | Uint8Array {
  if (received.text === undefined || !sameJsonValue(received.body, checked)) return JSON.stringify(checked);
  return received.bytes ?? received.text;
}
