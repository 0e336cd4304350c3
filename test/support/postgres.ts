// PostgreSQL for tests, from the server test/support/postgres-global-setup.ts starts on the first request of the run.
// Without PostgreSQL installed these throw (the test fails, it is never skipped).
import { inject } from 'vitest';

async function control(action: 'databases' | 'start'): Promise<{ url?: string }> {
  const response = await fetch(`${inject('postgresControl')}/${action}`, { method: 'POST' });
  const body = (await response.json()) as { url?: string; error?: string };
  if (!response.ok) throw new Error(`No PostgreSQL for this test: ${body.error ?? response.status}`);
  return body;
}

/** Waits for the run's server; a first test would otherwise spend its own timeout on the start (seconds on a busy machine). */
export async function startPostgres(): Promise<void> {
  await control('start');
}

/** A new, empty database on the run's server. */
export async function newPostgresDatabase(): Promise<string> {
  const { url } = await control('databases');
  if (!url) throw new Error('No PostgreSQL database URL in the answer.');
  return url;
}
