import { nodePoolResponseSchema, patchNodePoolRequestSchema } from '@/lib/api/nodepools/schema';
import { poolUsage, subtractUsage } from '@/lib/portal/quota';
import { requireCluster } from '@/lib/server/portal/guard';
import { enforceQuota, poolShape } from '@/lib/server/portal/quota';
import { expectSuccess, methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]';
const template = '/clusters/{clusterId}/nodepools/{nodepoolId}';
/** What a member may change: the size of the pool. Anything else is an edit (team admins). */
const SCALE_FIELDS = new Set(['nodeCount', 'autoScaling']);

// GET /api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId] – one node pool
export const GET = withSession(({ call, params }) => call({ api: 'dataplatform', method: 'GET', template, params }), {
  route,
  response: nodePoolResponseSchema,
  portal: { cluster: 'read' },
});

// PATCH /api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId] – node count, autoscaling, maintenance, labels.
// Portal mode: node count and autoscaling alone are a scale (members, within quota); anything else needs a team admin.
export const PATCH = withSession(
  async ({ call, params, body, portal }) => {
    if (portal) {
      const fields = Object.keys(body.properties);
      const scale = fields.length > 0 && fields.every((field) => SCALE_FIELDS.has(field));
      portal.action = scale ? 'nodepool.scale' : 'nodepool.edit';
      portal.target = { type: 'nodepool', id: params.nodepoolId };
      const team = await requireCluster(portal, params.clusterId, scale ? 'scale' : 'edit');
      portal.target = { type: 'nodepool', id: params.nodepoolId };
      const current = expectSuccess(await call({ api: 'dataplatform', method: 'GET', template, params }), nodePoolResponseSchema);
      portal.target.name = current.properties.name ?? null;
      const before = poolShape(current.properties);
      const after = poolShape({ ...current.properties, ...body.properties });
      portal.changes = Object.fromEntries(
        fields.map((field) => [
          field,
          {
            from: current.properties[field as keyof typeof current.properties] ?? null,
            to: body.properties[field as keyof typeof body.properties] ?? null,
          },
        ]),
      );
      if (team) await enforceQuota(team, subtractUsage(poolUsage(after), poolUsage(before)), call);
    }
    return call({ api: 'dataplatform', method: 'PATCH', template, params, body });
  },
  { route, body: patchNodePoolRequestSchema, response: nodePoolResponseSchema, portal: 'handler', audit: 'nodepool.edit' },
);

// DELETE /api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId] – remove the node pool (DESTROYING, then gone)
export const DELETE = withSession(
  async ({ call, params, portal }) => {
    if (portal) portal.target = { type: 'nodepool', id: params.nodepoolId };
    return call({ api: 'dataplatform', method: 'DELETE', template, params });
  },
  { route, response: nodePoolResponseSchema, portal: { cluster: 'delete' }, audit: 'nodepool.delete' },
);

// POST|PUT|OPTIONS /api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId] – not operations of the contract: 405
export const { POST, PUT, OPTIONS } = methodsNotAllowed(route, ['GET', 'PATCH', 'DELETE']);
