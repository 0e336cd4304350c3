// The generated part of the abuse corpus (e2e/security/corpus.ts): a property test against the running server.
// Random segment arrays mix encoded separators, dots, hosts and ids; fixed seed, so a failure reproduces. Raw
// `.`/`..` are left out on purpose: the router resolves them and may land on a valid operation, which is not abuse.
import fc from 'fast-check';
import type { AbuseRequest } from './corpus';

type Parts = { cluster: string; pool: string; validCluster: object; jsonHeaders: Record<string, string> };

const DP = '/api/dataplatform';
// Every generated path carries one of these, so none can be a contract operation.
const HOSTILE = /%2F|%2f|%5C|%25|%23|%3F|%00|%0d|;|@|:|evil|%EF|%C0|%$/;

export function generatedRequests(count: number, { cluster, pool, validCluster, jsonHeaders }: Parts): AbuseRequest[] {
  const segment = fc.oneof(
    fc.constantFrom('clusters', 'nodepools', 'kubeconfig', 'versions', 'auth', 'v1', 'tokens', 'generate', 'datacenters', cluster, pool),
    fc.constantFrom(
      '%2F',
      '%2f%2f',
      '%5C',
      '%252e%252e',
      '%23',
      '%3F',
      '%00',
      '%0d%0a',
      ';',
      '@',
      ':',
      'evil.example',
      'https:%2F%2Fevil.example',
      '%EF%BC%8E',
      '%C0%AE',
      '%',
    ),
    fc.stringMatching(/^[a-zA-Z0-9%._~!$&'()*+,;=:@-]{1,12}$/),
  );
  const arbitrary = fc.record({
    method: fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE'),
    prefix: fc.constantFrom(`${DP}/`, `${DP}/clusters/${cluster}/`, '/api/cloud/'),
    segments: fc.array(segment, { minLength: 1, maxLength: 6 }),
  });
  return fc
    .sample(arbitrary, { numRuns: count * 3, seed: 5 })
    .map(({ method, prefix, segments }) => ({ method, path: `${prefix}${segments.join('/')}` }))
    .filter(({ path }) => HOSTILE.test(path.slice(path.indexOf('/', 5))))
    .filter((entry, index, all) => all.findIndex((other) => other.path === entry.path && other.method === entry.method) === index)
    .slice(0, count)
    .map(({ method, path }) => ({
      name: `generated ${method} ${path.slice(0, 70)}`,
      method,
      path,
      headers: method === 'GET' ? undefined : jsonHeaders,
      body: method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify({ properties: validCluster }),
    }));
}
