// GET /api/health – liveness: the process answers. No session, no upstream call, no Redis, nothing secret.
import { withPublicRoute } from '@/lib/server/public-route';
import { json } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

export const GET = withPublicRoute(async () => json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }), { route: '/api/health' });
