import { clusterResponseSchema, createClusterRequestSchema } from '@/lib/api/clusters/schema';
import { clusterListRead } from '@/lib/server/reads/clusters';
import { readTarget } from '@/lib/server/reads/read';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/dataplatform/clusters';

// GET /api/dataplatform/clusters – the clusters the user may see, optionally filtered by ?name= (the read the clusters page prefetches)
export const GET = withSession(({ call, query }) => call(readTarget(clusterListRead, query)), {
  route,
  query: clusterListRead.query,
  response: clusterListRead.response,
});

// POST /api/dataplatform/clusters – create a cluster in a data center (DEPLOYING, then AVAILABLE)
export const POST = withSession(({ call, body }) => call({ api: 'dataplatform', method: 'POST', template: '/clusters', body }), {
  route,
  body: createClusterRequestSchema,
  response: clusterResponseSchema,
});

// PUT|PATCH|DELETE|OPTIONS /api/dataplatform/clusters – not operations of the contract: 405 with Allow
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET', 'POST']);
