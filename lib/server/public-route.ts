// The wrapper of the few BFF routes that need no session (health, readiness, metrics): request id and context,
// the API security headers, one error envelope, the `bff.request` event. Probes arrive every few seconds, so a
// successful answer is counted in the metrics but not logged; an answer of 400 or more gets a log line.
import 'server-only';
import type { NextRequest } from 'next/server';
import { HttpError, internalError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { recordRequest, runRequest } from '@/lib/server/request-scope';
import { errorResponse, harden } from '@/lib/server/route';

export type PublicHandler = (context: { req: NextRequest; requestId: string }) => Promise<Response>;

export function withPublicRoute(handler: PublicHandler, options: { route: string }): (req: NextRequest) => Promise<Response> {
  return (req) =>
    runRequest(options.route, async (requestId) => {
      const started = performance.now();
      let res: Response;
      let failure: string | undefined;
      try {
        res = await handler({ req, requestId });
      } catch (error) {
        const known = error instanceof HttpError ? error : internalError(requestId);
        failure = known.errorCode;
        if (!(error instanceof HttpError))
          log.error({ event: 'bff.unexpected-error', route: options.route, error, stack: error instanceof Error ? error.stack : undefined });
        res = errorResponse(known);
      }
      harden(res, requestId);
      if (res.status >= 400) {
        log.warn({
          event: 'bff.request',
          method: req.method,
          route: options.route,
          status: res.status,
          durationMs: Math.round(performance.now() - started),
          ...(failure ? { error: failure } : {}),
        });
      }
      recordRequest({ route: options.route, method: req.method, status: res.status, startedAt: started });
      return res;
    });
}
