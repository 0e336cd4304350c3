// How bytes reach IONOS: undici's own request API (not its fetch: a WHATWG Request, Response and body stream per
// call cost three times the CPU, measured by `npm run bench`) with a dispatcher of the same undici – a plain keep-alive Agent, or with
// IONOS_HTTP_PROXY a ProxyAgent, with IONOS_PINNED_CERT a pinning TLS check. A dispatcher only works with the fetch
// of the same undici: Node's bundled undici changes its handler interface between majors (Node 26 refuses an
// undici 6 dispatcher with "invalid onError method"), so the pair always comes from the undici in package.json.
// Not the global fetch: inside a route handler that is Next's patched fetch, whose caching and tracing wrapper costs
// every upstream call CPU for nothing (calls are no-store, and the upstream spans are the console's own).
// Pinning compares the peer certificate's SHA-256 fingerprint after the normal chain and host name checks.
import 'server-only';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { Agent, ProxyAgent, type Dispatcher } from 'undici';
import { webHeaders } from '@/lib/server/node-headers';
import { PinnedCertMismatchError } from '@/lib/server/upstream/failure';

type Settings = {
  httpProxy: string | undefined;
  pinnedCert: string | undefined;
  /** Extra headers of the CONNECT request to the proxy (IONOS_HTTP_PROXY_HEADERS), names in lower case. */
  httpProxyHeaders?: Readonly<Record<string, string>>;
};

/** `connect.checkServerIdentity` for a pinned certificate (fingerprint: 64 upper-case hex digits). */
/** The User-Agent of every request the console sends upstream (calls and readiness probes alike). */
export const UPSTREAM_USER_AGENT = 'stackable-console-bff/0.1';

export function pinnedIdentityCheck(fingerprint: string) {
  return (host: string, cert: PeerCertificate): Error | undefined => {
    const identityError = checkServerIdentity(host, cert);
    if (identityError) return identityError;
    const actual = (cert.fingerprint256 ?? '').replace(/:/g, '').toUpperCase();
    if (actual !== fingerprint) return new PinnedCertMismatchError();
    return undefined;
  };
}

/**
 * The plain Agent's pool. Connections per upstream origin are not capped: a cap queues calls behind slow ones (a
 * list of thousands of clusters) while the API takes many connections; idle ones are kept for reuse as long as
 * the upstream's Keep-Alive hint allows, at most a minute.
 */
export const UPSTREAM_POOL = { keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000 } as const;

let cached: { key: string; dispatcher: Dispatcher } | undefined;
/** Tests: PEM certificates trusted instead of the system's (a loopback TLS upstream with a made-up certificate). */
let testCa: string | undefined;

export function upstreamDispatcher(settings: Settings): Dispatcher {
  const key = JSON.stringify([settings.httpProxy ?? '', settings.pinnedCert ?? '', settings.httpProxyHeaders ?? {}, testCa ?? '']);
  if (cached?.key === key) return cached.dispatcher;
  void cached?.dispatcher?.close().catch(() => undefined);
  cached = { key, dispatcher: createDispatcher(settings) };
  return cached.dispatcher;
}

function createDispatcher({ httpProxy, pinnedCert, httpProxyHeaders }: Settings): Dispatcher {
  const tls = {
    ...(pinnedCert ? { checkServerIdentity: pinnedIdentityCheck(pinnedCert) } : {}),
    ...(testCa ? { ca: testCa } : {}),
  };
  // ProxyAgent adds Proxy-Authorization from the URL's user-info to the object it is given: hand it a copy.
  if (httpProxy) return new ProxyAgent({ uri: httpProxy, headers: { ...httpProxyHeaders }, requestTls: tls });
  return new Agent({ ...UPSTREAM_POOL, connect: tls });
}

/** What an exchange hands back: status, headers, and a body to read (`for await`) or to discard. Never follows redirects. */
export type UpstreamResponse = {
  status: number;
  headers: Headers;
  body: AsyncIterable<Uint8Array>;
  /** Drops the body unread (and with it, if it is still arriving, the connection). */
  discard(): void;
};

export type ExchangeRequest = {
  method: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
  signal: AbortSignal;
};

/**
 * An exchange's deadline: `signal` aborts after `ms` with a TimeoutError (like AbortSignal.timeout's), and `clear`
 * stops its timer once the exchange is over. Not AbortSignal.timeout: its timer stays scheduled until it fires, long
 * after the answer went out, and keeps the signal and what its listeners hold alive until then; under load that was
 * thousands of them at a time, promoted into the old generation (README "Performance": the load rows).
 */
export function exchangeDeadline(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
  timer.unref();
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** One HTTP exchange with the upstream through the configured dispatcher. */
export async function upstreamFetch(url: URL, request: ExchangeRequest, settings: Settings): Promise<UpstreamResponse> {
  const dispatcher = upstreamDispatcher(settings);
  const res = await dispatcher.request({
    origin: url.origin,
    path: `${url.pathname}${url.search}`,
    method: request.method as Dispatcher.HttpMethod,
    headers: { ...request.headers },
    body: request.body,
    signal: request.signal,
  });
  // undici's body reports a destroy before its end as an error: heard here, so a discarded or abandoned body (an
  // oversized answer, left by readLimited) never becomes an uncaught exception. Readers still see their errors.
  res.body.on('error', () => undefined);
  return { status: res.statusCode, headers: webHeaders(res.headers), body: res.body, discard: () => res.body.destroy() };
}

/** Tests: forget the cached dispatcher (closing it). */
export async function resetDispatcherForTests(): Promise<void> {
  const previous = cached?.dispatcher;
  cached = undefined;
  testCa = undefined;
  await previous?.close().catch(() => undefined);
}

/** Tests: trust these PEM certificates (and only these) for the upstream; forces a dispatcher. */
export function trustCaForTests(pem: string | undefined): void {
  testCa = pem;
}
