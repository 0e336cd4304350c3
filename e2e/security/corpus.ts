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
    methods.map((method) => ({
      name: `${method} ${path}`,
      method,
      path,
      headers: unsafeHeaders,
      frameworkException: method === 'TRACE' ? TRACE_500 : undefined,
    })),
  );
  // Methods are case-sensitive (RFC 9110 §9.1); fetch normalises `delete` and `post` to upper case (so those two go
  // without the CSRF header, and must still be refused), `patch` stays a method no route has.
  requests.push({ name: 'patch (case)', method: 'patch', path: `${DP}/clusters/${CLUSTER}`, headers: unsafeHeaders });
  requests.push({
    name: 'delete (case) without the custom header',
    method: 'delete',
    path: `${DP}/clusters/${CLUSTER}`,
    headers: { Origin: unsafeHeaders.Origin },
  });
  requests.push({ name: 'Post (case)', method: 'Post', path: `${DP}/clusters/${CLUSTER}`, headers: unsafeHeaders });
  // Method overrides are not honoured: the request is still what its method says.
  for (const [override, method] of [
    ['DELETE', 'PUT'],
    ['PATCH', 'PUT'],
    ['GET', 'TRACE'],
  ] as const) {
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
    requests.push({
      name: `no CSRF header + ${label}`,
      method: 'DELETE',
      path: `${DP}/clusters/${CLUSTER}`,
      headers: { Origin: unsafeHeaders.Origin, ...headers },
    });
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
  {
    name: 'kubeconfig cross-site',
    method: 'GET',
    path: `${DP}/clusters/${CLUSTER}/kubeconfig?download=yaml`,
    headers: { 'Sec-Fetch-Site': 'cross-site' },
  },
  { name: 'kubeconfig same-site', method: 'GET', path: `${DP}/clusters/${CLUSTER}/kubeconfig`, headers: { 'Sec-Fetch-Site': 'same-site' } },
  { name: 'datacenters depth=9', method: 'GET', path: '/api/cloud/datacenters?depth=9' },
);

/** The forged `signin.success` line of the security review (M3): a complete JSON event between two line breaks. */
export const FORGED_SIGNIN_LINE = `\n${JSON.stringify({ ts: '2026-11-30T18:00:00.000Z', level: 'info', event: 'signin.success', via: 'password', user: 'secprobe-forged@sandbox.test', sid: 'secprobe' })}\n-`;
/** The review's unauthenticated requests that answered 500 (M3), as they go on the wire. */
export const AUTH_REVIEW_REQUESTS: AbuseRequest[] = [
  { name: 'auth: forged log line in error', method: 'GET', path: `/api/auth/error?error=${encodeURIComponent(FORGED_SIGNIN_LINE)}`, session: false },
  { name: 'auth: U+2028 in error', method: 'GET', path: '/api/auth/error?error=%E2%80%A8', session: false },
  { name: 'auth: broken UTF-8 in error', method: 'GET', path: '/api/auth/error?error=%C0', session: false },
  { name: 'auth: javascript: callbackUrl on session', method: 'GET', path: '/api/auth/session?callbackUrl=javascript:alert(1)', session: false },
  {
    name: 'auth: truncated JSON to the password callback',
    method: 'POST',
    path: '/api/auth/callback/password',
    headers: { 'Content-Type': 'application/json' },
    body: '{',
    session: false,
  },
];

/** next-auth's routes (M3, M4): hostile values, wrong methods and content types, malformed and huge bodies. */
function authRequests(): AbuseRequest[] {
  const AUTH = '/api/auth';
  const values: [string, string][] = [
    ['CR/LF', '%0d%0aX-Inj:%201'],
    ['LF + forged line', encodeURIComponent(FORGED_SIGNIN_LINE)],
    ['NUL', 'a%00b'],
    ['U+2028', '%E2%80%A8'],
    ['latin-1 byte', '%E9'],
    ['overlong UTF-8', '%C0%AE'],
    ['overlong value', 'a'.repeat(5000)],
  ];
  const requests: AbuseRequest[] = [...AUTH_REVIEW_REQUESTS];
  const getActions = ['csrf', 'providers', 'session', 'signin', 'signout', 'callback/password', 'error'];
  for (const [label, value] of values) {
    for (const field of ['callbackUrl', 'error', 'csrfToken']) {
      for (const action of field === 'csrfToken' ? ['csrf', 'signin'] : getActions) {
        requests.push({
          name: `auth: GET ${action} ${field}=${label}`,
          method: 'GET',
          path: `${AUTH}/${action}?${field}=${value}`,
          session: action === 'session',
        });
      }
    }
  }
  requests.push(
    { name: 'auth: javascript: callbackUrl on signin', method: 'GET', path: `${AUTH}/signin?callbackUrl=javascript:alert(1)` },
    { name: 'auth: data: callbackUrl on signout', method: 'GET', path: `${AUTH}/signout?callbackUrl=data:text/html,x` },
    {
      name: 'auth: hostile callback-url cookie',
      method: 'GET',
      path: `${AUTH}/session`,
      headers: { cookie: 'next-auth.callback-url=javascript%3Aalert(1)' },
      session: false,
    },
  );
  const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
  const json = { 'Content-Type': 'application/json' };
  const bodies: [string, Record<string, string>, string | Buffer][] = [
    ['form callbackUrl CR/LF', form, 'csrfToken=x&callbackUrl=%2Fa%0d%0aX-Inj:1'],
    ['form callbackUrl javascript:', form, 'csrfToken=x&callbackUrl=javascript:alert(1)'],
    ['form error U+2028', form, 'csrfToken=x&error=%E2%80%A8'],
    ['form csrfToken NUL', form, 'csrfToken=a%00b'],
    ['form csrfToken broken UTF-8', form, 'csrfToken=%C0'],
    ['form overlong callbackUrl', form, `csrfToken=x&callbackUrl=/${'a'.repeat(5000)}`],
    ['form non-UTF-8 bytes', form, Buffer.from([0x63, 0x73, 0x72, 0x66, 0x3d, 0xff, 0xfe])],
    ['JSON truncated', json, '{'],
    ['JSON array', json, '[]'],
    ['JSON null', json, 'null'],
    ['JSON callbackUrl object', json, '{"csrfToken":"x","callbackUrl":{"toString":1}}'],
    ['JSON csrfToken number', json, '{"csrfToken":1}'],
    ['JSON error with LF', json, `{"csrfToken":"x","error":${JSON.stringify(FORGED_SIGNIN_LINE)}}`],
    ['text/plain', { 'Content-Type': 'text/plain' }, 'csrfToken=x'],
    [
      'multipart',
      { 'Content-Type': 'multipart/form-data; boundary=x' },
      '--x\r\nContent-Disposition: form-data; name="csrfToken"\r\n\r\nx\r\n--x--\r\n',
    ],
    ['no content type', {}, 'csrfToken=x'],
    ['over 64 KB', form, `csrfToken=x&pad=${'a'.repeat(70_000)}`],
    ['5 MB', form, `csrfToken=x&pad=${'a'.repeat(5 * 1024 * 1024)}`],
  ];
  for (const action of ['signin/password', 'callback/password', 'callback/token', 'signout', 'session']) {
    for (const [label, headers, body] of bodies) {
      requests.push({ name: `auth: POST ${action} ${label}`, method: 'POST', path: `${AUTH}/${action}`, headers, body, session: false });
    }
  }
  const methods: [string, string[]][] = [
    ['session', ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND']],
    ['csrf', ['POST', 'PUT', 'DELETE']],
    ['callback/password', ['PUT', 'DELETE', 'OPTIONS']],
    ['signout', ['PUT', 'PATCH', 'DELETE']],
    ['error', ['POST', 'PUT']],
    ['_log', ['GET', 'PUT']],
  ];
  for (const [action, list] of methods) {
    for (const method of list) requests.push({ name: `auth: ${method} ${action}`, method, path: `${AUTH}/${action}`, session: false });
  }
  requests.push(
    { name: 'auth: TRACE session', method: 'TRACE', path: `${AUTH}/session`, session: false },
    { name: 'auth: unknown action', method: 'GET', path: `${AUTH}/verify-request`, session: false },
    { name: 'auth: made-up action', method: 'POST', path: `${AUTH}/admin`, headers: form, body: 'csrfToken=x', session: false },
    { name: 'auth: no action', method: 'GET', path: AUTH, session: false },
    { name: 'auth: encoded slash in the action', method: 'GET', path: `${AUTH}/error%2F..%2F..%2Fdataplatform`, session: false },
  );
  // A chunked body has no Content-Length to refuse up front: it is cut off while it is read.
  const chunk = 'a'.repeat(32 * 1024);
  const chunked = `${[...Array(4)].map(() => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('')}0\r\n\r\n`;
  requests.push({
    name: 'auth: raw: chunked 128 KB body',
    method: 'RAW',
    path: 'chunked body',
    raw: `POST ${AUTH}/callback/password HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chunked}`,
  });
  return requests;
}

/** Malformed at the HTTP layer: written to the socket as is. */
const host = () => `Host: localhost\r\n`;
const RAW: AbuseRequest[] = [
  ['CR/LF in the request line', `GET ${DP}/clusters/a\r\nX-Inj: 1 HTTP/1.1\r\n${host()}\r\n`],
  ['space in the path', `GET ${DP}/clusters/a b HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`],
  ['NUL in the path', `GET ${DP}/clusters/a\u0000b HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`],
  ['CR/LF in a header value', `GET ${DP}/clusters HTTP/1.1\r\n${host()}X-A: a\rX-Inj: 1\r\nConnection: close\r\n\r\n`],
  ['64 KB header', `GET ${DP}/clusters HTTP/1.1\r\n${host()}X-Big: ${'a'.repeat(64 * 1024)}\r\nConnection: close\r\n\r\n`],
  [
    'Content-Length and Transfer-Encoding',
    `POST ${DP}/clusters HTTP/1.1\r\n${host()}Content-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`,
  ],
  ['negative Content-Length', `POST ${DP}/clusters HTTP/1.1\r\n${host()}Content-Length: -1\r\nConnection: close\r\n\r\n`],
  ['two Content-Lengths', `POST ${DP}/clusters HTTP/1.1\r\n${host()}Content-Length: 1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nxx`],
  ['HTTP/0.9 style', `GET ${DP}/clusters\r\n\r\n`],
  ['bad version', `GET ${DP}/clusters HTTP/9.9\r\n${host()}Connection: close\r\n\r\n`],
  ['obs-fold header', `GET ${DP}/clusters HTTP/1.1\r\n${host()}X-A: a\r\n b\r\nConnection: close\r\n\r\n`],
  [
    'absolute-form with foreign host and escape',
    `GET http://evil.example${DP}/%2F%2Fevil.example HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`,
  ],
].map(([name, raw]) => ({
  name: `raw: ${name}`,
  method: 'RAW',
  path: name!,
  raw,
}));

export function abuseCorpus(): AbuseRequest[] {
  return [
    ...escapeRequests(),
    ...TARGETS,
    ...wrongMethods(),
    ...badBodies(),
    ...hostileHeaders(),
    ...QUERIES,
    ...RAW,
    ...authRequests(),
    ...generatedRequests(120, { cluster: CLUSTER, pool: POOL, validCluster, jsonHeaders }),
  ];
}
