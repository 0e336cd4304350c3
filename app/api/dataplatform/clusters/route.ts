import { z } from 'zod';
import { clusterResponseSchema, createClusterRequestSchema } from '@/lib/api/clusters/schema';
import { emptyUsage } from '@/lib/portal/quota';
import { HttpError } from '@/lib/server/errors';
import { scopeClusterList, teamForCreate } from '@/lib/server/portal/guard';
import { enforceQuota } from '@/lib/server/portal/quota';
import { portalStores } from '@/lib/server/portal/stores';
import { clusterListRead } from '@/lib/server/reads/clusters';
import { readTarget } from '@/lib/server/reads/read';
import { expectSuccess, methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/dataplatform/clusters';
const teamQuery = z.string().regex(/^[a-z0-9-]{1,40}$/, 'Not a team id.');

// GET /api/dataplatform/clusters – the clusters the user may see, optionally filtered by ?name= (the read the clusters page
// prefetches). Portal mode: only the clusters of the person's teams (platform admins: all).
export const GET = withSession(
  async ({ call, query, portal }) => {
    const result = await call(readTarget(clusterListRead, query));
    if (!portal || result.status !== 200) return result;
    return { ...result, body: await scopeClusterList(portal, expectSuccess(result, clusterListRead.response)), text: undefined };
  },
  { route, query: clusterListRead.query, response: clusterListRead.response, portal: 'handler', acceptsAccessToken: false },
);

// POST /api/dataplatform/clusters – create a cluster in a data center (DEPLOYING, then AVAILABLE). Portal mode: in
// ?team= (team admins; quota checked first), owned by that team and recorded with its real creator.
export const POST = withSession(
  async ({ call, body, query, portal }) => {
    if (!portal) {
      if (query.team !== undefined) throw new HttpError(400, 'invalid_query', 'team: Teams exist only in portal mode.');
      return call({ api: 'dataplatform', method: 'POST', template: '/clusters', body });
    }
    const team = teamForCreate(portal, query.team);
    const { name, dataPlatformVersion, datacenterId, maintenanceWindow } = body.properties;
    portal.target = { type: 'cluster', id: '', name };
    portal.changes = { name, dataPlatformVersion, datacenterId, maintenanceWindow, lans: body.properties.lans?.length ?? 0 };
    await enforceQuota(team, { ...emptyUsage(), clusters: 1 }, call);
    const result = await call({ api: 'dataplatform', method: 'POST', template: '/clusters', body });
    if (result.status < 300) {
      const created = expectSuccess(result, clusterResponseSchema);
      portal.target = { type: 'cluster', id: created.id, name };
      await (await portalStores()).ownership.recordCreate(created.id, team, portal.actor);
    }
    return result;
  },
  {
    route,
    body: createClusterRequestSchema,
    query: { team: teamQuery },
    response: clusterResponseSchema,
    portal: 'handler',
    audit: 'cluster.create',
  },
);

// PUT|PATCH|DELETE|OPTIONS /api/dataplatform/clusters – not operations of the contract: 405 with Allow
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET', 'POST']);
