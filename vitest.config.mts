import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside a React Server environment; tests import server modules directly.
      'server-only': fileURLToPath(new URL('./test/support/server-only.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts', 'lib/**/*.test.ts', 'components/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // Serves PostgreSQL databases to the tests that ask for one; starts the server only then (see the file).
    globalSetup: ['test/support/postgres-global-setup.ts'],
  },
});
