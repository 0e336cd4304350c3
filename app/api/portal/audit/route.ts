import { requirePortal } from '@/lib/server/portal/guard';
import { auditQueryFor, auditQuerySpec, pageSpec } from '@/lib/server/portal/audit-query';
import { portalStores } from '@/lib/server/portal/stores';
import { json, methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/portal/audit';

// GET /api/portal/audit – the audit log, newest first, filtered and paged: platform admins all teams, team admins
// their own teams
export const GET = withSession(
  async ({ portal, query }) => {
    const q = auditQueryFor(requirePortal(portal), query);
    const offset = Number(query.offset ?? 0);
    const limit = Number(query.limit ?? 50);
    const { entries, total } = await (await portalStores()).audit.query({ ...q, offset, limit });
    return json({ items: entries, total, offset, limit });
  },
  { route, query: { ...auditQuerySpec, ...pageSpec }, portal: 'open' },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
