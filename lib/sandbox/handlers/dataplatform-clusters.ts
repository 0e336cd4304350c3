// The cluster operations of the Data Platform API 1.1 (clustersGet ... clustersKubeconfigFindByClusterId).
import { createHash } from 'node:crypto';
import { HttpResponse } from 'msw';
import { clusterNameFilterSchema, type Lan } from '@/lib/api/common/schema';
import { createClusterRequestSchema, patchClusterRequestSchema } from '@/lib/api/clusters/schema';
import { findVisibleDatacenter, findDatacenter, type SandboxDatacenter } from '@/lib/sandbox/datacenters';
import { badRequest, conflict, validationError } from '@/lib/sandbox/errors';
import { findCluster, refuseWhileBusy, visibleClusters } from '@/lib/sandbox/handlers/dataplatform-access';
import { readJson, type RouteContext, type RouteDef } from '@/lib/sandbox/handlers/route';
import { renderCluster, renderCollection, renderKubeconfig } from '@/lib/sandbox/render';
import { DEFAULT_VERSION, SANDBOX_VERSIONS, isKnownVersion, upgradesFrom } from '@/lib/sandbox/versions';

const COLLECTION = '/dataplatform/clusters';

function checkLans(lans: Lan[] | undefined, datacenter: SandboxDatacenter): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  lans?.forEach((lan, i) => {
    if (!datacenter.lans.some((l) => l.id === lan.lanId)) {
      problems.push(`properties.lans.${i}.lanId: LAN '${lan.lanId}' does not exist in data center ${datacenter.id}.`);
    } else if (seen.has(lan.lanId)) {
      problems.push(`properties.lans.${i}.lanId: LAN '${lan.lanId}' is listed twice.`);
    }
    seen.add(lan.lanId);
  });
  if (problems.length > 0) throw badRequest(problems);
}

/** Names are unique in the contract among clusters that still exist (case-insensitively). */
function refuseDuplicateName(ctx: RouteContext, name: string, except?: string): void {
  const taken = ctx.sandbox.store
    .clusters()
    .some((c) => c.id !== except && c.contractNumber === ctx.user.contractNumber && c.name.toLowerCase() === name.toLowerCase());
  if (taken) throw conflict(`A cluster named '${name}' already exists in contract ${ctx.user.contractNumber}.`);
}

function withETag(body: ReturnType<typeof renderCluster>, status = 200): Response {
  return HttpResponse.json(body, { status, headers: { ETag: `"${body.metadata.ETag}"` } });
}

// GET /clusters – the clusters the caller may see, optionally filtered by name
function listClusters(ctx: RouteContext): Response {
  const name = ctx.url.searchParams.get('name');
  let filter = '';
  if (name !== null) {
    const parsed = clusterNameFilterSchema.safeParse(name);
    if (!parsed.success) throw validationError(parsed.error, ['name']);
    filter = parsed.data.toLowerCase();
  }
  const items = visibleClusters(ctx)
    .filter((c) => c.name.toLowerCase().includes(filter))
    .map(renderCluster);
  return HttpResponse.json(renderCollection(COLLECTION, items));
}

// POST /clusters – starts DEPLOYING with its operators' pool
async function createCluster(ctx: RouteContext): Promise<Response> {
  const { properties } = await readJson(ctx.request, createClusterRequestSchema);
  const datacenter = findVisibleDatacenter(ctx.user, properties.datacenterId);
  if (!datacenter) {
    throw badRequest(`properties.datacenterId: Data center ${properties.datacenterId} does not exist or you cannot access it.`);
  }
  const version = properties.dataPlatformVersion ?? DEFAULT_VERSION;
  if (!isKnownVersion(version)) {
    throw badRequest(`properties.dataPlatformVersion: Unknown version '${version}'; use one of ${SANDBOX_VERSIONS.join(', ')}.`);
  }
  checkLans(properties.lans, datacenter);
  refuseDuplicateName(ctx, properties.name);
  const cluster = ctx.sandbox.store.createCluster({ ...properties, dataPlatformVersion: version, datacenterId: datacenter.id }, ctx.user);
  return withETag(renderCluster(cluster), 201);
}

// GET /clusters/{clusterId}
function getCluster(ctx: RouteContext): Response {
  return withETag(renderCluster(findCluster(ctx)));
}

// PATCH /clusters/{clusterId} – rename, upgrade, maintenance window, LANs
async function patchCluster(ctx: RouteContext): Promise<Response> {
  const cluster = findCluster(ctx);
  const { properties } = await readJson(ctx.request, patchClusterRequestSchema);
  refuseWhileBusy('cluster', cluster, 'change it');
  const version = properties.dataPlatformVersion;
  if (version !== undefined && version !== cluster.dataPlatformVersion) {
    const allowed = [cluster.currentVersion, ...upgradesFrom(cluster.currentVersion)];
    if (!allowed.includes(version)) {
      throw badRequest(
        `properties.dataPlatformVersion: '${version}' is not an available upgrade of ${cluster.currentVersion}; use one of ${allowed.join(', ')}.`,
      );
    }
  }
  if (properties.lans) checkLans(properties.lans, findDatacenter(cluster.datacenterId)!);
  if (properties.name !== undefined) refuseDuplicateName(ctx, properties.name, cluster.id);
  ctx.sandbox.store.updateCluster(cluster, properties, ctx.user);
  return withETag(renderCluster(cluster));
}

// DELETE /clusters/{clusterId} – DESTROYING with its pools, then gone; repeated deletes answer the same
function deleteCluster(ctx: RouteContext): Response {
  const cluster = findCluster(ctx);
  if (cluster.state !== 'DESTROYING') ctx.sandbox.store.destroyCluster(cluster, ctx.user);
  return withETag(renderCluster(cluster));
}

// GET /clusters/{clusterId}/kubeconfig – exists once the cluster has been provisioned
function getKubeconfig(ctx: RouteContext): Response {
  const cluster = findCluster(ctx);
  if (!cluster.provisioned) {
    throw conflict(
      cluster.state === 'DEPLOYING'
        ? `The cluster '${cluster.name}' is still DEPLOYING; its kubeconfig exists once it is provisioned.`
        : `The cluster '${cluster.name}' was never provisioned (state ${cluster.state}); it has no kubeconfig.`,
    );
  }
  const token = ctx.sandbox.kubeconfigTokenPrefix + createHash('sha256').update(`kubeconfig:${cluster.id}`).digest('base64url');
  return HttpResponse.json(renderKubeconfig(cluster, token));
}

export const clusterRoutes: RouteDef[] = [
  { method: 'get', path: COLLECTION, handle: listClusters },
  { method: 'post', path: COLLECTION, handle: createCluster },
  { method: 'get', path: `${COLLECTION}/:clusterId`, handle: getCluster },
  { method: 'patch', path: `${COLLECTION}/:clusterId`, handle: patchCluster },
  { method: 'delete', path: `${COLLECTION}/:clusterId`, handle: deleteCluster },
  { method: 'get', path: `${COLLECTION}/:clusterId/kubeconfig`, handle: getKubeconfig },
];
