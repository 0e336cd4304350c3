import { clusterResponseSchema } from '@/lib/api/clusters/schema';
import { assignClusterRequestSchema } from '@/lib/api/portal/schema';
import { findTeam } from '@/lib/portal/config';
import { HttpError } from '@/lib/server/errors';
import { requirePlatformAdmin, requirePortal } from '@/lib/server/portal/guard';
import { portalConfig } from '@/lib/server/portal/settings';
import { portalStores } from '@/lib/server/portal/stores';
import { expectSuccess, json, methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/portal/ownership/[clusterId]';

// PUT /api/portal/ownership/[clusterId] – a platform admin assigns an unowned cluster to a team, or moves it
export const PUT = withSession(
  async ({ portal, params, body, call }) => {
    const p = requirePortal(portal);
    p.target = { type: 'cluster', id: params.clusterId };
    requirePlatformAdmin(p, 'Assigning clusters to teams');
    if (!findTeam(portalConfig().config, body.team))
      throw new HttpError(400, 'invalid_body', `team: There is no team "${body.team}" in the teams file.`);
    // The cluster must exist in the contract (the upstream's 404 is relayed).
    const cluster = expectSuccess(
      await call({ api: 'dataplatform', method: 'GET', template: '/clusters/{clusterId}', params }),
      clusterResponseSchema,
    );
    const stores = await portalStores();
    const before = await stores.ownership.get(params.clusterId);
    p.team = body.team;
    p.target = { type: 'cluster', id: params.clusterId, name: cluster.properties.name ?? null };
    p.changes = { team: { from: before?.team ?? null, to: body.team } };
    return json(await stores.ownership.assign(params.clusterId, body.team, p.actor));
  },
  { route, body: assignClusterRequestSchema, portal: 'open', audit: 'cluster.assign' },
);

export const { GET, POST, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['PUT']);
