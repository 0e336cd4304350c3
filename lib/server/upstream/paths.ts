// The only way an upstream URL is made: an allowlist of (method, template) pairs per API, ids checked as
// lowercase UUIDs, query keys and values from a per-operation allowlist, and a final check that the URL
// stayed under the fixed base. Nothing from the browser's request is ever joined or resolved into a URL.
import 'server-only';
import type { z } from 'zod';
import { clusterNameFilterSchema, uuidSchema } from '@/lib/api/common/schema';
import { getConfig } from '@/lib/server/config';

export type UpstreamApi = 'dataplatform' | 'auth' | 'cloud';

/** What a value must match: a RegExp, or a contract schema through `matching`. */
type Pattern = { test(value: string): boolean };

/** A contract schema as a Pattern, so the mapper and the route wrapper accept exactly the same values. */
function matching(schema: z.ZodType<string>): Pattern {
  return { test: (value) => schema.safeParse(value).success };
}

type Operation = {
  /** Allowed query parameters and the pattern each value must match. */
  query?: Readonly<Record<string, Pattern>>;
  /** `false` for GETs with a side effect (minting a token): never retried. */
  idempotent?: false;
  /**
   * A read the console polls: a repeat of its last answer is not parsed and checked again (answer-memo.ts). Never
   * for an answer holding a secret (a token, a kubeconfig), which is not to be kept past its request.
   */
  polled?: true;
};

const CLUSTER_NAME_FILTER = matching(clusterNameFilterSchema);
const DEPTH = /^[0-5]$/;

const OPERATIONS = {
  dataplatform: {
    'GET /versions': {},
    'GET /clusters': { query: { name: CLUSTER_NAME_FILTER }, polled: true },
    'POST /clusters': {},
    'GET /clusters/{clusterId}': { polled: true },
    'PATCH /clusters/{clusterId}': {},
    'DELETE /clusters/{clusterId}': {},
    'GET /clusters/{clusterId}/kubeconfig': {},
    'GET /clusters/{clusterId}/nodepools': { polled: true },
    'POST /clusters/{clusterId}/nodepools': {},
    'GET /clusters/{clusterId}/nodepools/{nodepoolId}': { polled: true },
    'PATCH /clusters/{clusterId}/nodepools/{nodepoolId}': {},
    'DELETE /clusters/{clusterId}/nodepools/{nodepoolId}': {},
  },
  auth: {
    'GET /tokens/generate': { query: { ttl: /^[1-9][0-9]{0,8}$/ }, idempotent: false },
    'DELETE /tokens': { query: { criteria: /^(?:CURRENT|EXPIRED|ALL)$/ } },
    'DELETE /tokens/{tokenId}': {},
  },
  cloud: {
    'GET /datacenters': { query: { depth: DEPTH }, polled: true },
    'GET /datacenters/{datacenterId}/lans': { query: { depth: DEPTH }, polled: true },
  },
} as const satisfies Record<UpstreamApi, Record<string, Operation>>;

type OperationKey<A extends UpstreamApi> = A extends UpstreamApi ? keyof (typeof OPERATIONS)[A] & string : never;
export type UpstreamMethodOf<A extends UpstreamApi> = OperationKey<A> extends `${infer M} ${string}` ? M : never;
export type UpstreamTemplateOf<A extends UpstreamApi, M extends string> =
  OperationKey<A> extends infer K ? (K extends `${M} ${infer T}` ? T : never) : never;
export type TemplateParamNames<T extends string> = T extends `${string}{${infer P}}${infer Rest}` ? P | TemplateParamNames<Rest> : never;
/** `params` is required exactly when the template has placeholders, with one string per placeholder. */
export type TemplateParams<T extends string> = [TemplateParamNames<T>] extends [never]
  ? { params?: undefined }
  : { params: Record<TemplateParamNames<T>, string> };

/** Path ids: the canonical lowercase UUID, nothing else (no case folding, no decoding). */
const UPSTREAM_ID = matching(uuidSchema);
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

export function upstreamBase(api: UpstreamApi): URL {
  const config = getConfig();
  const base = { dataplatform: config.dataplatformBase, auth: config.authBase, cloud: config.cloudBase }[api];
  return new URL(base);
}

function lookup(api: string, method: string, template: string): Operation | undefined {
  if (!Object.hasOwn(OPERATIONS, api)) return undefined;
  const operations: Record<string, Operation> = OPERATIONS[api as UpstreamApi];
  const key = `${method} ${template}`;
  return Object.hasOwn(operations, key) ? operations[key] : undefined;
}

/** Whether retrying this operation after a lost answer is safe (GET and DELETE, minus the side-effect GETs). */
export function isIdempotentOperation(api: string, method: string, template: string): boolean {
  const operation = lookup(api, method, template);
  return !!operation && (method === 'GET' || method === 'DELETE') && operation.idempotent !== false;
}

/** Whether this operation's repeated answers are kept (lib/server/upstream/answer-memo.ts): a polled GET. */
export function isPolledRead(api: string, method: string, template: string): boolean {
  return method === 'GET' && lookup(api, method, template)?.polled === true;
}

/**
 * The mapper. Returns the upstream URL for an allowlisted operation, or null when anything is off: an unknown
 * (method, template), a missing, extra or non-UUID id, a query key or value outside the allowlist, or a URL
 * that would leave the fixed origin and base path or carry a fragment or user-info.
 * Accepts plain strings on purpose, so it can be fuzzed with anything.
 */
export function buildUpstreamUrl(
  api: string,
  method: string,
  template: string,
  params?: Readonly<Record<string, unknown>>,
  query?: Readonly<Record<string, unknown>>,
): URL | null {
  const operation = lookup(api, method, template);
  if (!operation) return null;
  const base = upstreamBase(api as UpstreamApi);

  const used = new Set<string>();
  let valid = true;
  const path = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = params && Object.hasOwn(params, name) ? params[name] : undefined;
    if (typeof value !== 'string' || !UPSTREAM_ID.test(value)) valid = false;
    used.add(name);
    return encodeURIComponent(String(value));
  });
  const extraParams = params ? Object.keys(params).filter((name) => !used.has(name)) : [];
  if (!valid || extraParams.length > 0) return null;

  const allowedQuery: Readonly<Record<string, Pattern>> = operation.query ?? {};
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    const pattern = Object.hasOwn(allowedQuery, key) ? allowedQuery[key] : undefined;
    if (!pattern || typeof value !== 'string' || !pattern.test(value)) return null;
    search.set(key, value);
  }

  const expectedPath = `${base.pathname.replace(/\/$/, '')}${path}`;
  const url = new URL(`${base.origin}${expectedPath}${search.size > 0 ? `?${search}` : ''}`);
  const keys = [...url.searchParams.keys()];
  const sound =
    url.origin === base.origin &&
    url.pathname === expectedPath &&
    url.pathname.startsWith(`${base.pathname.replace(/\/$/, '')}/`) &&
    url.hash === '' &&
    url.username === '' &&
    url.password === '' &&
    new Set(keys).size === keys.length &&
    keys.every((key) => Object.hasOwn(allowedQuery, key));
  return sound ? url : null;
}
