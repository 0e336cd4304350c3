// The one browser-side fetch helper for the console's BFF (same origin, /api/...).
// It never sees a credential: the session cookie travels by itself.
import type { z } from 'zod';
import { errorResponseSchema } from '@/lib/api/common/schema';

export type ApiErrorMessage = { errorCode?: string; message?: string };

/** status 0 means the console server could not be reached at all. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly messages: ApiErrorMessage[];
  /** Seconds the server asked to wait (Retry-After on 429/503). */
  readonly retryAfterSeconds?: number;

  constructor(init: { status: number; messages?: ApiErrorMessage[]; retryAfterSeconds?: number; message?: string }) {
    const messages = init.messages ?? [];
    super(init.message ?? describeApiError(init.status, messages));
    this.status = init.status;
    this.messages = messages;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export const NETWORK_ERROR_MESSAGE = "The console server can't be reached. Check your connection.";

const FALLBACK_MESSAGES: Record<number, string> = {
  0: NETWORK_ERROR_MESSAGE,
  400: 'The request was not accepted.',
  401: 'Your session has ended. Please sign in again.',
  403: "You don't have permission to do this.",
  404: 'It was not found. It may have been deleted.',
  409: 'It conflicts with a change in progress. Wait until that change is done and try again.',
  429: 'The API is busy: too many requests right now.',
  502: 'The console server received an answer it could not read.',
  503: 'The API is busy or unavailable right now.',
  504: 'The API took too long to answer.',
};

/** A sentence a user understands: the API's own messages when it sent any, otherwise one by status. */
export function describeApiError(status: number, messages: readonly ApiErrorMessage[]): string {
  const texts = messages.map((m) => m.message?.trim()).filter((text): text is string => Boolean(text));
  if (texts.length > 0) return [...new Set(texts)].map((text) => (/[.!?]$/.test(text) ? text : `${text}.`)).join(' ');
  return FALLBACK_MESSAGES[status] ?? (status >= 500 ? 'The console server had a problem.' : `The request failed (HTTP ${status}).`);
}

/** Retry-After as seconds: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Marks a background poll (a refetchInterval tick): the BFF does not count it as activity of the user. */
export const POLL_HEADER = 'X-Console-Poll';

export type BffFetchOptions<TSchema extends z.ZodType> = {
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  /** Parses the successful answer; an empty body (204) is parsed as `undefined`. */
  schema: TSchema;
  signal?: AbortSignal;
  /** A background poll, not the user's doing (lib/api/polling.ts `isPollTick`): sent as `X-Console-Poll: 1`. */
  poll?: boolean;
};

function readJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  const parsed = errorResponseSchema.safeParse(readJson(await response.text().catch(() => '')));
  return new ApiError({
    status: response.status,
    messages: parsed.success ? (parsed.data.messages ?? []) : [],
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
  });
}

/** Calls a BFF route and returns the answer parsed with `schema`; throws `ApiError` otherwise. */
export async function bffFetch<TSchema extends z.ZodType>(
  path: string,
  { method = 'GET', body, schema, signal, poll = false }: BffFetchOptions<TSchema>,
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
    });
  } catch (error) {
    // Cancellation (react-query aborting a stale request) is not a failure: let it through unchanged.
    if (signal?.aborted) throw error;
    throw new ApiError({ status: 0 });
  }

  if (!response.ok) throw await errorFromResponse(response);

  const result = schema.safeParse(readJson(await response.text()));
  if (!result.success) {
    console.error(`Unexpected answer from ${method} ${path}`, result.error.issues);
    throw new ApiError({ status: 502, messages: [{ errorCode: 'console-invalid-response' }] });
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
