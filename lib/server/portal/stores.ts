// The portal's stores, one set per server process (route handlers and next-auth's handler are separate bundles, so
// the cache lives on globalThis), over the database of DATABASE_URL. The first call opens and migrates it, and
// starts the audit retention of the teams file (audit.retentionDays): at open, then every few hours.
import 'server-only';
import { getConfig } from '@/lib/server/config';
import { log } from '@/lib/server/log';
import { portalConfig } from '@/lib/server/portal/settings';
import { openDb } from '@/lib/portal/db/open';
import type { Db } from '@/lib/portal/db/types';
import { sqlAuditStore } from '@/lib/portal/store/audit';
import { sqlOwnershipStore } from '@/lib/portal/store/ownership';
import { sqlTokenStore } from '@/lib/portal/store/tokens';
import type { AuditStore, OwnershipStore, TokenStore } from '@/lib/portal/store/types';

export type PortalStores = { db: Db; ownership: OwnershipStore; audit: AuditStore; tokens: TokenStore };

/** Retention runs this often; entries live at most this much longer than retentionDays. */
const RETENTION_INTERVAL_MS = 6 * 3_600_000;

type Opened = { stores: Promise<PortalStores>; retention: { timer?: NodeJS.Timeout } };
const globalStores = globalThis as typeof globalThis & { __consolePortalStores?: Opened };

async function applyRetention(audit: AuditStore): Promise<void> {
  const days = portalConfig().config.audit.retentionDays;
  try {
    const pruned = await audit.prune(days);
    if (pruned > 0) log.info({ event: 'portal.audit.pruned', entries: pruned, retentionDays: days });
  } catch (error) {
    // The log keeps growing until the next run; requests are not affected.
    log.error({ event: 'portal.audit.prune_failed', error });
  }
}

async function open(url: string, retention: Opened['retention']): Promise<PortalStores> {
  const db = await openDb(url);
  const stores = { db, ownership: sqlOwnershipStore(db), audit: sqlAuditStore(db), tokens: sqlTokenStore(db) };
  await applyRetention(stores.audit);
  retention.timer = setInterval(() => void applyRetention(stores.audit), RETENTION_INTERVAL_MS);
  retention.timer.unref();
  return stores;
}

export function portalStores(): Promise<PortalStores> {
  const settings = getConfig().portal;
  if (!settings) throw new Error('portalStores() outside portal mode.');
  if (!globalStores.__consolePortalStores) {
    const retention: Opened['retention'] = {};
    const opened: Opened = { stores: open(settings.databaseUrl, retention), retention };
    globalStores.__consolePortalStores = opened;
    // A database that could not be opened (PostgreSQL not up yet) is tried again by the next call.
    opened.stores.catch(() => {
      if (globalStores.__consolePortalStores === opened) globalStores.__consolePortalStores = undefined;
    });
  }
  return globalStores.__consolePortalStores.stores;
}

/** Stops the retention and closes the database; the next portalStores() opens it again (tests that switch DATABASE_URL). */
export async function resetPortalStoresForTests(): Promise<void> {
  const opened = globalStores.__consolePortalStores;
  globalStores.__consolePortalStores = undefined;
  if (!opened) return;
  const stores = await opened.stores.catch(() => undefined);
  clearInterval(opened.retention.timer);
  await stores?.db.close();
}
