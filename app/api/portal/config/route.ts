import { requirePlatformAdmin, requirePortal } from '@/lib/server/portal/guard';
import { portalConfig } from '@/lib/server/portal/settings';
import { json, methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/portal/config';

// GET /api/portal/config – the teams file as the server read it at start-up (platform admins)
export const GET = withSession(
  async ({ portal }) => {
    requirePlatformAdmin(requirePortal(portal), 'Reading the teams file');
    const { config, text, file } = portalConfig();
    return json({
      file,
      text,
      retentionDays: config.audit.retentionDays,
      maxTokenDays: config.tokens.maxDays,
      teams: config.teams,
      platformAdminGroups: config.platformAdmins.groups,
    });
  },
  { route, portal: 'open' },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
