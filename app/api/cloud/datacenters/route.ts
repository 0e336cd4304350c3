import { datacenterListSchema } from '@/lib/api/datacenters/schema';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/cloud/datacenters';

// GET /api/cloud/datacenters – the user's virtual data centers (name, location, CPU families) for the cluster wizard
export const GET = withSession(({ call }) => call({ api: 'cloud', method: 'GET', template: '/datacenters', query: { depth: '1' } }), {
  route,
  response: datacenterListSchema,
});

// POST|PUT|PATCH|DELETE|OPTIONS /api/cloud/datacenters – read-only here: 405 with Allow
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
