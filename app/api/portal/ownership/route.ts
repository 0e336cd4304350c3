import { requirePortal, visibleOwnership } from '@/lib/server/portal/guard';
import { json, methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/portal/ownership';

// GET /api/portal/ownership – the owner team of every cluster the person may see (platform admins: every owned one)
export const GET = withSession(async ({ portal }) => json({ items: await visibleOwnership(requirePortal(portal)) }), { route, portal: 'open' });

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
