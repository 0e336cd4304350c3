#!/usr/bin/env node
// The second half of `npm run build`: the BFF's route handlers (app/api/**/route.ts, except next-auth's) bundled
// with lib/server/api-lane.ts into .next/console-api/lane.cjs, stamped with the BUILD_ID of the `next build` it
// belongs to. scripts/server.mjs serves /api/ through it (scripts/lib/api-lane.mjs); a missing or stale lane
// leaves every request to Next. Packages stay in node_modules; `server-only` is the empty marker it is on a server.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LANE_DIR, LANE_FILE, LANE_STAMP, laneRoutes } from './lib/api-lane.mjs';

export async function buildApiLane(root = process.cwd()) {
  const buildId = readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
  const routes = laneRoutes(root);
  const entry = [
    `import { createApiLane, parseRoute } from ${JSON.stringify(path.join(root, 'lib/server/api-lane.ts'))};`,
    ...routes.map((r, i) => `import * as route${i} from ${JSON.stringify(r.file)};`),
    `const routes = [${routes.map((r, i) => `parseRoute(${JSON.stringify(r.route)}, route${i})`).join(', ')}];`,
    'export const create = (options) => createApiLane(routes, options);',
    `export const routeNames = routes.map((r) => r.route);`,
  ].join('\n');
  const outfile = path.join(root, LANE_DIR, LANE_FILE);
  const result = await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'api-lane-entry.ts', loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"', 'process.env.NEXT_RUNTIME': '"nodejs"' },
    logLevel: 'warning',
    metafile: true,
    plugins: [
      {
        name: 'server-only',
        setup(b) {
          b.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'marker' }));
          b.onLoad({ filter: /.*/, namespace: 'marker' }, () => ({ contents: '', loader: 'js' }));
        },
      },
    ],
  });
  writeFileSync(path.join(root, LANE_DIR, LANE_STAMP), JSON.stringify({ buildId, routes: routes.map((r) => r.route) }, null, 2));
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  return { buildId, routes: routes.length, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { routes, bytes } = await buildApiLane();
  console.warn(`[console] API lane: ${routes} routes, ${Math.round(bytes / 1024)} KB, ${Math.round(performance.now() - started)} ms`);
}
