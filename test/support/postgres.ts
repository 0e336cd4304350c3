// A new, empty PostgreSQL database for a test, from the server test/support/postgres-global-setup.ts starts on the
// first request of the run. Without PostgreSQL installed this throws (the test fails, it is never skipped).
import { inject } from 'vitest';

export async function newPostgresDatabase(): Promise<string> {
  const response = await fetch(inject('postgresControl'), { method: 'POST' });
  const body = (await response.json()) as { url?: string; error?: string };
  if (!response.ok || !body.url) throw new Error(`No PostgreSQL for this test: ${body.error ?? response.status}`);
  return body.url;
}
