// Runs first for every request: logs the IONOS ones and applies injected faults to them.
// It answers only when a fault says so; otherwise msw moves on to the real handlers.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { errorResponse } from '@/lib/sandbox/errors';
import type { SandboxCore } from '@/lib/sandbox/sandbox';

export const CONTROL_PREFIX = '/__sandbox';

const FAULT_CODES: Record<number, string> = {
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

export function interceptHandler(sandbox: SandboxCore): HttpHandler {
  return http.all(`${sandbox.origin}/*`, async ({ request }) => {
    const path = new URL(request.url).pathname;
    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) return undefined;
    await sandbox.requests.record(request);
    const fault = sandbox.faults.take(request.method, path);
    if (!fault) return undefined;
    if (fault.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    // A network error in-process; the loopback server turns it into a closed connection.
    if (fault.drop) return HttpResponse.error();
    if (fault.status === undefined) return undefined;
    const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
    return errorResponse(
      fault.status,
      [
        {
          errorCode: FAULT_CODES[fault.status] ?? `HTTP_${fault.status}`,
          message: `Injected fault: ${request.method} ${path} answers ${fault.status}.`,
        },
      ],
      headers,
    );
  });
}
