// The Cloud API v6 reads a Data Platform console needs: data centers (with CPU families) and LANs.
// Shapes follow the real API: collections list bare references at depth 0 and properties from depth 1.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { findVisibleDatacenter, visibleDatacenters, type SandboxDatacenter, type SandboxLan } from '@/lib/sandbox/datacenters';
import { SandboxError, apiErrorResponse } from '@/lib/sandbox/errors';
import { requireUser } from '@/lib/sandbox/handlers/route';
import type { SandboxCore } from '@/lib/sandbox/sandbox';
import type { SandboxUser } from '@/lib/sandbox/users';

const BASE = '/cloudapi/v6';

type Resolver = (ctx: { request: Request; url: URL; user: SandboxUser; params: Record<string, string>; depth: number }) => Record<string, unknown>;

export function cloudapiHandlers(sandbox: SandboxCore): HttpHandler[] {
  const href = (path: string) => `${sandbox.origin}${BASE}${path}`;

  const route =
    (resolve: Resolver): Parameters<typeof http.get>[1] =>
    ({ request, params }) => {
      try {
        const { user } = requireUser(request, sandbox);
        const url = new URL(request.url);
        const depth = Number.parseInt(url.searchParams.get('depth') ?? '0', 10) || 0;
        const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        return HttpResponse.json(resolve({ request, url, user, params: flat, depth }));
      } catch (error) {
        return apiErrorResponse(error);
      }
    };

  const datacenter = (dc: SandboxDatacenter, withProperties: boolean) => ({
    id: dc.id,
    type: 'datacenter',
    href: href(`/datacenters/${dc.id}`),
    ...(withProperties
      ? {
          properties: {
            name: dc.name,
            description: dc.description,
            location: dc.location,
            version: 1,
            secAuthProtection: false,
            cpuArchitecture: dc.cpuArchitecture.map((c) => ({ ...c })),
          },
        }
      : {}),
  });

  const lan = (dc: SandboxDatacenter, l: SandboxLan, withProperties: boolean) => ({
    id: l.id,
    type: 'lan',
    href: href(`/datacenters/${dc.id}/lans/${l.id}`),
    ...(withProperties ? { properties: { name: l.name, public: l.public } } : {}),
  });

  const findDc = (user: SandboxUser, id: string) => {
    const dc = findVisibleDatacenter(user, id);
    if (!dc) throw SandboxError.of(404, 'NOT_FOUND', `Resource does not exist: datacenter ${id}.`);
    return dc;
  };

  return [
    // GET /cloudapi/v6/datacenters?depth=N – only the data centers the caller may see
    http.get(
      href('/datacenters'),
      route(({ user, depth }) => ({
        id: 'datacenters',
        type: 'collection',
        href: href('/datacenters'),
        items: visibleDatacenters(user).map((dc) => datacenter(dc, depth >= 1)),
      })),
    ),
    // GET /cloudapi/v6/datacenters/{id}
    http.get(
      href('/datacenters/:datacenterId'),
      route(({ user, params }) => datacenter(findDc(user, params.datacenterId ?? ''), true)),
    ),
    // GET /cloudapi/v6/datacenters/{id}/lans?depth=N
    http.get(
      href('/datacenters/:datacenterId/lans'),
      route(({ user, params, depth }) => {
        const dc = findDc(user, params.datacenterId ?? '');
        return {
          id: `${dc.id}/lans`,
          type: 'collection',
          href: href(`/datacenters/${dc.id}/lans`),
          items: dc.lans.map((l) => lan(dc, l, depth >= 1)),
        };
      }),
    ),
    // GET /cloudapi/v6/datacenters/{id}/lans/{lanId}
    http.get(
      href('/datacenters/:datacenterId/lans/:lanId'),
      route(({ user, params }) => {
        const dc = findDc(user, params.datacenterId ?? '');
        const found = dc.lans.find((l) => l.id === params.lanId);
        if (!found) throw SandboxError.of(404, 'NOT_FOUND', `Resource does not exist: lan ${params.lanId}.`);
        return lan(dc, found, true);
      }),
    ),
    http.all(
      href('/*'),
      route(({ url }) => {
        throw SandboxError.of(404, 'NOT_FOUND', `No such resource: ${url.pathname}.`);
      }),
    ),
  ];
}
