import { clusterResponseSchema, patchClusterRequestSchema } from '@/lib/api/clusters/schema';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/dataplatform/clusters/[clusterId]';
const template = '/clusters/{clusterId}';

// GET /api/dataplatform/clusters/[clusterId] – one cluster (polled while it changes state)
export const GET = withSession(({ call, params }) => call({ api: 'dataplatform', method: 'GET', template, params }), {
  route,
  response: clusterResponseSchema,
});

// PATCH /api/dataplatform/clusters/[clusterId] – rename, upgrade, maintenance window, LANs
export const PATCH = withSession(({ call, params, body }) => call({ api: 'dataplatform', method: 'PATCH', template, params, body }), {
  route,
  body: patchClusterRequestSchema,
  response: clusterResponseSchema,
});

// DELETE /api/dataplatform/clusters/[clusterId] – delete the cluster and its node pools (DESTROYING, then gone)
export const DELETE = withSession(({ call, params }) => call({ api: 'dataplatform', method: 'DELETE', template, params }), {
  route,
  response: clusterResponseSchema,
});

// POST|PUT|OPTIONS /api/dataplatform/clusters/[clusterId] – not operations of the contract: 405 with Allow
export const { POST, PUT, OPTIONS } = methodsNotAllowed(route, ['GET', 'PATCH', 'DELETE']);
