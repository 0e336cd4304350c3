import { authorize } from '@/lib/portal/policy';
import { HttpError } from '@/lib/server/errors';
import { requirePortal } from '@/lib/server/portal/guard';
import { quotaView } from '@/lib/server/portal/quota';
import { json, methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/portal/teams/[teamId]/quota';

// GET /api/portal/teams/[teamId]/quota – the team's limits, usage and what is left (anyone with a role in the team)
export const GET = withSession(
  async ({ portal, params, call }) => {
    const p = requirePortal(portal);
    if (!authorize(p.membership, 'read', params.teamId).ok) throw new HttpError(404, 'not_found', 'The team was not found.');
    return json(await quotaView(params.teamId, call));
  },
  { route, portal: 'open' },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
