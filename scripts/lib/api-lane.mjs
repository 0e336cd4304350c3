// The API lane that scripts/build-api-lane.mjs bundles next to the build (see lib/server/api-lane.ts): where it
// lives, whether it belongs to the build in .next, and loading it for scripts/server.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const LANE_DIR = path.join('.next', 'console-api');
export const LANE_FILE = 'lane.cjs';
export const LANE_STAMP = 'lane.json';

/**
 * The route files Next serves under /api, each with its route as Next names it; app/api/auth stays with Next
 * (next-auth reads Next's request scope).
 * @param {string} root the project
 * @returns {{ route: string, file: string }[]}
 */
export function laneRoutes(root) {
  const apiDir = path.join(root, 'app', 'api');
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.[jt]sx?$/.test(entry.name)) {
        const route = `/${path.relative(path.join(root, 'app'), dir).split(path.sep).join('/')}`;
        if (route === '/api/auth' || route.startsWith('/api/auth/')) continue;
        if (/\/[(@_]/.test(route)) throw new Error(`build-api-lane: route groups, slots and private folders are not served by the lane (${route}).`);
        found.push({ route, file: full });
      }
    }
  };
  walk(apiDir);
  return found.sort((a, b) => a.route.localeCompare(b.route));
}

/** Why the project has no usable API lane (none, or one of another build), or null when it has. */
export function laneProblem(dir) {
  let stamp;
  let buildId;
  try {
    stamp = JSON.parse(readFileSync(path.join(dir, LANE_DIR, LANE_STAMP), 'utf8'));
    buildId = readFileSync(path.join(dir, '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'no API lane in this build';
  }
  if (stamp.buildId !== buildId || !existsSync(path.join(dir, LANE_DIR, LANE_FILE))) return 'the API lane belongs to another build';
  return null;
}

/**
 * The lane as a request listener (true: it answers; false: Next should), for the build in `dir`.
 * @param {string} dir the project
 * @param {{ origin: string, trustProxy: boolean }} options see lib/server/api-lane.ts ApiLaneOptions
 * @returns {{ lane: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean, routes: string[] }}
 */
export function loadApiLane(dir, options) {
  const problem = laneProblem(dir);
  if (problem) throw new Error(`${problem}: run \`npm run build\` (next build, then the API lane).`);
  const bundle = createRequire(import.meta.url)(path.join(dir, LANE_DIR, LANE_FILE));
  return { lane: bundle.create(options), routes: bundle.routeNames };
}
