// The audit log's retention (the teams file's audit.retentionDays): entries older than that are deleted at start-up
// and then once a day. Every instance prunes; deleting what another instance deleted already is a no-op.
import 'server-only';
import { log } from '@/lib/server/log';
import { portalConfig } from '@/lib/server/portal/settings';
import { portalStores } from '@/lib/server/portal/stores';

const DAY_MS = 86_400_000;
const globalRetention = globalThis as typeof globalThis & { __consoleAuditRetention?: NodeJS.Timeout };

export async function pruneAudit(): Promise<number> {
  const days = portalConfig().config.audit.retentionDays;
  const deleted = await (await portalStores()).audit.prune(days);
  if (deleted > 0) log.info({ event: 'audit.pruned', deleted, retentionDays: days });
  return deleted;
}

export function startAuditRetention(): void {
  if (globalRetention.__consoleAuditRetention) return;
  const run = () => {
    pruneAudit().catch((error: unknown) => log.error({ event: 'audit.prune-failed', message: error instanceof Error ? error.message : 'unknown' }));
  };
  run();
  globalRetention.__consoleAuditRetention = setInterval(run, DAY_MS);
  globalRetention.__consoleAuditRetention.unref();
}
