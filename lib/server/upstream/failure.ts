// Why an upstream attempt got no answer, read from the error's cause chain (fetch wraps the socket, TLS or DNS error
// in `TypeError: fetch failed`). Only codes and fixed names come out of here: never a message, a URL or a header.
import 'server-only';
import type { UpstreamFailureCause } from '@/lib/server/telemetry';

/** `code` of the error the pinned-certificate check fails the TLS handshake with. */
export const PIN_MISMATCH_CODE = 'ERR_IONOS_PINNED_CERT_MISMATCH';

export class PinnedCertMismatchError extends Error {
  readonly code = PIN_MISMATCH_CODE;

  constructor() {
    super('The IONOS API certificate does not match IONOS_PINNED_CERT.');
    this.name = 'PinnedCertMismatchError';
  }
}

/** What the log line and the telemetry event say about one failed attempt. */
export type FailureFacts = { cause: UpstreamFailureCause; code?: string };

const UNTRUSTED = [
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_REVOKED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
  'INVALID_PURPOSE',
];

const BY_CODE: Readonly<Record<string, UpstreamFailureCause>> = {
  [PIN_MISMATCH_CODE]: 'certificate_pin_mismatch',
  CERT_HAS_EXPIRED: 'certificate_expired',
  ...Object.fromEntries(UNTRUSTED.map((code) => [code, 'certificate_untrusted'])),
  ERR_TLS_CERT_ALTNAME_INVALID: 'certificate_hostname_mismatch',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  EAI_NODATA: 'dns',
  ECONNREFUSED: 'connection_refused',
  // The host or network cannot be reached at all: as good as a refusal for the person reading the log.
  EHOSTUNREACH: 'connection_refused',
  ENETUNREACH: 'connection_refused',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ECONNRESET: 'connection_reset',
  ECONNABORTED: 'connection_reset',
  EPIPE: 'connection_reset',
  UND_ERR_SOCKET: 'connection_reset',
  UND_ERR_CLOSED: 'connection_reset',
  ERR_STREAM_PREMATURE_CLOSE: 'connection_reset',
  UND_ERR_PRX_TLS: 'proxy',
};

/** undici's ProxyAgent refuses a tunnel the proxy did not open with this message (no code of its own). */
const PROXY_REFUSED = /^Proxy response \(\d{3}\) !== 200/;
const CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const MAX_DEPTH = 8;

function errorsIn(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  for (let depth = 0; depth < MAX_DEPTH && current !== null && typeof current === 'object'; depth += 1) {
    chain.push(current);
    // Happy eyeballs fails with an AggregateError of one error per address: the first tells the kind.
    if (current instanceof AggregateError && current.errors.length > 0) chain.push(current.errors[0]);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && CODE.test(code) ? code : undefined;
}

/**
 * The cause of a failed attempt. `timedOut` says the attempt's own deadline fired: whatever the abort made the
 * stream throw then, the cause is the timeout.
 */
export function classifyFailure(error: unknown, timedOut: boolean): FailureFacts {
  if (timedOut) return { cause: 'timeout', code: 'UPSTREAM_TIMEOUT' };
  let firstCode: string | undefined;
  for (const link of errorsIn(error)) {
    if (link instanceof Error && PROXY_REFUSED.test(link.message)) return { cause: 'proxy', code: codeOf(link) };
    const code = codeOf(link);
    if (!code) continue;
    firstCode ??= code;
    const cause = Object.hasOwn(BY_CODE, code) ? BY_CODE[code] : undefined;
    if (cause) return { cause, code };
  }
  return { cause: 'other', code: firstCode };
}

/** Causes that another attempt cannot cure: a certificate stays wrong until someone changes it. */
export function isPermanentCause(cause: UpstreamFailureCause): boolean {
  return cause.startsWith('certificate_');
}
