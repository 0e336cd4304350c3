// The clusters' list read, defined once: app/api/dataplatform/clusters (GET) serves it to the browser, and the
// clusters page reads it on the server for its first paint (lib/server/reads/read.ts).
import 'server-only';
import { clusterListResponseSchema } from '@/lib/api/clusters/schema';
import { clusterNameFilterSchema } from '@/lib/api/common/schema';
import { portalRequestFor, scopeClusterList } from '@/lib/server/portal/guard';
import { defineRead } from '@/lib/server/reads/read';

/** GET /clusters[?name=]: the clusters the user may see, optionally only those whose name contains `name`. */
export const clusterListRead = defineRead({
  api: 'dataplatform',
  method: 'GET',
  template: '/clusters',
  query: { name: clusterNameFilterSchema },
  response: clusterListResponseSchema,
  // Portal mode: only the clusters of the person's teams, on the page's first paint as through the route.
  scope: (session, list) => scopeClusterList(portalRequestFor(session), list),
});
