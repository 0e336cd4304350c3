// A wrong environment stops start-up with a readable message instead of failing on the first request
// (e.g. live mode without NEXTAUTH_SECRET).
import { installJsonConsole, isProductionServer } from '@/lib/server/console-errors';
import { ConfigError, getConfig } from '@/lib/server/config';
import { startMetrics } from '@/lib/server/metrics';

// First, so Next's own error output (and the lines below) are JSON log lines too.
if (isProductionServer()) installJsonConsole();

try {
  const config = getConfig();
  console.warn(
    `[console] ${config.mode === 'sandbox' ? 'sandbox mode: upstream is the embedded sandbox at' : 'live mode: upstream'} ${config.apiOrigin}`,
  );
  if (config.portal) {
    // Portal mode: the teams file is checked now (an error names its line), and the database is opened and migrated
    // before the first request.
    const { portalConfig } = await import('@/lib/server/portal/settings');
    const { file, config: teams } = portalConfig();
    const { portalStores } = await import('@/lib/server/portal/stores');
    await portalStores().catch((error: unknown) => {
      // Never the URL itself: it may hold a password.
      throw new ConfigError(`DATABASE_URL: the portal database cannot be opened (${error instanceof Error ? error.message : 'unknown error'}).`);
    });
    console.warn(`[console] portal mode: ${teams.teams.length} teams from ${file}, sign-in through ${config.portal.oidc.issuer}`);
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`[console] configuration error: ${error.message}`);
  process.exit(1);
}

// Metrics count from the first request on (sign-ins included), not from the first scrape.
startMetrics();

// Traces only when an OTLP endpoint is configured; the SDK is not even loaded otherwise.
const { otel, apiOrigin } = getConfig();
if (otel) {
  // Next's own fetch spans would duplicate the upstream spans and name them by the concrete URL (ids, query
  // values); the upstream spans name the operation template instead. NEXT_OTEL_FETCH_DISABLED=0 keeps Next's.
  process.env.NEXT_OTEL_FETCH_DISABLED ??= '1';
  const { startTracing } = await import('@/lib/server/tracing');
  startTracing(otel, new URL(apiOrigin).hostname);
  console.warn(`[console] traces: OTLP/HTTP JSON to ${new URL(otel.tracesUrl).origin} as service "${otel.serviceName}"`);
}
