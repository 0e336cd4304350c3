import { z } from 'zod';
import { kubeconfigSchema } from '@/lib/api/kubeconfig/schema';
import { methodsNotAllowed, withSession } from '@/lib/server/route';
import { kubeconfigDownload } from './download';

const route = '/api/dataplatform/clusters/[clusterId]/kubeconfig';
const downloadSchema = z.enum(['yaml', 'json'], 'Use download=yaml or download=json.');

// GET /api/dataplatform/clusters/[clusterId]/kubeconfig – the kubeconfig as JSON, or ?download=yaml|json as a file
export const GET = withSession(
  ({ call, params, query, session, requestId }) =>
    query.download
      ? kubeconfigDownload({ call, clusterId: params.clusterId, format: query.download, session, requestId })
      : call({ api: 'dataplatform', method: 'GET', template: '/clusters/{clusterId}/kubeconfig', params }),
  {
    route,
    query: { download: downloadSchema },
    response: kubeconfigSchema,
    sameOriginOnly: true,
    portal: { cluster: 'kubeconfig' },
    audit: 'kubeconfig.download',
  },
);

// POST|PUT|PATCH|DELETE|OPTIONS /api/dataplatform/clusters/[clusterId]/kubeconfig – read-only: 405 with Allow
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
