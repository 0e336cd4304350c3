// Next's own output on the production server goes through the JSON logger too. Next reports a failed request with
// console.error (`⨯ TypeError: Headers.set: "/signin?error=<raw request text>" …`): printed as is, request text with
// line breaks becomes log lines of its own, including complete fake JSON events. Here each console call becomes one
// JSON line (lib/server/log.ts escapes CR/LF and U+2028, redacts credentials); `onRequestError` adds a structured event.
import 'server-only';
import { formatWithOptions } from 'node:util';
import { log, type LogLevel } from '@/lib/server/log';

type ConsoleMethod = 'error' | 'warn' | 'log' | 'info';
const LEVELS: Readonly<Record<ConsoleMethod, LogLevel>> = { error: 'error', warn: 'warn', log: 'info', info: 'info' };
const installed = new WeakSet<Console>();

/** Replaces console.error/warn/log/info with one JSON log line per call. Idempotent. */
export function installJsonConsole(target: Console = console): void {
  if (installed.has(target)) return;
  installed.add(target);
  for (const [method, level] of Object.entries(LEVELS) as [ConsoleMethod, LogLevel][]) {
    target[method] = (...args: unknown[]) => {
      log[level]({ event: `console.${method}`, message: formatWithOptions({ colors: false }, ...args) });
    };
  }
}

/** Whether this process is the production server (not `next dev`, not the build's page generation). */
export function isProductionServer(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build';
}

type RequestInfo = { path: string; method: string };
type ErrorContext = { routePath?: string; routeType?: string };

/** instrumentation.ts `onRequestError`: the failure as one structured event (the path is user input: bounded). */
export function reportRequestError(error: unknown, request: RequestInfo, context: ErrorContext): void {
  log.error({
    event: 'next.request-error',
    method: request.method.slice(0, 20),
    path: request.path.slice(0, 200),
    routePath: context.routePath,
    routeType: context.routeType,
    digest: typeof error === 'object' && error !== null && 'digest' in error ? String((error as { digest: unknown }).digest) : undefined,
    error,
    stack: error instanceof Error ? error.stack : undefined,
  });
}
