// The one upstream client of the console (route handlers and sign-in alike). Every request is built here from
// scratch: URL from the allowlist mapper, headers from an allowlist, fixed base from config, redirect: manual,
// no cache, a deadline per attempt and per call, a response size cap, bounded retries and a circuit breaker.
// Every attempt runs in the tracer's span and is reported (`upstream.attempt`); a failed one is logged with its
// cause (`upstream.failure`), and retries and breaker transitions are reported too (lib/server/telemetry.ts).
import 'server-only';
import { getConfig, type Config } from '@/lib/server/config';
import { HttpError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { emitTelemetry, traceUpstream } from '@/lib/server/telemetry';
import { forgetAnswersForTests } from '@/lib/server/upstream/answer-memo';
import { attemptOnce, type Answer, type OutgoingRequest } from '@/lib/server/upstream/attempt';
import { CircuitBreaker, upstreamBreakers, type BreakerSettings } from '@/lib/server/upstream/breaker';
import { resetDispatcherForTests, UPSTREAM_USER_AGENT } from '@/lib/server/upstream/dispatcher';
import { UpstreamError, upstreamErrors } from '@/lib/server/upstream/errors';
import { classifyFailure, isPermanentCause, type FailureFacts } from '@/lib/server/upstream/failure';
import { logUpstreamFailure, recordUpstreamAnswer, recordUpstreamFailure, resetUpstreamHealthForTests } from '@/lib/server/upstream/health';
import {
  buildUpstreamUrl,
  isIdempotentOperation,
  isPolledRead,
  type TemplateParams,
  type UpstreamApi,
  type UpstreamMethodOf,
  type UpstreamTemplateOf,
} from '@/lib/server/upstream/paths';
import { backoffMs, sanitizeRetryAfter } from '@/lib/server/upstream/retry';
import { parseRetryAfter } from '@/lib/shared/http';

export { UpstreamError } from '@/lib/server/upstream/errors';
export type { UpstreamErrorCode } from '@/lib/server/upstream/errors';

/** One allowlisted operation: `template` is the contract's path, `params` its ids (lowercase UUIDs). */
export type UpstreamTarget<
  A extends UpstreamApi = UpstreamApi,
  M extends UpstreamMethodOf<A> = UpstreamMethodOf<A>,
  T extends UpstreamTemplateOf<A, M> = UpstreamTemplateOf<A, M>,
> = {
  api: A;
  method: M;
  template: T;
  /** Only the operation's allowlisted keys; undefined values are left out. */
  query?: Readonly<Record<string, string | undefined>>;
  /** Sent as JSON. Pass a value already validated against the contract. */
  body?: unknown;
  /** `false` forbids retries after a lost answer. It cannot make POST or PATCH retryable. */
  idempotent?: boolean;
  /** A shorter deadline for this call (a page that must not wait): its attempt is aborted then, like any timeout. */
  timeoutMs?: number;
} & TemplateParams<T>;

export type UpstreamRequest<
  A extends UpstreamApi = UpstreamApi,
  M extends UpstreamMethodOf<A> = UpstreamMethodOf<A>,
  T extends UpstreamTemplateOf<A, M> = UpstreamTemplateOf<A, M>,
> = UpstreamTarget<A, M, T> & {
  /** `Bearer <token>` or `Basic <base64>`, from the server side only. */
  authorization: string;
  /** Sent as X-Contract-Number (digits only) for users with several contracts. */
  contractNumber?: string;
};

/** What callUpstream reads at run time (the generic types above only constrain callers). */
type LooseRequest = Omit<UpstreamTarget, 'params'> & {
  method: string;
  template: string;
  params?: Readonly<Record<string, string>>;
  authorization: string;
  contractNumber?: string;
};

/**
 * An HTTP answer of the API (any status): `body` is the parsed JSON, or undefined for an empty or non-JSON error body;
 * `text` and `bytes` are never to be sent unchecked (see checkedJson in lib/server/route.ts). The rest: Answer.
 */
export type UpstreamResult = Answer & { attempts: number };

type Hooks = {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
  /** Undefined: threshold 5 and the configured cool-down (UPSTREAM_BREAKER_COOLDOWN_MS). */
  breaker: BreakerSettings | undefined;
  /** Overall deadline of one call, retries and waits included. */
  budgetMs: number;
  maxBodyBytes: number;
};

const DEFAULT_HOOKS: Hooks = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  random: Math.random,
  breaker: undefined,
  budgetMs: 25_000,
  maxBodyBytes: 10 * 1024 * 1024,
};
/** Retry-After sent with a 429/503 whose upstream answer named none. */
const DEFAULT_RETRY_AFTER_SECONDS = 5;
/** Consecutive failures (5xx, timeouts, network errors) that open a breaker. */
const BREAKER_THRESHOLD = 5;
const AUTHORIZATION = /^(?:Basic|Bearer) [\x21-\x7e]{1,8192}$/;
const CONTRACT_NUMBER = /^[0-9]{1,20}$/;

let hooks: Hooks = { ...DEFAULT_HOOKS };
const breakers = upstreamBreakers();

function breakerFor(api: UpstreamApi): CircuitBreaker {
  let breaker = breakers.get(api);
  if (!breaker) {
    const settings = hooks.breaker ?? { threshold: BREAKER_THRESHOLD, cooldownMs: getConfig().breakerCooldownMs };
    breaker = new CircuitBreaker(
      settings,
      () => hooks.now(),
      (state) => {
        emitTelemetry({ type: 'breaker.state', api, state });
        (state === 'closed' ? log.info : log.warn)({ event: 'upstream.breaker', api, state });
      },
    );
    breakers.set(api, breaker);
  }
  return breaker;
}

function outgoingHeaders(request: LooseRequest, hasBody: boolean): Record<string, string> {
  if (!AUTHORIZATION.test(request.authorization)) {
    throw new HttpError(401, 'unauthenticated', 'Your credentials cannot be sent to the IONOS API. Sign in again.');
  }
  const headers: Record<string, string> = { authorization: request.authorization, accept: 'application/json', 'user-agent': UPSTREAM_USER_AGENT };
  if (hasBody) headers['content-type'] = 'application/json';
  if (request.contractNumber !== undefined) {
    if (!CONTRACT_NUMBER.test(request.contractNumber)) throw new HttpError(400, 'invalid_contract_number', 'A contract number has digits only.');
    headers['x-contract-number'] = request.contractNumber;
  }
  return headers;
}

/** The answer as handed to callers: Retry-After reduced to whole seconds, and always present on 429 and 503. */
function finish(result: UpstreamResult, retryAfter: number | undefined): UpstreamResult {
  const headers = new Headers(result.headers);
  headers.delete('retry-after');
  if (retryAfter !== undefined || result.status === 429 || result.status === 503) {
    headers.set('Retry-After', String(sanitizeRetryAfter(retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS)));
  }
  return { ...result, headers };
}

/** What every attempt of one call shares. */
type Call = {
  api: UpstreamApi;
  method: string;
  operation: string;
  url: URL;
  init: OutgoingRequest;
  mutating: boolean;
  polled: boolean;
  config: Config;
};

function failureOf(error: unknown): FailureFacts {
  if (error instanceof UpstreamError && error.failure) return error.failure;
  return classifyFailure(error, false);
}

/**
 * One attempt inside the tracer's span, reported as it ends: `upstream.attempt` with the status of a usable answer
 * or the cause of its absence, and an `upstream.failure` log line for the latter.
 */
async function reportedAttempt(call: Call, attempt: number, timeoutMs: number): Promise<UpstreamResult> {
  const { api, method, operation } = call;
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  try {
    const answer = await traceUpstream({ api, operation, method }, () =>
      attemptOnce(call.url, call.init, call.config, { timeoutMs, mutating: call.mutating, polled: call.polled, maxBodyBytes: hooks.maxBodyBytes }),
    );
    emitTelemetry({ type: 'upstream.attempt', api, operation, status: answer.status, durationMs: durationMs(), attempt });
    recordUpstreamAnswer(answer.status);
    return { ...answer, attempts: attempt };
  } catch (error) {
    const facts = failureOf(error);
    emitTelemetry({ type: 'upstream.attempt', api, operation, cause: facts.cause, durationMs: durationMs(), attempt });
    recordUpstreamFailure(api, facts.cause);
    logUpstreamFailure({ api, operation, attempt, ...facts });
    throw error;
  }
}

/**
 * Calls one allowlisted IONOS operation. Resolves with the API's answer whatever its status (error statuses
 * included); rejects with an UpstreamError when there is no usable answer (network 502, timeout 504,
 * circuit open 503, redirect / non-JSON / oversize 502) and with an HttpError for a request the mapper refuses.
 * Retries: GET and DELETE on network errors (certificate failures excepted), timeouts, 502, 503 and 504; any
 * method on 429; never POST or PATCH otherwise. A Retry-After above the configured cap is returned to the caller
 * instead of waited for.
 */
export async function callUpstream<A extends UpstreamApi, M extends UpstreamMethodOf<A>, T extends UpstreamTemplateOf<A, M>>(
  request: UpstreamRequest<A, M, T>,
): Promise<UpstreamResult> {
  const config = getConfig();
  const loose = request as unknown as LooseRequest;
  const { api, method, template } = loose;
  const operation = `${method} ${template}`;
  const url = buildUpstreamUrl(api, method, template, loose.params, loose.query);
  if (!url) throw upstreamErrors.invalidRequest();
  const idempotent = request.idempotent !== false && isIdempotentOperation(api, method, template);
  const hasBody = request.body !== undefined;
  const init: OutgoingRequest = {
    method,
    headers: outgoingHeaders(loose, hasBody),
    body: hasBody ? JSON.stringify(request.body) : undefined,
  };
  const call: Call = { api, method, operation, url, init, mutating: method !== 'GET', polled: isPolledRead(api, method, template), config };
  const breaker = breakerFor(api);
  const budget = Math.max(config.upstreamTimeoutMs, hooks.budgetMs);
  const deadline = hooks.now() + (loose.timeoutMs === undefined ? budget : Math.min(Math.max(1, loose.timeoutMs), budget));
  const maxAttempts = Math.max(1, config.upstreamMaxAttempts);

  for (let attempt = 1; ; attempt += 1) {
    const permit = breaker.acquire();
    if ('retryInMs' in permit) {
      emitTelemetry({ type: 'upstream.attempt', api, operation, cause: 'circuit_open', durationMs: 0, attempt });
      throw upstreamErrors.circuitOpen(permit.retryInMs);
    }
    const remaining = deadline - hooks.now();
    let result: UpstreamResult;
    try {
      if (remaining <= 0) throw upstreamErrors.timeout(config.upstreamTimeoutMs, call.mutating);
      result = await reportedAttempt(call, attempt, Math.min(config.upstreamTimeoutMs, remaining));
    } catch (error) {
      const transient = error instanceof UpstreamError && (error.code === 'network' || error.code === 'timeout');
      breaker.record(permit, transient ? 'failure' : 'neutral');
      const wait = backoffMs(attempt, hooks.random);
      const cause = failureOf(error).cause;
      if (!transient || isPermanentCause(cause) || !idempotent || attempt >= maxAttempts || hooks.now() + wait >= deadline) throw error;
      emitTelemetry({ type: 'upstream.retry', api, operation });
      log.warn({ event: 'upstream.retry', api, operation, attempt, error: error.code, cause, waitMs: wait });
      await hooks.sleep(wait);
      continue;
    }
    breaker.record(permit, result.status >= 500 ? 'failure' : 'success');

    const retryAfter = parseRetryAfter(result.headers.get('retry-after'), hooks.now());
    const retryable = result.status === 429 || (idempotent && (result.status === 502 || result.status === 503 || result.status === 504));
    if (!retryable || attempt >= maxAttempts) return finish(result, retryAfter);
    if (retryAfter !== undefined && retryAfter > config.retryAfterCapSeconds) return finish(result, retryAfter);
    const wait = retryAfter !== undefined ? retryAfter * 1000 : backoffMs(attempt, hooks.random);
    if (hooks.now() + wait >= deadline) return finish(result, retryAfter);
    emitTelemetry({ type: 'upstream.retry', api, operation });
    log.warn({ event: 'upstream.retry', api, operation, attempt, status: result.status, waitMs: wait });
    await hooks.sleep(wait);
  }
}

/** Tests: a fake sleep and clock, breaker settings, budget or size cap. */
export function configureUpstreamForTests(overrides: Partial<Hooks>): void {
  hooks = { ...hooks, ...overrides };
  breakers.clear();
}

/** Tests: default hooks, closed breakers, no cached dispatcher, no remembered failure, no kept answer. */
export async function resetUpstreamForTests(): Promise<void> {
  hooks = { ...DEFAULT_HOOKS };
  breakers.clear();
  forgetAnswersForTests();
  resetUpstreamHealthForTests();
  await resetDispatcherForTests();
}
