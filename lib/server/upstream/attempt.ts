// One attempt of an upstream call: send, refuse redirects and oversize answers, read the body under the deadline,
// parse it. Whatever goes wrong in between (connect, TLS, headers, a body that breaks off) ends as an UpstreamError
// that says why: never as a bare error the route wrapper would have to answer with a 500.
import 'server-only';
import type { Config } from '@/lib/server/config';
import { HttpError } from '@/lib/server/errors';
import { exchangeDeadline, upstreamFetch, type ExchangeRequest } from '@/lib/server/upstream/dispatcher';
import { upstreamErrors } from '@/lib/server/upstream/errors';
import { classifyFailure } from '@/lib/server/upstream/failure';
import { answerKey, keepAnswer, recallAnswer, type KeptAnswer } from '@/lib/server/upstream/answer-memo';
import { decodeUtf8, joinChunks, readChunks, type Chunks } from '@/lib/server/upstream/read-body';

/** A call's request: what every attempt sends (each with its own deadline). */
export type OutgoingRequest = Omit<ExchangeRequest, 'signal'>;

/**
 * `text`: the JSON text `body` was parsed from, kept so a checked answer can be relayed without re-serialising;
 * `bytes`: that text as it came, UTF-8 without a BOM, so it need not be encoded again either; `kept`: a polled
 * read's successful answer as kept for its repeats (lib/server/upstream/answer-memo.ts).
 */
export type Answer = { status: number; headers: Headers; body: unknown; text?: string; bytes?: Uint8Array; kept?: KeptAnswer };

export type AttemptOptions = {
  /** This attempt's deadline (the per-attempt timeout, or less when the call's budget is nearly spent). */
  timeoutMs: number;
  /** POST, PATCH or DELETE: a lost answer may hide a change that happened. */
  mutating: boolean;
  /** A polled read (paths.ts): its successful answer is kept for its repeats. */
  polled?: boolean;
  maxBodyBytes: number;
};

const startsWithBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

function parseBody(status: number, contentType: string | null, bytes: Uint8Array): Pick<Answer, 'body' | 'text' | 'bytes'> {
  const lenient = status >= 400; // an error page in HTML still tells its status; a 2xx must be JSON
  const text = decodeUtf8(bytes);
  if (text !== null && text.trim() === '') return { body: undefined };
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const json = mediaType === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
  if (text !== null && json) {
    try {
      const body: unknown = JSON.parse(text);
      return startsWithBom(bytes) ? { body, text } : { body, text, bytes };
    } catch {
      // fall through
    }
  }
  if (lenient) return { body: undefined };
  throw upstreamErrors.badResponse();
}

/** A polled read's successful JSON answer: the kept one when the bytes are the same, else parsed and kept. */
function parseSuccess(url: URL, init: OutgoingRequest, contentType: string | null, read: Chunks): Pick<Answer, 'body' | 'text' | 'bytes' | 'kept'> {
  const key = answerKey(url, init.headers.authorization ?? '', init.headers['x-contract-number']);
  const now = Date.now();
  const recalled = recallAnswer(key, contentType ?? '', read, now);
  if (recalled) return { body: recalled.body, text: recalled.text, bytes: recalled.bytes, kept: recalled };
  const parsed = parseBody(200, contentType, joinChunks(read));
  if (parsed.text === undefined || parsed.bytes === undefined) return parsed;
  const kept = keepAnswer(key, contentType ?? '', parsed.bytes, parsed.text, parsed.body, now);
  return { body: kept.body, text: kept.text, bytes: kept.bytes, kept };
}

async function exchange(url: URL, init: OutgoingRequest, config: Config, options: AttemptOptions, signal: AbortSignal): Promise<Answer> {
  const res = await upstreamFetch(url, { ...init, signal }, config);
  if (res.status >= 300 && res.status < 400) {
    res.discard();
    throw upstreamErrors.redirect();
  }
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
    res.discard();
    throw upstreamErrors.tooLarge(options.maxBodyBytes);
  }
  const read = await readChunks(res.body, options.maxBodyBytes);
  if (read === null) throw upstreamErrors.tooLarge(options.maxBodyBytes);
  const contentType = res.headers.get('content-type');
  const keep = options.polled === true && res.status >= 200 && res.status < 300;
  return {
    status: res.status,
    headers: res.headers,
    ...(keep ? parseSuccess(url, init, contentType, read) : parseBody(res.status, contentType, joinChunks(read))),
  };
}

export async function attemptOnce(url: URL, init: OutgoingRequest, config: Config, options: AttemptOptions): Promise<Answer> {
  const deadline = exchangeDeadline(Math.max(1, options.timeoutMs));
  try {
    return await exchange(url, init, config, options, deadline.signal);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    if (deadline.signal.aborted) throw upstreamErrors.timeout(config.upstreamTimeoutMs, options.mutating);
    throw upstreamErrors.network(options.mutating, classifyFailure(error, false));
  } finally {
    deadline.clear();
  }
}
