// The undici dispatcher for IONOS calls: created only when IONOS_HTTP_PROXY or IONOS_PINNED_CERT is set,
// otherwise the global fetch's own. Pinning compares the peer certificate's SHA-256 fingerprint after the
// normal host name check.
import 'server-only';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { Agent, ProxyAgent, type Dispatcher } from 'undici';

type Settings = { httpProxy: string | undefined; pinnedCert: string | undefined };

/** `connect.checkServerIdentity` for a pinned certificate (fingerprint: 64 upper-case hex digits). */
export function pinnedIdentityCheck(fingerprint: string) {
  return (host: string, cert: PeerCertificate): Error | undefined => {
    const identityError = checkServerIdentity(host, cert);
    if (identityError) return identityError;
    const actual = (cert.fingerprint256 ?? '').replace(/:/g, '').toUpperCase();
    if (actual !== fingerprint) return new Error('The IONOS API certificate does not match IONOS_PINNED_CERT.');
    return undefined;
  };
}

let cached: { key: string; dispatcher: Dispatcher | undefined } | undefined;

export function upstreamDispatcher(settings: Settings): Dispatcher | undefined {
  const key = `${settings.httpProxy ?? ''}|${settings.pinnedCert ?? ''}`;
  if (cached?.key === key) return cached.dispatcher;
  void cached?.dispatcher?.close().catch(() => undefined);
  cached = { key, dispatcher: createDispatcher(settings) };
  return cached.dispatcher;
}

function createDispatcher({ httpProxy, pinnedCert }: Settings): Dispatcher | undefined {
  if (!httpProxy && !pinnedCert) return undefined;
  const tls = pinnedCert ? { checkServerIdentity: pinnedIdentityCheck(pinnedCert) } : undefined;
  if (httpProxy) return new ProxyAgent({ uri: httpProxy, ...(tls ? { requestTls: tls } : {}) });
  return new Agent({ connect: tls });
}

/** Tests: forget the cached dispatcher (closing it). */
export async function resetDispatcherForTests(): Promise<void> {
  const previous = cached?.dispatcher;
  cached = undefined;
  await previous?.close().catch(() => undefined);
}
