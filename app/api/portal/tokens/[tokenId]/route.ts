import { HttpError } from '@/lib/server/errors';
import { requirePortal } from '@/lib/server/portal/guard';
import { portalStores } from '@/lib/server/portal/stores';
import { json, methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/portal/tokens/[tokenId]';

// DELETE /api/portal/tokens/[tokenId] – revoke one of the person's own tokens (another person's answers 404)
export const DELETE = withSession(
  async ({ portal, params }) => {
    const p = requirePortal(portal);
    p.target = { type: 'token', id: params.tokenId };
    const revoked = await (await portalStores()).tokens.revoke(params.tokenId, p.actor.sub);
    if (!revoked) throw new HttpError(404, 'not_found', 'The token was not found.');
    p.target.name = revoked.name;
    const { owner: _owner, ...view } = revoked;
    return json(view);
  },
  { route, portal: 'open', audit: 'token.revoke' },
);

export const { GET, POST, PUT, PATCH, OPTIONS } = methodsNotAllowed(route, ['DELETE']);
