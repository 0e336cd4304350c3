// GET /api/ready – readiness: configuration valid, Redis reachable when configured, upstream reachable (one probe
// per 10 s at most) with its breaker states. 200 when ready, 503 otherwise; per-check details either way.
import { log } from '@/lib/server/log';
import { withPublicRoute } from '@/lib/server/public-route';
import { checkReadiness } from '@/lib/server/readiness';
import { json } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

export const GET = withPublicRoute(
  async () => {
    const { ready, checks } = await checkReadiness();
    if (!ready)
      log.warn({
        event: 'ready.failed',
        config: checks.config.status,
        redis: checks.redis.status,
        upstream: checks.upstream.status,
        cause: checks.upstream.cause,
      });
    return json({ status: ready ? 'ready' : 'not ready', checks }, ready ? 200 : 503);
  },
  { route: '/api/ready' },
);
