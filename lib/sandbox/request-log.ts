// Every request the sandbox receives on the IONOS paths, so tests can check what a client sent
// (headers included: that is how a test proves which credential went upstream).
import type { Now } from '@/lib/sandbox/clock';

export interface LoggedRequest {
  seq: number;
  time: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
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
      seq += 1;
      entries.push({
        seq,
        time: new Date(now()).toISOString(),
        method: request.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: Object.fromEntries(request.headers),
        body,
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
