import { createTokenRequestSchema } from '@/lib/api/portal/schema';
import { teamsAllowed } from '@/lib/portal/policy';
import { HttpError } from '@/lib/server/errors';
import { requirePortal } from '@/lib/server/portal/guard';
import { portalConfig } from '@/lib/server/portal/settings';
import { portalStores } from '@/lib/server/portal/stores';
import { json, methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/portal/tokens';
const DAY_MS = 86_400_000;

// GET /api/portal/tokens – the person's own personal access tokens (never their secrets)
export const GET = withSession(
  async ({ portal }) => {
    const p = requirePortal(portal);
    const tokens = await (await portalStores()).tokens.list(p.actor.sub);
    return json({ items: tokens.map(({ owner: _owner, ...token }) => token) });
  },
  { route, portal: 'open' },
);

// POST /api/portal/tokens – a read-only token for the teams where the person may download kubeconfigs (member or
// more), at most tokens.maxDays (≤ 90) days; the secret is in this answer only
export const POST = withSession(
  async ({ portal, body }) => {
    const p = requirePortal(portal);
    const { config } = portalConfig();
    p.target = { type: 'token', id: '', name: body.name };
    if (body.expiresInDays > config.tokens.maxDays) {
      throw new HttpError(400, 'invalid_body', `expiresInDays: At most ${config.tokens.maxDays} days (the teams file's tokens.maxDays).`);
    }
    const teams = teamsAllowed(
      p.membership,
      'kubeconfig',
      config.teams.map((team) => team.id),
    );
    if (teams.length === 0)
      throw new HttpError(403, 'forbidden_role', 'Access tokens read kubeconfigs, which needs the member role in a team; you are a viewer only.');
    const expiresAt = new Date(Date.now() + body.expiresInDays * DAY_MS).toISOString();
    const { secret, token } = await (await portalStores()).tokens.create({ owner: p.actor, name: body.name, teams, expiresAt });
    p.target = { type: 'token', id: token.id, name: token.name };
    p.changes = { teams, expiresAt };
    const { owner: _owner, ...view } = token;
    return json({ secret, token: view }, 201);
  },
  { route, body: createTokenRequestSchema, portal: 'open', audit: 'token.create' },
);

export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET', 'POST']);
