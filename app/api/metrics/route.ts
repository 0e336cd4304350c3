// GET /api/metrics – Prometheus text format 0.0.4. Off (404) unless METRICS_TOKEN is set; then it needs
// `Authorization: Bearer <METRICS_TOKEN>` (compared in constant time), else 401.
import { createHash, timingSafeEqual } from 'node:crypto';
import { getConfig } from '@/lib/server/config';
import { HttpError } from '@/lib/server/errors';
import { renderMetrics } from '@/lib/server/metrics';
import { withPublicRoute } from '@/lib/server/public-route';
import { errorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** Digests have one length, so the comparison time does not depend on where or whether the inputs differ. */
const digest = (value: string) => createHash('sha256').update(value).digest();

function authorized(header: string | null, token: string): boolean {
  const match = /^Bearer ([\x21-\x7e]+)$/.exec(header ?? '');
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(token)) && !!match;
}

export const GET = withPublicRoute(
  async ({ req }) => {
    const token = getConfig().metricsToken;
    if (!token) throw new HttpError(404, 'not_found', 'Metrics are off: set METRICS_TOKEN to turn them on.');
    if (!authorized(req.headers.get('authorization'), token)) {
      const res = errorResponse(new HttpError(401, 'unauthenticated', 'Metrics need the bearer token METRICS_TOKEN.'));
      res.headers.set('WWW-Authenticate', 'Bearer realm="metrics"');
      return res;
    }
    const { contentType, body } = await renderMetrics();
    return new Response(body, { status: 200, headers: { 'Content-Type': contentType } });
  },
  { route: '/api/metrics' },
);
