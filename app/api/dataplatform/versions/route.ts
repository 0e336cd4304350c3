import { versionListResponseSchema } from '@/lib/api/versions/schema';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/dataplatform/versions';

// GET /api/dataplatform/versions – Data Platform versions for new clusters and upgrades (1.0 array answers normalised)
export const GET = withSession(({ call }) => call({ api: 'dataplatform', method: 'GET', template: '/versions' }), {
  route,
  response: versionListResponseSchema,
  portal: 'open',
});

// POST|PUT|PATCH|DELETE|OPTIONS /api/dataplatform/versions – not operations of the contract: 405 with Allow
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
