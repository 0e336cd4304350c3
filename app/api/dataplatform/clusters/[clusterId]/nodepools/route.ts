import { createNodePoolRequestSchema, nodePoolListResponseSchema, nodePoolResponseSchema } from '@/lib/api/nodepools/schema';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/dataplatform/clusters/[clusterId]/nodepools';
const template = '/clusters/{clusterId}/nodepools';

// GET /api/dataplatform/clusters/[clusterId]/nodepools – the cluster's node pools
export const GET = withSession(({ call, params }) => call({ api: 'dataplatform', method: 'GET', template, params }), {
  route,
  response: nodePoolListResponseSchema,
});

// POST /api/dataplatform/clusters/[clusterId]/nodepools – add a node pool (DEPLOYING, then AVAILABLE)
export const POST = withSession(({ call, params, body }) => call({ api: 'dataplatform', method: 'POST', template, params, body }), {
  route,
  body: createNodePoolRequestSchema,
  response: nodePoolResponseSchema,
});

// PUT|PATCH|DELETE|OPTIONS /api/dataplatform/clusters/[clusterId]/nodepools – not operations of the contract: 405
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET', 'POST']);
