import { z } from 'zod';
import { kubeconfigDownload } from '@/app/api/dataplatform/clusters/[clusterId]/kubeconfig/download';
import { requirePortal } from '@/lib/server/portal/guard';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/v1/clusters/[clusterId]/kubeconfig';

// GET /api/v1/clusters/[clusterId]/kubeconfig – for scripts and pipelines (portal mode): the kubeconfig as a YAML file
// (?format=json for JSON) with `Authorization: Bearer <personal access token>`; audited like a download in the console
export const GET = withSession(
  async ({ portal, call, params, query, session, requestId }) => {
    requirePortal(portal);
    return kubeconfigDownload({ call, clusterId: params.clusterId, format: query.format ?? 'yaml', session, requestId });
  },
  {
    route,
    query: { format: z.enum(['yaml', 'json'], 'Use format=yaml or format=json.') },
    portal: { cluster: 'kubeconfig' },
    audit: 'kubeconfig.download',
    acceptsAccessToken: true,
  },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
