// Every operation of the Data Platform API 1.1 contract as msw handlers, plus 404/405 for the rest.
import { HttpResponse, type HttpHandler } from 'msw';
import { SandboxError } from '@/lib/sandbox/errors';
import { clusterRoutes } from '@/lib/sandbox/handlers/dataplatform-clusters';
import { nodePoolRoutes } from '@/lib/sandbox/handlers/dataplatform-nodepools';
import { fallbackHandler, toHandler, type RouteContext, type RouteDef } from '@/lib/sandbox/handlers/route';
import type { SandboxCore } from '@/lib/sandbox/sandbox';
import { canManageDataplatform } from '@/lib/sandbox/users';
import { SANDBOX_VERSIONS } from '@/lib/sandbox/versions';

// GET /versions – any authenticated user (the contract lists no 403 for it)
const versionRoute: RouteDef = {
  method: 'get',
  path: '/dataplatform/versions',
  handle: () => HttpResponse.json({ items: [...SANDBOX_VERSIONS] }),
};

function requirePrivilege(ctx: RouteContext): void {
  if (!canManageDataplatform(ctx.user)) {
    throw SandboxError.of(403, 'FORBIDDEN', `The user ${ctx.user.email} lacks the privilege "Manage Dataplatform".`);
  }
}

export const DATAPLATFORM_ROUTES: readonly RouteDef[] = [versionRoute, ...clusterRoutes, ...nodePoolRoutes];

export function dataplatformHandlers(sandbox: SandboxCore): HttpHandler[] {
  return [
    toHandler(sandbox, versionRoute),
    ...[...clusterRoutes, ...nodePoolRoutes].map((route) => toHandler(sandbox, route, requirePrivilege)),
    fallbackHandler(sandbox, '/dataplatform', DATAPLATFORM_ROUTES),
  ];
}
