import { clusterListResponseSchema, clusterResponseSchema, createClusterRequestSchema } from '@/lib/api/clusters/schema';
import { clusterNameFilterSchema } from '@/lib/api/common/schema';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/dataplatform/clusters';

// GET /api/dataplatform/clusters – the clusters the user may see, optionally filtered by ?name=
export const GET = withSession(({ call, query }) => call({ api: 'dataplatform', method: 'GET', template: '/clusters', query }), {
  route,
  query: { name: clusterNameFilterSchema },
  response: clusterListResponseSchema,
});

// POST /api/dataplatform/clusters – create a cluster in a data center (DEPLOYING, then AVAILABLE)
export const POST = withSession(({ call, body }) => call({ api: 'dataplatform', method: 'POST', template: '/clusters', body }), {
  route,
  body: createClusterRequestSchema,
  response: clusterResponseSchema,
});

// PUT|PATCH|DELETE|OPTIONS /api/dataplatform/clusters – not operations of the contract: 405 with Allow
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET', 'POST']);
