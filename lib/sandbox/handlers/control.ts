// /__sandbox: the control endpoint only the sandbox serves (never part of an IONOS API).
// Tests and e2e scenarios use it to inject faults, read the request log and reset the state. Every request but
// GET /health (readiness checks) carries the control token in X-Sandbox-Control: the log holds bearer tokens,
// and any page in a browser could otherwise reach 127.0.0.1. POSTs are JSON only, which a cross-site form
// cannot send without a CORS preflight the sandbox never grants.
import { createHash, timingSafeEqual } from 'node:crypto';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import { isoDate } from '@/lib/sandbox/clock';
import { apiErrorResponse, errorResponse, validationError } from '@/lib/sandbox/errors';
import { faultInputSchema } from '@/lib/sandbox/faults';
import { CONTROL_PREFIX } from '@/lib/sandbox/handlers/intercept';
import type { SandboxCore } from '@/lib/sandbox/sandbox';

export const CONTROL_TOKEN_HEADER = 'X-Sandbox-Control';

const digest = (value: string) => createHash('sha256').update(value).digest();

function tokenMatches(given: string | null, expected: string): boolean {
  return given !== null && timingSafeEqual(digest(given), digest(expected));
}

function isJson(contentType: string | null): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Runs before the control handlers: answers 401 or 415 itself, otherwise lets them answer. */
function guardHandler(sandbox: SandboxCore, url: (path: string) => string): HttpHandler {
  return http.all(url('/*'), ({ request }) => {
    const path = new URL(request.url).pathname;
    const health = path === `${CONTROL_PREFIX}/health` && (request.method === 'GET' || request.method === 'HEAD');
    if (health) return undefined;
    if (!tokenMatches(request.headers.get(CONTROL_TOKEN_HEADER), sandbox.controlToken)) {
      return errorResponse(401, [
        {
          errorCode: 'UNAUTHORIZED',
          message: `${CONTROL_TOKEN_HEADER}: The control endpoint needs the sandbox's control token (SANDBOX_CONTROL_TOKEN, or the one it printed at start).`,
        },
      ]);
    }
    if (request.method === 'POST' && !isJson(request.headers.get('content-type'))) {
      return errorResponse(415, [{ errorCode: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Type: Send the body as application/json.' }]);
    }
    return undefined;
  });
}

const rescheduleSchema = z.strictObject({ endsInSeconds: z.number().min(0).max(3600).nullable() });

const resetSchema = z.strictObject({
  seed: z.enum(['demo', 'empty']).optional(),
  provisionSeconds: z.number().min(0).max(3600).optional(),
});

/** Control bodies are optional: an empty body counts as `{}`. */
async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S> | Response> {
  const text = await request.text();
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      return errorResponse(400, [{ errorCode: 'MALFORMED_JSON', message: 'body: The request body is not valid JSON.' }]);
    }
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : apiErrorResponse(validationError(parsed.error));
}

export function controlHandlers(sandbox: SandboxCore): HttpHandler[] {
  const url = (path: string) => `${sandbox.origin}${CONTROL_PREFIX}${path}`;
  return [
    guardHandler(sandbox, url),
    http.get(url('/health'), () =>
      HttpResponse.json({
        status: 'ok',
        now: isoDate(sandbox.now()),
        seed: sandbox.seed,
        provisionSeconds: sandbox.provisionSeconds,
        clusters: sandbox.store.clusters().length,
      }),
    ),
    http.get(url('/faults'), () => HttpResponse.json({ items: sandbox.faults.list() })),
    http.post(url('/faults'), async ({ request }) => {
      const input = await readBody(request, faultInputSchema);
      if (input instanceof Response) return input;
      return HttpResponse.json(sandbox.faults.add(input), { status: 201 });
    }),
    http.delete(url('/faults'), () => {
      sandbox.faults.clear();
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete(url('/faults/:faultId'), ({ params }) =>
      sandbox.faults.remove(String(params.faultId))
        ? new HttpResponse(null, { status: 204 })
        : errorResponse(404, [{ errorCode: 'NOT_FOUND', message: `Fault ${String(params.faultId)} does not exist.` }]),
    ),
    http.get(url('/requests'), () => HttpResponse.json({ items: sandbox.requests.list() })),
    http.delete(url('/requests'), () => {
      sandbox.requests.clear();
      return new HttpResponse(null, { status: 204 });
    }),
    // PUT /__sandbox/changes/{clusterId} {"endsInSeconds": n | null}: when the cluster's change in progress ends
    // (null: not until told; on a cluster not changing, its next update or deletion is held). Scoped to one cluster,
    // so tests running side by side do not disturb each other.
    http.put(url('/changes/:clusterId'), async ({ request, params }) => {
      const input = await readBody(request, rescheduleSchema);
      if (input instanceof Response) return input;
      const endsAt = input.endsInSeconds === null ? null : sandbox.now() + input.endsInSeconds * 1000;
      return sandbox.store.reschedule(String(params.clusterId), endsAt)
        ? new HttpResponse(null, { status: 204 })
        : errorResponse(404, [{ errorCode: 'NOT_FOUND', message: `Cluster ${String(params.clusterId)} does not exist or is not changing.` }]);
    }),
    http.post(url('/reset'), async ({ request }) => {
      const input = await readBody(request, resetSchema);
      if (input instanceof Response) return input;
      sandbox.reset(input);
      return HttpResponse.json({ status: 'ok', seed: sandbox.seed, provisionSeconds: sandbox.provisionSeconds });
    }),
    http.all(url('/*'), ({ request }) =>
      errorResponse(404, [{ errorCode: 'NOT_FOUND', message: `No such control resource: ${new URL(request.url).pathname}.` }]),
    ),
  ];
}
