// Every request the sandbox receives on the IONOS paths, so tests can check what a client sent
// (headers included: that is how a test proves which credential went upstream). Passwords are not kept: a Basic
// credential is logged as its user name only. Bearer tokens stay (tests prove with them that no token reaches
// the browser); the log is readable only with the control token (handlers/control.ts).
import type { Now } from '@/lib/sandbox/clock';

/** Who a Basic credential named; the password is dropped. `user` is absent when the header does not decode. */
export interface LoggedCredential {
  scheme: 'Basic';
  user?: string;
}

export interface LoggedRequest {
  seq: number;
  time: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  credential?: LoggedCredential;
}

const BASIC = /^\s*basic\b\s*(.*)$/is;

/** Who a Basic credential names: the text before the first colon of its decoded value. */
function basicUser(encoded: string): string | undefined {
  const decoded = Buffer.from(encoded.trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? undefined : decoded.slice(0, colon);
}

/** The headers with every Basic credential replaced by `Basic [redacted]`, and the user name it carried. */
function redact(request: Request): { headers: Record<string, string>; credential?: LoggedCredential } {
  const headers = Object.fromEntries(request.headers);
  // A client might also send a Basic password to a proxy; it is no more the log's business.
  if (BASIC.test(headers['proxy-authorization'] ?? '')) headers['proxy-authorization'] = 'Basic [redacted]';
  const basic = BASIC.exec(headers.authorization ?? '');
  if (!basic) return { headers };
  headers.authorization = 'Basic [redacted]';
  const user = basicUser(basic[1] ?? '');
  return { headers, credential: user === undefined ? { scheme: 'Basic' } : { scheme: 'Basic', user } };
}

// Bounded so a sandbox left running for days does not grow without limit.
const MAX_ENTRIES = 2000;

export function createRequestLog(now: Now) {
  let entries: LoggedRequest[] = [];
  let seq = 0;

  return {
    async record(request: Request): Promise<void> {
      const url = new URL(request.url);
      const body = request.body ? await request.clone().text() : '';
      const { headers, credential } = redact(request);
      seq += 1;
      entries.push({
        seq,
        time: new Date(now()).toISOString(),
        method: request.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body,
        ...(credential ? { credential } : {}),
      });
      if (entries.length > MAX_ENTRIES) entries = entries.slice(-MAX_ENTRIES);
    },
    list(): LoggedRequest[] {
      return entries.map((e) => ({ ...e }));
    },
    clear(): void {
      entries = [];
    },
  };
}

export type RequestLog = ReturnType<typeof createRequestLog>;
