// A wrong environment stops start-up with a readable message instead of failing on the first request
// (e.g. live mode without NEXTAUTH_SECRET).
import { installJsonConsole, isProductionServer } from '@/lib/server/console-errors';
import { ConfigError, getConfig } from '@/lib/server/config';

// First, so Next's own error output (and the lines below) are JSON log lines too.
if (isProductionServer()) installJsonConsole();

try {
  const config = getConfig();
  console.warn(
    `[console] ${config.mode === 'sandbox' ? 'sandbox mode: upstream is the embedded sandbox at' : 'live mode: upstream'} ${config.apiOrigin}`,
  );
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`[console] configuration error: ${error.message}`);
  process.exit(1);
}
