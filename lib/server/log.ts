// Structured JSON logs: one line per event, secrets redacted by key and by shape, bodies never passed in.
import 'server-only';
import { currentRequestContext } from '@/lib/server/telemetry';

export type LogFields = Record<string, unknown>;
export type LogLevel = 'info' | 'warn' | 'error';
type Sink = (line: string, level: LogLevel) => void;

// Keys whose values never reach a log line, whatever they hold.
const SECRET_KEY = /authorization|cookie|password|passwd|secret|token|credential|kubeconfig|^cred$/i;
// Credentials that slipped into a free-text value (an error message quoting a header, say).
const SECRET_VALUE = /\b(Bearer|Basic)\s+[^\s"',;]+/gi;
const MAX_STRING = 2000;
const MAX_DEPTH = 5;

function redact(value: unknown, depth: number): unknown {
  if (typeof value === 'string') {
    const clean = value.replace(SECRET_VALUE, '$1 [redacted]');
    return clean.length > MAX_STRING ? `${clean.slice(0, MAX_STRING)}…` : clean;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redact(item, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redact(value.message, depth + 1) };
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? '[redacted]' : redact(item, depth + 1);
  }
  return out;
}

const defaultSink: Sink = (line, level) => {
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
};
let sink: Sink = defaultSink;

function write(level: LogLevel, fields: LogFields): void {
  // Lines written while a request runs (upstream client, session store, ...) name its id without being told.
  const requestId = fields.requestId === undefined ? currentRequestContext()?.requestId : undefined;
  // JSON.stringify escapes CR/LF but not NEL, LS and PS, which many log readers also split lines at (Python's
  // splitlines, editors): escaped too, so user-supplied text cannot forge a second line.
  const line = JSON.stringify({
    ts: new Date().toISOString(),
    level,
    ...(requestId ? { requestId } : {}),
    ...(redact(fields, 0) as LogFields),
  }).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  sink(line, level);
}

/** The console's logger: `log.info({ event: 'x', ... })`. Pass facts, never request or response bodies. */
export const log = {
  info: (fields: LogFields) => write('info', fields),
  warn: (fields: LogFields) => write('warn', fields),
  error: (fields: LogFields) => write('error', fields),
};

/** Tests: collect log lines instead of writing them; `restore()` puts the default sink back. */
export function captureLogsForTests(): { lines: string[]; entries: () => LogFields[]; restore: () => void } {
  const lines: string[] = [];
  sink = (line) => {
    lines.push(line);
  };
  return {
    lines,
    entries: () => lines.map((line) => JSON.parse(line) as LogFields),
    restore: () => {
      sink = defaultSink;
    },
  };
}
