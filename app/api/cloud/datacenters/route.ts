import { datacenterListRead } from '@/lib/server/reads/datacenters';
import { readTarget } from '@/lib/server/reads/read';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/cloud/datacenters';

// GET /api/cloud/datacenters – the user's virtual data centers (name, location, CPU families) for the cluster wizard and the list
export const GET = withSession(({ call, query }) => call(readTarget(datacenterListRead, query)), {
  route,
  query: datacenterListRead.query,
  response: datacenterListRead.response,
  portal: 'open',
});

// POST|PUT|PATCH|DELETE|OPTIONS /api/cloud/datacenters – read-only here: 405 with Allow
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
