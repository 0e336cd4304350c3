// npm run audit:verify — checks the portal's audit chain in the database of DATABASE_URL (as the console reads it:
// default file:.data/portal.db). Exit 0: `audit chain OK: N entries (seq a–b)`; exit 1: the first broken entry is
// named; exit 2: the database could not be read. Runs with the react-server condition, as config.ts is server-only.
import { openDb } from '@/lib/portal/db/open';
import { sqlAuditStore } from '@/lib/portal/store/audit';
import { ConfigError, readDatabaseUrl } from '@/lib/server/config';

async function main(): Promise<number> {
  let url: string;
  try {
    url = readDatabaseUrl(process.env.DATABASE_URL);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : String(error));
    return 2;
  }
  let db;
  try {
    db = await openDb(url);
  } catch (error) {
    // The message of the driver, never the URL (it may hold a password).
    console.error(`Cannot open the portal database: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  try {
    const result = await sqlAuditStore(db).verify();
    if (result.ok) {
      console.log(`audit chain OK: ${result.entries} entries${result.entries > 0 ? ` (seq ${result.firstSeq}–${result.lastSeq})` : ''}`);
      return 0;
    }
    console.error(`audit chain BROKEN at seq ${result.brokenSeq}: ${result.reason} (${result.entries} entries before it are intact)`);
    return 1;
  } finally {
    await db.close();
  }
}

void main().then((code) => {
  process.exitCode = code;
});
