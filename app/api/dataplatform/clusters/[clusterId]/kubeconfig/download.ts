// The kubeconfig as a file to save: an attachment that is never cached, sniffed or logged, plus an audit event.
import 'server-only';
import { stringify } from 'yaml';
import { clusterResponseSchema } from '@/lib/api/clusters/schema';
import { RESOURCE_NAME_PATTERN } from '@/lib/api/common/schema';
import { kubeconfigSchema } from '@/lib/api/kubeconfig/schema';
import { log } from '@/lib/server/log';
import { expectSuccess, type UpstreamCaller } from '@/lib/server/route';
import type { PortalRequest } from '@/lib/server/portal/guard';
import type { ConsoleSession } from '@/lib/server/session';

export type KubeconfigFormat = 'yaml' | 'json';

type Download = {
  call: UpstreamCaller;
  clusterId: string;
  format: KubeconfigFormat;
  session: ConsoleSession;
  requestId: string;
  /** Portal mode: the request's audit facts get the cluster's name. */
  portal?: PortalRequest | null;
};

/** The cluster's name for the file name; the id when the cluster cannot be read. */
async function clusterName({ call, clusterId }: Download): Promise<string> {
  try {
    const result = await call({ api: 'dataplatform', method: 'GET', template: '/clusters/{clusterId}', params: { clusterId } });
    const name = result.status === 200 ? clusterResponseSchema.safeParse(result.body).data?.properties.name : undefined;
    return name && RESOURCE_NAME_PATTERN.test(name) ? name : clusterId;
  } catch {
    return clusterId;
  }
}

export async function kubeconfigDownload(download: Download): Promise<Response> {
  const { call, clusterId, format, session, requestId } = download;
  const [result, name] = await Promise.all([
    call({ api: 'dataplatform', method: 'GET', template: '/clusters/{clusterId}/kubeconfig', params: { clusterId } }),
    clusterName(download),
  ]);
  const kubeconfig = expectSuccess(result, kubeconfigSchema);
  if (download.portal) download.portal.target = { type: 'cluster', id: clusterId, name: name === clusterId ? null : name };
  // YAML 1.1 output quotes strings such as "yes" or "on" that kubectl's YAML 1.1 parser would read as booleans.
  const content = format === 'yaml' ? stringify(kubeconfig, { version: '1.1', lineWidth: 0 }) : `${JSON.stringify(kubeconfig, null, 2)}\n`;
  log.info({ event: 'kubeconfig.download', requestId, user: session.user.email ?? session.user.name, clusterId, format });
  return new Response(content, {
    status: 200,
    headers: {
      'Content-Type': format === 'yaml' ? 'application/yaml; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}-kubeconfig.${format}"`,
      'Cache-Control': 'no-store',
      Pragma: 'no-cache',
    },
  });
}
