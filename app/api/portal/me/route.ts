import { portalMeFor } from '@/lib/server/portal/me';
import { requirePortal } from '@/lib/server/portal/guard';
import { json, methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/portal/me';

// GET /api/portal/me – who is signed in to the portal and their role per team (404 in personal mode)
export const GET = withSession(
  async ({ portal, session }) => {
    requirePortal(portal);
    return json(portalMeFor(session));
  },
  { route, portal: 'open' },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
