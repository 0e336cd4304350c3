// The abuse corpus of e2e/security/abuse.spec.ts (issue 5, item 5; checklist PROXY-01..08, AUTHZ-02, VAL-01/02):
// requests that must all be refused with a 4xx before anything reaches the upstream. Every entry is built so
// that no part of it is a valid contract call: a hostile header rides on a request that is refused for another
// reason too, so the header can only make things worse, never better.
import { SEED_IDS } from '@/lib/sandbox/seed';
import { generatedRequests } from './corpus-generated';
import { unsafeHeaders } from './support';

export type AbuseRequest = {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sends the session cookie (default true): most entries must get past the session check to mean anything. */
  session?: boolean;
  /** Written to a socket byte for byte (request line and all); `path` is informative only. */
  raw?: string | Buffer;
  /** Why a 500 is tolerated: a framework behaviour the console cannot change (still never 2xx, never upstream). */
  frameworkException?: string;
};

// Next 16.4.6 builds a fetch `Request` for the proxy and every route handler, and undici refuses the forbidden
// methods TRACE, TRACK and CONNECT with a TypeError: a 500 before any console code runs. Block them in front.
const TRACE_500 = 'Next.js answers TRACE with 500 (undici forbids the method before proxy.ts or a handler runs)';
// An absolute-form request-target (`GET http://host/path`, what a client sends to a forward proxy) would get Next's
// 308 to that same URL; scripts/server.mjs answers 400 before Next sees it, so those entries are strict.

const CLUSTER = SEED_IDS.clusters.kafkaDev;
const POOL = SEED_IDS.nodePools.kafkaBrokers;
const DP = '/api/dataplatform';

/** The checklist's path-escape table and PROXY-01 extras, as they go on the wire. */
const ESCAPES = [
  'clusters%2F..%2F..%2Fauth%2Fv1%2Ftokens',
  'clusters%2F..%2F..%2Fauth%2Fv1%2Ftokens%2Fgenerate',
  '%2F%2Fevil.example%2Fx',
  '%2f%2fevil.example',
  'https:%2F%2Fevil.example',
  'http:%2F%2F169.254.169.254%2Flatest%2Fmeta-data',
  '..%5C..%5Cauth',
  '..%5c..%5cauth%5cv1%5ctokens',
  'clusters/%252e%252e/x',
  'clusters/%252e%252e/%252e%252e/auth/v1/tokens',
  'clusters/a%0d%0aX-Inj:1',
  'clusters/a%0aX-Inj:%201',
  'clusters/abc%23@evil.example',
  `clusters/${CLUSTER}%23@evil.example`,
  `clusters/${CLUSTER}%3Fx=1`,
  `clusters/${CLUSTER}%00`,
  `clusters/${CLUSTER};x`,
  'clusters/..;/x',
  'clusters/%EF%BC%8E%EF%BC%8E/%EF%BC%8E%EF%BC%8E/auth',
  'clusters/%C0%AE%C0%AE/%C0%AE%C0%AE/auth',
  'clusters/%c0%af',
  'clusters/%',
  'clusters/%zz',
  'clusters/%ff%fe',
  `clusters/${'x'.repeat(10_000)}`,
  Array.from({ length: 100 }, () => 'clusters').join('/'),
  `clusters/${CLUSTER.toUpperCase()}`,
  `clusters/{${CLUSTER}}`,
  `clusters/${CLUSTER}%20`,
  `clusters/%20${CLUSTER}`,
  `clusters/${CLUSTER}/nodepools/${POOL}/x`,
  `clusters/${CLUSTER}/kubeconfig/x`,
  'versions/..%2F..%2Fauth',
  'auth/v1/tokens/generate',
  '__sandbox/requests',
  'clusters/@evil.example',
  'clusters/evil.example:443',
  `clusters/${CLUSTER}/nodepools/%2e%2e%2f%2e%2e%2fkubeconfig`,
];

/** Prefixes the escapes are tried under: the catch-all, and each id position of the contract. */
const PREFIXES = [`${DP}/`, `${DP}/clusters/`, `${DP}/clusters/${CLUSTER}/nodepools/`, '/api/cloud/'];

function escapeRequests(): AbuseRequest[] {
  return PREFIXES.flatMap((prefix) =>
    ESCAPES.filter((escape) => !(prefix.endsWith('/clusters/') && escape.startsWith('clusters/'))).map((escape) => ({
      name: `escape ${prefix}${escape.slice(0, 60)}`,
      method: 'GET',
      path: `${prefix}${escape}`,
    })),
  );
}

/** Absolute, scheme-relative and normalised-away forms that the HTTP layer itself sees. */
const TARGETS: AbuseRequest[] = [
  { name: 'scheme-relative target', method: 'GET', path: '//evil.example/api/dataplatform/x' },
  { name: 'absolute URL in the path', method: 'GET', path: `${DP}/https://evil.example/x` },
  { name: 'absolute-form target, other host, escape', method: 'GET', path: `http://evil.example${DP}/%2F%2Fevil.example` },
  { name: 'userinfo in a segment', method: 'GET', path: `${DP}/user:pass@evil.example/clusters` },
  { name: 'raw dot segments up to auth', method: 'GET', path: `${DP}/../../auth/v1/tokens` },
  { name: 'encoded dot segments up to auth', method: 'GET', path: `${DP}/%2e%2e/%2e%2e/auth/v1/tokens` },
  { name: 'mixed-case encoded dots', method: 'GET', path: `${DP}/clusters/%2E%2e/%2e%2E/auth` },
  { name: 'backslash in the raw path', method: 'GET', path: `${DP}/..\\..\\auth` },
  { name: 'double slash id', method: 'GET', path: `${DP}/clusters//nodepools` },
  { name: 'double-encoded slash', method: 'GET', path: `${DP}/clusters%252F${CLUSTER}` },
  { name: 'encoded slash between segments', method: 'GET', path: `${DP}/clusters%2F${CLUSTER}` },
  { name: 'encoded prefix', method: 'GET', path: '/api/%64ataplatform/%2F%2Fevil.example' },
  { name: 'upper-case API path', method: 'GET', path: '/API/DATAPLATFORM/%2F%2Fevil.example' },
  { name: 'matrix parameter on the API root', method: 'GET', path: `${DP};x=1/%2F%2Fevil.example` },
  { name: 'query smuggles a path', method: 'GET', path: `${DP}/x?url=https://evil.example/` },
  { name: 'fragment on the wire', method: 'GET', path: `${DP}/x#@evil.example` },
];

/** The 12 operations' paths with a method the contract does not have (405 with Allow, nothing upstream). */
function wrongMethods(): AbuseRequest[] {
  const paths: [string, string[]][] = [
    [`${DP}/versions`, ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND']],
    [`${DP}/clusters`, ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'MKCOL']],
    [`${DP}/clusters/${CLUSTER}`, ['POST', 'PUT', 'OPTIONS', 'TRACE', 'LOCK']],
    [`${DP}/clusters/${CLUSTER}/kubeconfig`, ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE']],
    [`${DP}/clusters/${CLUSTER}/nodepools`, ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE']],
    [`${DP}/clusters/${CLUSTER}/nodepools/${POOL}`, ['POST', 'PUT', 'OPTIONS', 'TRACE', 'COPY']],
    ['/api/cloud/datacenters', ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']],
    [`/api/cloud/datacenters/${SEED_IDS.clusters.kafkaDev}/lans`, ['POST', 'PUT', 'DELETE']],
  ];
  const requests: AbuseRequest[] = paths.flatMap(([path, methods]) =>
    methods.map((method) => ({ name: `${method} ${path}`, method, path, headers: unsafeHeaders, frameworkException: method === 'TRACE' ? TRACE_500 : undefined })),
  );
  // Methods are case-sensitive (RFC 9110 §9.1); fetch normalises `delete` and `post` to upper case (so those two go
  // without the CSRF header, and must still be refused), `patch` stays a method no route has.
  requests.push({ name: 'patch (case)', method: 'patch', path: `${DP}/clusters/${CLUSTER}`, headers: unsafeHeaders });
  requests.push({ name: 'delete (case) without the custom header', method: 'delete', path: `${DP}/clusters/${CLUSTER}`, headers: { Origin: unsafeHeaders.Origin } });
  requests.push({ name: 'Post (case)', method: 'Post', path: `${DP}/clusters/${CLUSTER}`, headers: unsafeHeaders });
  // Method overrides are not honoured: the request is still what its method says.
  for (const [override, method] of [['DELETE', 'PUT'], ['PATCH', 'PUT'], ['GET', 'TRACE']] as const) {
    for (const header of ['X-HTTP-Method-Override', 'X-HTTP-Method', 'X-Method-Override']) {
      requests.push({
        name: `${method} with ${header}: ${override}`,
        method,
        path: `${DP}/clusters/${CLUSTER}`,
        headers: { ...unsafeHeaders, [header]: override },
        frameworkException: method === 'TRACE' ? TRACE_500 : undefined,
      });
    }
  }
  return requests;
}

const jsonHeaders = { ...unsafeHeaders, 'Content-Type': 'application/json' };
const validCluster = { name: 'abuse-x', datacenterId: '0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e01' };

/** Bodies that are malformed, oversize, of the wrong type or carry fields outside the contract. */
function badBodies(): AbuseRequest[] {
  const bodies: [string, string | Buffer][] = [
    ['empty', ''],
    ['whitespace', '   \n'],
    ['truncated', '{"properties":{"name":"x"'],
    ['not an object', '[]'],
    ['null', 'null'],
    ['a string', '"properties"'],
    ['a number', '1e999'],
    ['trailing comma', '{"properties":{"name":"x",},}'],
    ['single quotes', "{'properties':{}}"],
    ['comments', '/* */{"properties":{}}'],
    ['BOM and garbage', '\uFEFF{properties}'],
    ['non-UTF-8 bytes', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
    ['NUL bytes', '{"properties":{"name":"a\u0000b"}}'],
    ['deep nesting', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
    ['over the 64 KB cap', JSON.stringify({ properties: { ...validCluster, name: 'x'.repeat(70_000) } })],
    ['5 MB', JSON.stringify({ properties: { pad: 'x'.repeat(5 * 1024 * 1024) } })],
    ['__proto__ at the top', `{"__proto__":{"polluted":1},"properties":${JSON.stringify(validCluster)}}`],
    ['__proto__ in properties', `{"properties":{"__proto__":{"polluted":1},"name":"abuse-x","datacenterId":"${validCluster.datacenterId}"}}`],
    ['constructor.prototype', `{"constructor":{"prototype":{"polluted":1}},"properties":${JSON.stringify(validCluster)}}`],
    ['extra id and metadata', JSON.stringify({ id: CLUSTER, metadata: { state: 'AVAILABLE' }, properties: validCluster })],
    ['extra property field', JSON.stringify({ properties: { ...validCluster, contractNumber: 1, nodeCount: 9999 } })],
    ['wrong types', JSON.stringify({ properties: { name: 42, datacenterId: true, nodeCount: '3' } })],
    ['CR/LF in the name', JSON.stringify({ properties: { ...validCluster, name: 'a\r\nX-Inj: 1' } })],
    ['script in the name', JSON.stringify({ properties: { ...validCluster, name: '<script>alert(1)</script>' } })],
    ['negative and huge numbers', JSON.stringify({ properties: { nodeCount: -1, coresCount: 2 ** 53, ramSize: 1.5 } })],
  ];
  const targets: [string, string][] = [
    ['POST', `${DP}/clusters`],
    ['PATCH', `${DP}/clusters/${CLUSTER}`],
    ['POST', `${DP}/clusters/${CLUSTER}/nodepools`],
    ['PATCH', `${DP}/clusters/${CLUSTER}/nodepools/${POOL}`],
  ];
  return targets.flatMap(([method, path]) =>
    bodies.map(([label, body]) => ({ name: `${method} ${path.slice(DP.length)} body: ${label}`, method, path, headers: jsonHeaders, body })),
  );
}

/** Header attacks. Without a session they must stay 401 (CVE-2025-29927 shapes); with one, on a refused request,
 *  they must not turn the refusal into a pass. */
function hostileHeaders(): AbuseRequest[] {
  const hostile: Record<string, string>[] = [
    { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' },
    { 'x-nextjs-data': '1' },
    { RSC: '1', 'Next-Router-Prefetch': '1' },
    { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    { 'x-original-url': '/api/dataplatform/clusters', 'x-rewrite-url': '/api/dataplatform/clusters' },
    { authorization: 'Bearer %%' },
    { authorization: 'Basic YWRtaW5Ac2FuZGJveC50ZXN0OnNhbmRib3g=' },
    { cookie: 'console-session=garbage; __Host-console-session=garbage' },
    { 'x-contract-number': '1 OR 1' },
    { connection: 'close, authorization, cookie' },
  ];
  const requests: AbuseRequest[] = [];
  hostile.forEach((headers, i) => {
    const label = Object.keys(headers).join('+');
    requests.push({ name: `no session + ${label}`, method: 'GET', path: `${DP}/clusters`, headers, session: false });
    requests.push({ name: `no session + ${label} (escape)`, method: 'GET', path: `${DP}/%2F%2Fevil.example`, headers, session: false });
    requests.push({ name: `bad id + ${label}`, method: 'GET', path: `${DP}/clusters/not-a-uuid-${i}`, headers });
    requests.push({ name: `no CSRF header + ${label}`, method: 'DELETE', path: `${DP}/clusters/${CLUSTER}`, headers: { Origin: unsafeHeaders.Origin, ...headers } });
  });
  return requests;
}

/** Query parameters outside each operation's allowlist, duplicated or malformed. */
const QUERIES: AbuseRequest[] = [
  'name=a&name=b',
  'name[]=a',
  'name=%3Cscript%3E',
  'name=a%0d%0aX-Inj:1',
  `name=${'a'.repeat(100)}`,
  // (`__proto__=1` alone is dropped by Next's query parsing before the handler sees it: abuse.spec.ts checks it
  // as a valid call that goes upstream without a query.)
  '__proto__=1&name=a&name=b',
  'constructor[prototype][polluted]=1',
  'depth=5',
  'limit=1000',
  'name=a&url=https://evil.example',
  'name=..%2F..%2Fauth',
  'name=%',
].map((query) => ({ name: `GET /clusters?${query.slice(0, 40)}`, method: 'GET', path: `${DP}/clusters?${query}` }));
QUERIES.push(
  { name: 'versions with a query', method: 'GET', path: `${DP}/versions?x=1` },
  { name: 'kubeconfig download=html', method: 'GET', path: `${DP}/clusters/${CLUSTER}/kubeconfig?download=html` },
  { name: 'kubeconfig download twice', method: 'GET', path: `${DP}/clusters/${CLUSTER}/kubeconfig?download=yaml&download=json` },
  { name: 'kubeconfig download CRLF', method: 'GET', path: `${DP}/clusters/${CLUSTER}/kubeconfig?download=yaml%0d%0aX:1` },
  { name: 'kubeconfig cross-site', method: 'GET', path: `${DP}/clusters/${CLUSTER}/kubeconfig?download=yaml`, headers: { 'Sec-Fetch-Site': 'cross-site' } },
  { name: 'kubeconfig same-site', method: 'GET', path: `${DP}/clusters/${CLUSTER}/kubeconfig`, headers: { 'Sec-Fetch-Site': 'same-site' } },
  { name: 'datacenters depth=9', method: 'GET', path: '/api/cloud/datacenters?depth=9' },
);

/** Malformed at the HTTP layer: written to the socket as is. */
const host = () => `Host: localhost\r\n`;
const RAW: AbuseRequest[] = [
  ['CR/LF in the request line', `GET ${DP}/clusters/a\r\nX-Inj: 1 HTTP/1.1\r\n${host()}\r\n`],
  ['space in the path', `GET ${DP}/clusters/a b HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`],
  ['NUL in the path', `GET ${DP}/clusters/a\u0000b HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`],
  ['CR/LF in a header value', `GET ${DP}/clusters HTTP/1.1\r\n${host()}X-A: a\rX-Inj: 1\r\nConnection: close\r\n\r\n`],
  ['64 KB header', `GET ${DP}/clusters HTTP/1.1\r\n${host()}X-Big: ${'a'.repeat(64 * 1024)}\r\nConnection: close\r\n\r\n`],
  ['Content-Length and Transfer-Encoding', `POST ${DP}/clusters HTTP/1.1\r\n${host()}Content-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`],
  ['negative Content-Length', `POST ${DP}/clusters HTTP/1.1\r\n${host()}Content-Length: -1\r\nConnection: close\r\n\r\n`],
  ['two Content-Lengths', `POST ${DP}/clusters HTTP/1.1\r\n${host()}Content-Length: 1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nxx`],
  ['HTTP/0.9 style', `GET ${DP}/clusters\r\n\r\n`],
  ['bad version', `GET ${DP}/clusters HTTP/9.9\r\n${host()}Connection: close\r\n\r\n`],
  ['obs-fold header', `GET ${DP}/clusters HTTP/1.1\r\n${host()}X-A: a\r\n b\r\nConnection: close\r\n\r\n`],
  ['absolute-form with foreign host and escape', `GET http://evil.example${DP}/%2F%2Fevil.example HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`],
].map(([name, raw]) => ({
  name: `raw: ${name}`,
  method: 'RAW',
  path: name!,
  raw,
}));

export function abuseCorpus(): AbuseRequest[] {
  return [...escapeRequests(), ...TARGETS, ...wrongMethods(), ...badBodies(), ...hostileHeaders(), ...QUERIES, ...RAW, ...generatedRequests(120, { cluster: CLUSTER, pool: POOL, validCluster, jsonHeaders })];
}
