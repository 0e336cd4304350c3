import { lanListSchema } from '@/lib/api/datacenters/schema';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/cloud/datacenters/[datacenterId]/lans';

// GET /api/cloud/datacenters/[datacenterId]/lans – the data center's LANs, for a cluster's network step
export const GET = withSession(
  ({ call, params }) => call({ api: 'cloud', method: 'GET', template: '/datacenters/{datacenterId}/lans', params, query: { depth: '1' } }),
  { route, response: lanListSchema, portal: 'open' },
);

// POST|PUT|PATCH|DELETE|OPTIONS /api/cloud/datacenters/[datacenterId]/lans – read-only here: 405 with Allow
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
