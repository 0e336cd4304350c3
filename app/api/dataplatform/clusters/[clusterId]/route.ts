import { clusterResponseSchema, patchClusterRequestSchema } from '@/lib/api/clusters/schema';
import { requireCluster } from '@/lib/server/portal/guard';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/dataplatform/clusters/[clusterId]';
const template = '/clusters/{clusterId}';

// GET /api/dataplatform/clusters/[clusterId] – one cluster (polled while it changes state)
export const GET = withSession(({ call, params }) => call({ api: 'dataplatform', method: 'GET', template, params }), {
  route,
  response: clusterResponseSchema,
  portal: { cluster: 'read' },
});

// PATCH /api/dataplatform/clusters/[clusterId] – rename, upgrade, maintenance window, LANs (portal: team admins; a
// version change is audited as an upgrade)
export const PATCH = withSession(
  async ({ call, params, body, portal }) => {
    if (portal) {
      const upgrade = body.properties.dataPlatformVersion !== undefined;
      portal.action = upgrade ? 'cluster.upgrade' : 'cluster.edit';
      portal.changes = { ...body.properties };
      await requireCluster(portal, params.clusterId, upgrade ? 'upgrade' : 'edit');
    }
    return call({ api: 'dataplatform', method: 'PATCH', template, params, body });
  },
  { route, body: patchClusterRequestSchema, response: clusterResponseSchema, portal: 'handler', audit: 'cluster.edit' },
);

// DELETE /api/dataplatform/clusters/[clusterId] – delete the cluster and its node pools (DESTROYING, then gone)
export const DELETE = withSession(({ call, params }) => call({ api: 'dataplatform', method: 'DELETE', template, params }), {
  route,
  response: clusterResponseSchema,
  portal: { cluster: 'delete' },
  audit: 'cluster.delete',
});

// POST|PUT|OPTIONS /api/dataplatform/clusters/[clusterId] – not operations of the contract: 405 with Allow
export const { POST, PUT, OPTIONS } = methodsNotAllowed(route, ['GET', 'PATCH', 'DELETE']);
