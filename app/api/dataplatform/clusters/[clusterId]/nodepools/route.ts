import { createNodePoolRequestSchema, nodePoolListResponseSchema, nodePoolResponseSchema } from '@/lib/api/nodepools/schema';
import { poolUsage } from '@/lib/portal/quota';
import { expectSuccess, methodsNotAllowed, withSession } from '@/lib/server/route';
import { enforceQuota, poolShape } from '@/lib/server/portal/quota';

const route = '/api/dataplatform/clusters/[clusterId]/nodepools';
const template = '/clusters/{clusterId}/nodepools';

// GET /api/dataplatform/clusters/[clusterId]/nodepools – the cluster's node pools
export const GET = withSession(({ call, params }) => call({ api: 'dataplatform', method: 'GET', template, params }), {
  route,
  response: nodePoolListResponseSchema,
  portal: { cluster: 'read' },
});

// POST /api/dataplatform/clusters/[clusterId]/nodepools – add a node pool (DEPLOYING, then AVAILABLE); portal mode:
// team admins, within the team's quota
export const POST = withSession(
  async ({ call, params, body, portal }) => {
    if (portal) {
      const { name, nodeCount, coresCount, ramSize, autoScaling, cpuFamily, storageType, storageSize, availabilityZone } = body.properties;
      portal.target = { type: 'nodepool', id: '', name };
      portal.changes = {
        cluster: params.clusterId,
        name,
        nodeCount,
        coresCount,
        ramSize,
        autoScaling,
        cpuFamily,
        storageType,
        storageSize,
        availabilityZone,
      };
      if (portal.team) await enforceQuota(portal.team, poolUsage(poolShape(body.properties)), call);
    }
    const result = await call({ api: 'dataplatform', method: 'POST', template, params, body });
    if (portal && result.status < 300)
      portal.target = { type: 'nodepool', id: expectSuccess(result, nodePoolResponseSchema).id, name: body.properties.name };
    return result;
  },
  { route, body: createNodePoolRequestSchema, response: nodePoolResponseSchema, portal: { cluster: 'create' }, audit: 'nodepool.create' },
);

// PUT|PATCH|DELETE|OPTIONS /api/dataplatform/clusters/[clusterId]/nodepools – not operations of the contract: 405
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET', 'POST']);
