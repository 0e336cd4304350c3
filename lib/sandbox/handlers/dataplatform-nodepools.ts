// The node pool operations of the Data Platform API 1.1 (clustersNodepoolsGet ... clustersNodepoolsDelete).
import { HttpResponse } from 'msw';
import { createNodePoolRequestSchema, patchNodePoolRequestSchema } from '@/lib/api/nodepools/schema';
import { findDatacenter, type SandboxDatacenter } from '@/lib/sandbox/datacenters';
import { SandboxError, badRequest, conflict } from '@/lib/sandbox/errors';
import { findCluster, findNodePool, refuseWhileBusy } from '@/lib/sandbox/handlers/dataplatform-access';
import { readJson, type RouteContext, type RouteDef } from '@/lib/sandbox/handlers/route';
import { isOperatorsPool } from '@/lib/sandbox/operators-pool';
import { renderCollection, renderNodePool } from '@/lib/sandbox/render';
import type { NodePoolSettings } from '@/lib/sandbox/store';

const COLLECTION = '/dataplatform/clusters/:clusterId/nodepools';

/** cpuFamily is AUTO or a family of the data center; cores and RAM stay within that family's limits. */
function checkHardware(settings: NodePoolSettings, datacenter: SandboxDatacenter): void {
  const families = datacenter.cpuArchitecture;
  const problems: string[] = [];
  const chosen = settings.cpuFamily === 'AUTO' ? families : families.filter((f) => f.cpuFamily === settings.cpuFamily);
  if (chosen.length === 0) {
    const names = ['AUTO', ...families.map((f) => f.cpuFamily)].join(', ');
    throw badRequest(`properties.cpuFamily: '${settings.cpuFamily}' is not available in data center ${datacenter.id}; use one of ${names}.`);
  }
  const maxCores = Math.max(...chosen.map((f) => f.maxCores));
  const maxRam = Math.max(...chosen.map((f) => f.maxRam));
  if (settings.coresCount > maxCores) problems.push(`properties.coresCount: At most ${maxCores} cores per node with ${settings.cpuFamily}.`);
  if (settings.ramSize > maxRam) problems.push(`properties.ramSize: At most ${maxRam} MB per node with ${settings.cpuFamily}.`);
  if (problems.length > 0) throw badRequest(problems);
}

function withETag(body: ReturnType<typeof renderNodePool>, status = 200): Response {
  return HttpResponse.json(body, { status, headers: { ETag: `"${body.metadata.ETag}"` } });
}

// GET /clusters/{clusterId}/nodepools
function listNodePools(ctx: RouteContext): Response {
  const cluster = findCluster(ctx);
  const items = ctx.sandbox.store.pools(cluster.id).map((p) => renderNodePool(p, cluster));
  return HttpResponse.json(renderCollection(`/dataplatform/clusters/${cluster.id}/nodepools`, items));
}

// POST /clusters/{clusterId}/nodepools – starts DEPLOYING
async function createNodePool(ctx: RouteContext): Promise<Response> {
  const cluster = findCluster(ctx);
  const { properties } = await readJson(ctx.request, createNodePoolRequestSchema);
  refuseWhileBusy('cluster', cluster, 'add node pools');
  checkHardware(properties, findDatacenter(cluster.datacenterId)!);
  const taken = ctx.sandbox.store.pools(cluster.id).some((p) => p.name.toLowerCase() === properties.name.toLowerCase());
  if (taken) throw conflict(`The cluster '${cluster.name}' already has a node pool named '${properties.name}'.`);
  const pool = ctx.sandbox.store.createPool(cluster, properties, ctx.user);
  return withETag(renderNodePool(pool, cluster), 201);
}

// GET /clusters/{clusterId}/nodepools/{nodepoolId}
function getNodePool(ctx: RouteContext): Response {
  const cluster = findCluster(ctx);
  return withETag(renderNodePool(findNodePool(ctx, cluster), cluster));
}

// PATCH /clusters/{clusterId}/nodepools/{nodepoolId} – count, autoscaling (null: off), maintenance, labels, annotations
async function patchNodePool(ctx: RouteContext): Promise<Response> {
  const cluster = findCluster(ctx);
  const pool = findNodePool(ctx, cluster);
  const { properties } = await readJson(ctx.request, patchNodePoolRequestSchema);
  refuseWhileBusy('cluster', cluster, 'change its node pools');
  refuseWhileBusy('node pool', pool, 'change it');
  ctx.sandbox.store.updatePool(pool, properties, ctx.user);
  return withETag(renderNodePool(pool, cluster));
}

// DELETE /clusters/{clusterId}/nodepools/{nodepoolId} – DESTROYING, then gone
function deleteNodePool(ctx: RouteContext): Response {
  const cluster = findCluster(ctx);
  const pool = findNodePool(ctx, cluster);
  const body = renderNodePool(pool, cluster);
  if (pool.state === 'DESTROYING') return withETag(body);
  // Sandbox choice: the operators' pool is reserved and leaves only with its cluster.
  if (isOperatorsPool(body)) {
    throw SandboxError.of(400, 'RESERVED_NODE_POOL', `The node pool '${pool.name}' runs the Stackable operators; it is deleted with its cluster.`);
  }
  ctx.sandbox.store.destroyPool(pool, ctx.user);
  return withETag(renderNodePool(pool, cluster));
}

export const nodePoolRoutes: RouteDef[] = [
  { method: 'get', path: COLLECTION, handle: listNodePools },
  { method: 'post', path: COLLECTION, handle: createNodePool },
  { method: 'get', path: `${COLLECTION}/:nodepoolId`, handle: getNodePool },
  { method: 'patch', path: `${COLLECTION}/:nodepoolId`, handle: patchNodePool },
  { method: 'delete', path: `${COLLECTION}/:nodepoolId`, handle: deleteNodePool },
];
