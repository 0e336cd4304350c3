// Audit exports, written as they are read (AuditStore.stream), so an export of any size uses flat memory.
// NDJSON: one entry per line, as the canonical JSON its hash is computed over (the chain can be re-verified offline).
// CSV: RFC 4180 (CRLF, a header row, quotes where needed), with the OWASP guard against formula injection: a cell
// that a spreadsheet would run (starting with = + - @, tab or carriage return) gets a leading single quote.
import { canonicalJson } from '@/lib/portal/store/audit-hash';
import type { AuditEntry } from '@/lib/portal/store/types';

export const AUDIT_EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  ndjson: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'ndjson' },
} as const;
export type AuditExportFormat = keyof typeof AUDIT_EXPORT_FORMATS;

const CSV_COLUMNS: readonly [string, (entry: AuditEntry) => string | number | null][] = [
  ['seq', (e) => e.seq],
  ['at', (e) => e.at],
  ['actor_sub', (e) => e.actor.sub],
  ['actor_email', (e) => e.actor.email],
  ['team', (e) => e.team],
  ['action', (e) => e.action],
  ['target_type', (e) => e.target?.type ?? null],
  ['target_id', (e) => e.target?.id ?? null],
  ['target_name', (e) => e.target?.name ?? null],
  ['changes', (e) => (e.changes === null ? null : canonicalJson(e.changes))],
  ['outcome', (e) => e.outcome],
  ['status', (e) => e.status],
  ['reason', (e) => e.reason],
  ['request_id', (e) => e.requestId],
  ['via', (e) => (e.via === null ? null : e.via.kind === 'token' ? `token:${e.via.tokenId}` : 'session')],
  ['prev_hash', (e) => e.prevHash],
  ['hash', (e) => e.hash],
];

/** One CSV field: neutralised if a spreadsheet would read it as a formula, quoted if it holds a quote, comma or line break. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export async function* auditCsv(entries: AsyncIterable<AuditEntry>): AsyncGenerator<string> {
  yield csvLine(CSV_COLUMNS.map(([name]) => name));
  for await (const entry of entries) yield csvLine(CSV_COLUMNS.map(([, cell]) => cell(entry)));
}

export async function* auditNdjson(entries: AsyncIterable<AuditEntry>): AsyncGenerator<string> {
  for await (const entry of entries) yield `${canonicalJson(entry)}\n`;
}

/** A response body for the export route: the chunks of `format`, UTF-8 encoded. */
export function auditExportStream(format: AuditExportFormat, entries: AsyncIterable<AuditEntry>): ReadableStream<Uint8Array> {
  const chunks = format === 'csv' ? auditCsv(entries) : auditNdjson(entries);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
