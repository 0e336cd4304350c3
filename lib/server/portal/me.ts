// Who is signed in to the portal, as the browser is told (GET /api/portal/me, and the console layout's first render).
import 'server-only';
import type { PortalMe } from '@/lib/api/portal/schema';
import { isPortalMode, membershipOfSession, portalConfig } from '@/lib/server/portal/settings';
import type { ConsoleSession } from '@/lib/server/session';

/** null in personal mode. */
export function portalMeFor(session: ConsoleSession): PortalMe | null {
  if (!isPortalMode()) return null;
  const membership = membershipOfSession(session);
  return {
    user: { sub: session.user.sub ?? '', email: session.user.email ?? '', name: session.user.name },
    platformAdmin: membership.platformAdmin,
    teams: portalConfig().config.teams.map((team) => ({ id: team.id, name: team.name, role: membership.teams[team.id] ?? null })),
  };
}
