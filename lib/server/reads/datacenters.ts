// The data centers' list read, defined once: app/api/cloud/datacenters (GET) serves it to the browser, and the
// clusters page reads it on the server so the first paint shows data center names (lib/server/reads/read.ts).
import 'server-only';
import { datacenterListSchema } from '@/lib/api/datacenters/schema';
import { defineRead } from '@/lib/server/reads/read';

/** GET /datacenters?depth=1: the user's virtual data centers with name, location and CPU families. */
export const datacenterListRead = defineRead({
  api: 'cloud',
  method: 'GET',
  template: '/datacenters',
  query: {},
  fixedQuery: { depth: '1' },
  response: datacenterListSchema,
});
