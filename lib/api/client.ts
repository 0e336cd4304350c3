// The one browser-side fetch helper for the console's BFF (same origin, /api/...).
// It never sees a credential: the session cookie travels by itself.
import type { z } from 'zod';
import { errorResponseSchema } from '@/lib/api/common/schema';
import { POLL_HEADER, describeStatus, parseRetryAfter, type ErrorMessage, type HttpMethod } from '@/lib/shared/http';

/** A message as the browser reads it: the contract makes both fields optional. */
export type BffErrorMessage = Partial<ErrorMessage>;

/** A failed call to the BFF. status 0 means the console server could not be reached at all. */
export class BffError extends Error {
  override name = 'BffError';
  readonly status: number;
  readonly messages: BffErrorMessage[];
  /** Seconds the server asked to wait (Retry-After on 429/503). */
  readonly retryAfterSeconds?: number;

  constructor(init: { status: number; messages?: BffErrorMessage[]; retryAfterSeconds?: number; message?: string }) {
    const messages = init.messages ?? [];
    super(init.message ?? describeStatus(init.status, messages));
    this.status = init.status;
    this.messages = messages;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** Whether `error` is a BffError (the name predates the class's rename). */
export function isBffError(error: unknown): error is BffError {
  return error instanceof BffError;
}

/** A query's error as a BffError: anything else (a bug in the page, not an answer) reads as "reload the page". */
export function asBffError(error: unknown): BffError {
  return isBffError(error) ? error : new BffError({ status: 0, message: 'Something went wrong in the console. Reload the page.' });
}

export type BffFetchOptions<TSchema extends z.ZodType> = {
  /** bffFetch reads JSON answers, which HEAD and OPTIONS do not have. */
  method?: Exclude<HttpMethod, 'HEAD' | 'OPTIONS'>;
  /** Sent as JSON. */
  body?: unknown;
  /** Parses the successful answer; an empty body (204) is parsed as `undefined`. */
  schema: TSchema;
  signal?: AbortSignal;
  /** A background poll, not the user's doing (lib/api/polling.ts `isPollTick`): sent as `X-Console-Poll: 1`. */
  poll?: boolean;
  /**
   * The fetch priority: `low` for reads beside a page's main content (a list's per-row counts), so that the browser's
   * six connections to the console serve what the user asked for first.
   */
  priority?: RequestPriority;
};

function readJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function errorFromResponse(response: Response): Promise<BffError> {
  const parsed = errorResponseSchema.safeParse(readJson(await response.text().catch(() => '')));
  return new BffError({
    status: response.status,
    messages: parsed.success ? (parsed.data.messages ?? []) : [],
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
  });
}

/** Calls a BFF route and returns the answer parsed with `schema`; throws `BffError` otherwise. */
export async function bffFetch<TSchema extends z.ZodType>(
  path: string,
  { method = 'GET', body, schema, signal, poll = false, priority }: BffFetchOptions<TSchema>,
): Promise<z.output<TSchema>> {
  if (!path.startsWith('/api/')) throw new Error(`bffFetch only calls the console's own /api routes, not "${path}".`);
  const unsafe = method !== 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  // The BFF refuses unsafe requests without these two headers (a cross-site form cannot set them).
  if (unsafe) {
    headers['Content-Type'] = 'application/json';
    headers['X-Console-CSRF'] = '1';
  }
  // The session's idle timeout slides on what the user does, never on polls (lib/server/route.ts).
  if (poll) headers[POLL_HEADER] = '1';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
      ...(priority ? { priority } : {}),
    });
  } catch (error) {
    // Cancellation (react-query aborting a stale request) is not a failure: let it through unchanged.
    if (signal?.aborted) throw error;
    throw new BffError({ status: 0 });
  }

  if (!response.ok) throw await errorFromResponse(response);

  const result = schema.safeParse(readJson(await response.text()));
  if (!result.success) {
    console.error(`Unexpected answer from ${method} ${path}`, result.error.issues);
    throw new BffError({ status: 502, messages: [{ errorCode: 'console-invalid-response' }] });
  }
  return result.data;
}

/** Where to send the user when the session is gone, coming back to `currentPath` (path + search) afterwards. */
export function signInPath(currentPath: string): string {
  const back = currentPath.startsWith('/signin') ? '/clusters' : currentPath;
  return `/signin?callbackUrl=${encodeURIComponent(back)}`;
}

let redirecting = false;

/** A full navigation to the sign-in page; later calls while it is under way do nothing. */
export function redirectToSignIn(): void {
  if (typeof window === 'undefined' || redirecting) return;
  if (window.location.pathname.startsWith('/signin')) return;
  redirecting = true;
  window.location.assign(signInPath(window.location.pathname + window.location.search));
}
