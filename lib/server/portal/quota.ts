// Team quotas against what the API reports: the team's clusters (ownership ∩ the upstream list) and all their node
// pools. Read with the service credential before a create or a scale goes upstream; a refusal is a 422 naming the
// limit and by how much.
import 'server-only';
import { clusterListResponseSchema } from '@/lib/api/clusters/schema';
import { nodePoolListResponseSchema } from '@/lib/api/nodepools/schema';
import { checkQuota, remaining, teamUsage, type PoolShape, type Quota, type Usage } from '@/lib/portal/quota';
import { findTeam } from '@/lib/portal/config';
import { HttpError } from '@/lib/server/errors';
import { portalConfig } from '@/lib/server/portal/settings';
import { portalStores } from '@/lib/server/portal/stores';
import { expectSuccess, type UpstreamCaller } from '@/lib/server/route';

/** The sizing of a pool as the quota counts it; the contract's defaults for what an answer leaves out. */
export function poolShape(pool: {
  nodeCount?: number;
  coresCount?: number;
  ramSize?: number;
  autoScaling?: { minNodeCount: number; maxNodeCount: number } | null;
}): PoolShape {
  return { nodeCount: pool.nodeCount ?? 1, coresCount: pool.coresCount ?? 4, ramSize: pool.ramSize ?? 4096, autoScaling: pool.autoScaling ?? null };
}

export function teamQuotaOf(team: string): Quota {
  const found = findTeam(portalConfig().config, team);
  if (!found) throw new HttpError(404, 'not_found', 'The team was not found.');
  return found.quota;
}

/** What `team` uses now. One list read, then the node pools of each of its clusters in parallel. */
export async function usageOf(team: string, call: UpstreamCaller): Promise<Usage> {
  const owned = new Set((await (await portalStores()).ownership.all()).filter((row) => row.team === team).map((row) => row.clusterId));
  const list = expectSuccess(await call({ api: 'dataplatform', method: 'GET', template: '/clusters' }), clusterListResponseSchema);
  const clusterIds = (list.items ?? []).map((item) => item.id).filter((id) => owned.has(id));
  const pools = await Promise.all(
    clusterIds.map(async (clusterId) => {
      const answer = expectSuccess(
        await call({ api: 'dataplatform', method: 'GET', template: '/clusters/{clusterId}/nodepools', params: { clusterId } }),
        nodePoolListResponseSchema,
      );
      return (answer.items ?? []).map((item) => poolShape(item.properties));
    }),
  );
  return teamUsage(clusterIds.length, pools.flat());
}

export async function quotaView(team: string, call: UpstreamCaller): Promise<{ team: string; quota: Quota; usage: Usage; left: Usage }> {
  const quota = teamQuotaOf(team);
  const usage = await usageOf(team, call);
  return { team, quota, usage, left: remaining(quota, usage) };
}

/** Refuses (422 quota_exceeded) a change that would take `team` past a limit. */
export async function enforceQuota(team: string, delta: Usage, call: UpstreamCaller): Promise<void> {
  const quota = teamQuotaOf(team);
  const exceeded = checkQuota(team, quota, await usageOf(team, call), delta);
  if (exceeded) throw new HttpError(422, 'quota_exceeded', exceeded.message);
}
