// Run as a separate process by lib/portal/store/audit.test.ts: appends `count` audit entries to the database of `url`,
// all at once from the epoch millisecond `startAt`, so that two such processes race for the chain's head. Prints the
// seqs it got.
import { openDb } from '@/lib/portal/db/open';
import { sqlAuditStore } from '@/lib/portal/store/audit';

async function main(url: string, count: number, label: string, startAt: number): Promise<void> {
  const db = await openDb(url);
  const audit = sqlAuditStore(db);
  await new Promise((resolve) => setTimeout(resolve, startAt - Date.now()));
  const entries = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      audit.append({
        actor: { sub: label, email: `${label}@portal.test` },
        team: 'analytics',
        action: 'signin',
        outcome: 'success',
        requestId: `${label}-${index}`,
      }),
    ),
  );
  await db.close();
  process.stdout.write(JSON.stringify(entries.map((entry) => entry.seq)));
}

const [url, count, label, startAt] = process.argv.slice(2);
void main(url!, Number(count), label!, Number(startAt));
