import { requirePortal, scopeClusterList } from '@/lib/server/portal/guard';
import { clusterListRead } from '@/lib/server/reads/clusters';
import { readTarget } from '@/lib/server/reads/read';
import { expectSuccess, json, methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/v1/clusters';

// GET /api/v1/clusters – for scripts (portal mode): the clusters a personal access token (or the session) may read,
// in the contract's list shape
export const GET = withSession(
  async ({ portal, call, query }) => {
    const p = requirePortal(portal);
    const list = expectSuccess(await call(readTarget(clusterListRead, query)), clusterListRead.response);
    return json(await scopeClusterList(p, list));
  },
  { route, query: clusterListRead.query, portal: 'handler', acceptsAccessToken: true },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
