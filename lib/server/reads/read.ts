// A read of the API defined once and read two ways: by its BFF route (withSession: the browser's fetch) and by a
// server-rendered page that prefetches it for the first paint. Both send the same allowlisted operation with the
// same query rules and check the answer against the same contract schema, so a page cannot show what the route
// would have refused.
import 'server-only';
import type { z } from 'zod';
import { HttpError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { runRequest } from '@/lib/server/request-scope';
import { expectSuccess } from '@/lib/server/route';
import { upstreamAuthorization, type ConsoleSession } from '@/lib/server/session';
import { callUpstream, type UpstreamTarget } from '@/lib/server/upstream/client';
import type { UpstreamApi, UpstreamMethodOf, UpstreamTemplateOf } from '@/lib/server/upstream/paths';

/** Query parameters a caller may set, each checked by its contract schema (withSession's `query` option). */
export type ReadQuerySpec = Readonly<Record<string, z.ZodType<string>>>;
export type ReadQuery<Q extends ReadQuerySpec> = { [K in keyof Q]?: z.output<Q[K]> };

/** A GET of the API without path ids. */
export type UpstreamRead<
  A extends UpstreamApi,
  M extends UpstreamMethodOf<A>,
  T extends UpstreamTemplateOf<A, M>,
  Q extends ReadQuerySpec,
  S extends z.ZodType,
> = {
  api: A;
  method: M;
  template: T;
  /** What callers may ask for. */
  query: Q;
  /** Query parameters every call sends (e.g. the Cloud API's depth). */
  fixedQuery?: Readonly<Record<string, string>>;
  /** The contract's schema of a successful answer. */
  response: S;
  /** What of the checked answer the session may see (portal mode: its teams' clusters); the route and the page apply it. */
  scope?: (session: ConsoleSession, data: z.output<S>) => Promise<z.output<S>>;
};

export function defineRead<
  const A extends UpstreamApi,
  const M extends UpstreamMethodOf<A>,
  const T extends UpstreamTemplateOf<A, M>,
  Q extends ReadQuerySpec,
  S extends z.ZodType,
>(read: UpstreamRead<A, M, T, Q, S>): UpstreamRead<A, M, T, Q, S> {
  return read;
}

/** The upstream call of a read for a query already checked against `read.query`. */
export function readTarget<A extends UpstreamApi, M extends UpstreamMethodOf<A>, T extends UpstreamTemplateOf<A, M>, Q extends ReadQuerySpec>(
  read: UpstreamRead<A, M, T, Q, z.ZodType>,
  query: ReadQuery<Q>,
): UpstreamTarget<A, M, T> {
  // A read has no path ids (`params`), which is what UpstreamTarget asks of such a template.
  return { api: read.api, method: read.method, template: read.template, query: { ...read.fixedQuery, ...query } } as UpstreamTarget<A, M, T>;
}

/** A page must not wait for a slow upstream longer than this: past it, the browser's own fetch takes over. */
export const PAGE_READ_DEADLINE_MS = 3_000;

/**
 * A read for a server-rendered page with the page's session: the contract-checked answer, as the BFF route would
 * have relayed it. Throws when there is none (an error status, a broken answer, no answer within `deadlineMs`);
 * the page then renders without it and the browser fetches through the BFF, whose error states explain a failure.
 * One `page.read` log line per call, with the request id that the upstream client's own lines carry.
 */
export function readForPage<
  A extends UpstreamApi,
  M extends UpstreamMethodOf<A>,
  T extends UpstreamTemplateOf<A, M>,
  Q extends ReadQuerySpec,
  S extends z.ZodType,
>(
  session: ConsoleSession,
  read: UpstreamRead<A, M, T, Q, S>,
  query: ReadQuery<Q>,
  { page, deadlineMs = PAGE_READ_DEADLINE_MS }: { page: string; deadlineMs?: number },
): Promise<z.output<S>> {
  return runRequest(page, async (requestId) => {
    const started = performance.now();
    const operation = `${read.method} ${read.template}`;
    const fields = () => ({ event: 'page.read', requestId, page, api: read.api, operation, durationMs: Math.round(performance.now() - started) });
    try {
      // One attempt (a 429 excepted): a failing upstream should meet the browser's fetch with its retries, not
      // a page that waits for them too, and the page's try must not add three failures to the circuit breaker.
      // The deadline aborts the upstream request itself, so a hanging upstream holds no connection for the page.
      const target = { ...readTarget(read, query), idempotent: false, timeoutMs: deadlineMs, authorization: upstreamAuthorization(session) };
      const result = await callUpstream(target);
      const checked = expectSuccess(result, read.response);
      const data = read.scope ? await read.scope(session, checked) : checked;
      log.info({ ...fields(), status: result.status });
      return data;
    } catch (error) {
      const reason = error instanceof HttpError ? error.errorCode : 'unexpected';
      log.warn({ ...fields(), error: reason, ...(error instanceof HttpError ? { status: error.status } : {}) });
      throw error;
    }
  });
}
