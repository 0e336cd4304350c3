import { nodePoolResponseSchema, patchNodePoolRequestSchema } from '@/lib/api/nodepools/schema';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]';
const template = '/clusters/{clusterId}/nodepools/{nodepoolId}';

// GET /api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId] – one node pool
export const GET = withSession(({ call, params }) => call({ api: 'dataplatform', method: 'GET', template, params }), {
  route,
  response: nodePoolResponseSchema,
});

// PATCH /api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId] – node count, autoscaling, maintenance, labels
export const PATCH = withSession(({ call, params, body }) => call({ api: 'dataplatform', method: 'PATCH', template, params, body }), {
  route,
  body: patchNodePoolRequestSchema,
  response: nodePoolResponseSchema,
});

// DELETE /api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId] – remove the node pool (DESTROYING, then gone)
export const DELETE = withSession(({ call, params }) => call({ api: 'dataplatform', method: 'DELETE', template, params }), {
  route,
  response: nodePoolResponseSchema,
});

// POST|PUT|OPTIONS /api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId] – not operations of the contract: 405
export const { POST, PUT, OPTIONS } = methodsNotAllowed(route, ['GET', 'PATCH', 'DELETE']);
