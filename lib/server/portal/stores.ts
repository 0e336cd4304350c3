// The portal's stores, one set per server process (route handlers and next-auth's handler are separate bundles, so
// the cache lives on globalThis), over the database of DATABASE_URL. The first call opens and migrates it.
import 'server-only';
import { getConfig } from '@/lib/server/config';
import { openDb } from '@/lib/portal/db/open';
import type { Db } from '@/lib/portal/db/types';
import { sqlAuditStore } from '@/lib/portal/store/audit';
import { sqlOwnershipStore } from '@/lib/portal/store/ownership';
import { sqlTokenStore } from '@/lib/portal/store/tokens';
import type { AuditStore, OwnershipStore, TokenStore } from '@/lib/portal/store/types';

export type PortalStores = { db: Db; ownership: OwnershipStore; audit: AuditStore; tokens: TokenStore };

const globalStores = globalThis as typeof globalThis & { __consolePortalStores?: Promise<PortalStores> };

async function open(url: string): Promise<PortalStores> {
  const db = await openDb(url);
  return { db, ownership: sqlOwnershipStore(db), audit: sqlAuditStore(db), tokens: sqlTokenStore(db) };
}

export function portalStores(): Promise<PortalStores> {
  const settings = getConfig().portal;
  if (!settings) throw new Error('portalStores() outside portal mode.');
  if (!globalStores.__consolePortalStores) {
    const opening = open(settings.databaseUrl);
    globalStores.__consolePortalStores = opening;
    // A database that could not be opened (PostgreSQL not up yet) is tried again by the next call.
    opening.catch(() => {
      if (globalStores.__consolePortalStores === opening) globalStores.__consolePortalStores = undefined;
    });
  }
  return globalStores.__consolePortalStores;
}

/** Closes the stores' database; the next portalStores() opens it again (tests that switch DATABASE_URL). */
export async function resetPortalStoresForTests(): Promise<void> {
  const opened = globalStores.__consolePortalStores;
  globalStores.__consolePortalStores = undefined;
  const stores = await opened?.catch(() => undefined);
  await stores?.db.close();
}
