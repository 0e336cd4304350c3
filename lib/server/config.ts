// The environment, read and validated once. Everything server-side takes its settings from here.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Mode = 'sandbox' | 'live';

export type Config = {
  mode: Mode;
  /** Origin of every upstream API: the Data Platform, Auth and Cloud APIs share it, like api.ionos.com. */
  apiOrigin: string;
  dataplatformBase: string;
  authBase: string;
  cloudBase: string;
  httpProxy: string | undefined;
  /** IONOS_HTTP_PROXY_HEADERS: extra headers of the CONNECT request to the proxy, names in lower case. Never logged. */
  httpProxyHeaders: Readonly<Record<string, string>> | undefined;
  /** SHA-256 fingerprint of the upstream's certificate, upper-case hex without separators. */
  pinnedCert: string | undefined;
  sessionSecret: string;
  /** The console's own public URL when it is known (NEXTAUTH_URL); CSRF and cookies derive from it. */
  publicUrl: string | undefined;
  secureCookies: boolean;
  upstreamTimeoutMs: number;
  upstreamMaxAttempts: number;
  retryAfterCapSeconds: number;
  /** How long an open circuit breaker fails fast before it lets a probe through. */
  breakerCooldownMs: number;
  sessionIdleSeconds: number;
  sessionMaxSeconds: number;
  /** Redis shared by every console instance (revoked sessions, sign-in throttling); memory of one process when unset. */
  redisUrl: string | undefined;
  /** Bearer token that guards GET /api/metrics; the endpoint answers 404 when unset. */
  metricsToken: string | undefined;
  /** OpenTelemetry trace export (OTLP over HTTP, JSON); off when OTEL_EXPORTER_OTLP_ENDPOINT is unset. */
  otel: OtelConfig | undefined;
  /** CONSOLE_AUTH: `ionos` (personal mode: each user's own IONOS credential) or `oidc` (portal mode). */
  auth: 'ionos' | 'oidc';
  /** Portal mode's settings; undefined in personal mode. */
  portal: PortalSettings | undefined;
};

export type PortalSettings = {
  oidc: {
    issuer: string;
    clientId: string;
    /** Never logged. */
    clientSecret: string;
    /** The ID token / userinfo claim with the person's groups (OIDC_GROUPS_CLAIM). */
    groupsClaim: string;
    /** The demo OpenID provider that `npm start` runs on loopback in sandbox mode (OIDC_DEMO_PORT). */
    demo: boolean;
  };
  /** The Authorization header of the IONOS service credential: `Bearer <IONOS_TOKEN>` or Basic from IONOS_USERNAME/IONOS_PASSWORD. Server only, never logged. */
  serviceAuthorization: string;
  /** PORTAL_CONFIG: the teams file (absolute path). */
  configPath: string;
  /** DATABASE_URL: `file:<path>` for SQLite (default `file:.data/portal.db`) or `postgres://…`. Never logged (may hold a password). */
  databaseUrl: string;
};

export type OtelConfig = {
  /** Where spans go: OTEL_EXPORTER_OTLP_ENDPOINT + `/v1/traces`, as the OpenTelemetry specification says. */
  tracesUrl: string;
  serviceName: string;
  /** Sent with every export (an API key of a tracing service, say): never logged. */
  headers: Record<string, string>;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The variables read; a plain record so tests can pass just the ones they need. */
type Env = Readonly<Record<string, string | undefined>>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${name} must be a positive whole number, got "${raw}".`);
  return value;
}

/** IONOS_API_URL like the SDKs: a base URL, with or without the `/dataplatform` suffix. */
function readApiOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`IONOS_API_URL is not a URL: "${raw}".`);
  }
  if (url.username || url.password) throw new ConfigError('IONOS_API_URL must not carry credentials.');
  if (url.search || url.hash) throw new ConfigError('IONOS_API_URL must not have a query or fragment.');
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new ConfigError('IONOS_API_URL must use https (plain http is accepted for loopback test upstreams only).');
  }
  const rest = url.pathname.replace(/\/+$/, '');
  if (rest !== '' && rest !== '/dataplatform') {
    throw new ConfigError(`IONOS_API_URL must be an origin such as https://api.ionos.com (optionally ending in /dataplatform), got "${raw}".`);
  }
  return url.origin;
}

function readPinnedCert(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const hex = raw.replace(/[:\s]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) throw new ConfigError('IONOS_PINNED_CERT must be a SHA-256 fingerprint (64 hex digits, colons allowed).');
  return hex;
}

/** IONOS_HTTP_PROXY: http(s)://[user:password@]host:port. The value may hold a password: never echo it. */
function readHttpProxy(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('IONOS_HTTP_PROXY is not a URL (expected http://host:port or https://host:port).');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError('IONOS_HTTP_PROXY must start with http:// or https://.');
  if (!url.hostname) throw new ConfigError('IONOS_HTTP_PROXY has no host.');
  return raw;
}

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// What a header value may hold once unescaped: tab, visible ASCII, space and Latin-1 (no CR, LF or NUL).
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
// undici sets these itself on the CONNECT request, or they would break it.
const RESERVED_PROXY_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'upgrade', 'expect']);
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '\\': '\\' };

/** The backslash escapes the Python SDK decodes (`unicode_escape`): \n \r \t \\ \xHH \uHHHH; others stay as written. */
function unescapeHeaderValue(value: string): string {
  return value.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|[nrt\\])/g, (_match, escape: string) =>
    escape.length > 1 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : (ESCAPES[escape] ?? escape),
  );
}

/**
 * IONOS_HTTP_PROXY_HEADERS as the IONOS SDKs read it: one header per line, `Name: value`, the value's
 * backslash escapes decoded. Blank lines are skipped. Errors name the line, never a value (it may be a password).
 */
export function readProxyHeaders(raw: string | undefined, proxyUrl: string | undefined): Readonly<Record<string, string>> | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!proxyUrl) throw new ConfigError('IONOS_HTTP_PROXY_HEADERS is set but IONOS_HTTP_PROXY is not: the headers are for the proxy.');
  const headers: Record<string, string> = {};
  for (const [index, line] of raw.split(/\r\n|\n|\r/).entries()) {
    if (line.trim() === '') continue;
    const where = `IONOS_HTTP_PROXY_HEADERS line ${index + 1}`;
    const colon = line.indexOf(':');
    if (colon < 0) throw new ConfigError(`${where} is not "Name: value" (one header per line).`);
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!HEADER_NAME.test(name)) throw new ConfigError(`${where}: the header name is empty or has characters a header name cannot have.`);
    if (RESERVED_PROXY_HEADERS.has(name)) throw new ConfigError(`${where}: the ${name} header cannot be set for the proxy.`);
    if (Object.hasOwn(headers, name)) throw new ConfigError(`${where}: the ${name} header is given twice.`);
    const value = unescapeHeaderValue(line.slice(colon + 1).trim()).trim();
    if (!HEADER_VALUE.test(value)) {
      throw new ConfigError(`${where}: the value has a line break or another character a header value cannot have (escaped ones included).`);
    }
    headers[name] = value;
  }
  const url = new URL(proxyUrl);
  if ((url.username || url.password) && Object.hasOwn(headers, 'proxy-authorization')) {
    throw new ConfigError(
      'IONOS_HTTP_PROXY has user and password and IONOS_HTTP_PROXY_HEADERS a Proxy-Authorization header: give the proxy credentials once.',
    );
  }
  return Object.keys(headers).length > 0 ? headers : undefined;
}

/** REDIS_URL as the Redis clients spell it: redis://[user:password@]host:port[/db], or rediss:// for TLS. */
function readRedisUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The value may hold a password: never echo it.
    throw new ConfigError('REDIS_URL is not a URL (expected redis://host:port or rediss://host:port).');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new ConfigError('REDIS_URL must start with redis:// or rediss://.');
  if (!url.hostname) throw new ConfigError('REDIS_URL has no host.');
  return raw;
}

/** METRICS_TOKEN: long enough not to be guessed, and sendable as a bearer token. Never echoed. */
function readMetricsToken(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^[\x21-\x7e]{16,512}$/.test(raw)) {
    throw new ConfigError('METRICS_TOKEN must be 16 to 512 visible ASCII characters without spaces (e.g. `openssl rand -hex 32`).');
  }
  return raw;
}

/** OTEL_EXPORTER_OTLP_HEADERS as the OpenTelemetry specification spells it: `key=value,key2=value2`, values URL-encoded. */
function readOtlpHeaders(raw: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!raw) return headers;
  // The values are usually credentials: the messages name the variable, never its content.
  const invalid = new ConfigError('OTEL_EXPORTER_OTLP_HEADERS must be a comma-separated list of key=value pairs (values URL-encoded).');
  for (const pair of raw.split(',')) {
    if (pair.trim() === '') continue;
    const at = pair.indexOf('=');
    if (at <= 0) throw invalid;
    const key = pair.slice(0, at).trim();
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(at + 1).trim());
    } catch {
      throw invalid;
    }
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key) || /[\r\n\0]/.test(value)) throw invalid;
    headers[key.toLowerCase()] = value;
  }
  return headers;
}

function readOtel(env: Env): OtelConfig | undefined {
  const raw = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!raw || env.OTEL_SDK_DISABLED === 'true') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('OTEL_EXPORTER_OTLP_ENDPOINT is not a URL (expected e.g. http://otel-collector:4318).');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError('OTEL_EXPORTER_OTLP_ENDPOINT must use http or https (OTLP over HTTP).');
  if (url.username || url.password)
    throw new ConfigError('OTEL_EXPORTER_OTLP_ENDPOINT must not carry credentials: put them in OTEL_EXPORTER_OTLP_HEADERS.');
  if (url.search || url.hash) throw new ConfigError('OTEL_EXPORTER_OTLP_ENDPOINT must not have a query or fragment.');
  const serviceName = env.OTEL_SERVICE_NAME?.trim() || 'stackable-console';
  if (serviceName.length > 100) throw new ConfigError('OTEL_SERVICE_NAME must have at most 100 characters.');
  return {
    tracesUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}/v1/traces`,
    serviceName,
    headers: readOtlpHeaders(env.OTEL_EXPORTER_OTLP_HEADERS),
  };
}

/** In sandbox mode a missing secret is generated once and kept in .sandbox/ (git-ignored), so restarts keep sessions. */
function sandboxSecret(): string {
  const dir = path.join(process.cwd(), '.sandbox');
  const file = path.join(dir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

export function readConfig(env: Env = process.env): Config {
  const mode: Mode = env.IONOS_API_URL ? 'live' : 'sandbox';
  const sandboxPort = positiveInt(env, 'SANDBOX_PORT', 4010);
  const apiOrigin = env.IONOS_API_URL ? readApiOrigin(env.IONOS_API_URL) : `http://127.0.0.1:${sandboxPort}`;

  let sessionSecret = env.NEXTAUTH_SECRET || env.AUTH_SECRET || '';
  if (!sessionSecret) {
    if (mode === 'live') {
      throw new ConfigError(
        'NEXTAUTH_SECRET is not set. With IONOS_API_URL set the console talks to a real upstream and needs a session secret of at least 32 characters: generate one with `openssl rand -base64 32`.',
      );
    }
    sessionSecret = sandboxSecret();
  }
  if (sessionSecret.length < 32) throw new ConfigError('NEXTAUTH_SECRET must have at least 32 characters.');

  const httpProxy = readHttpProxy(env.IONOS_HTTP_PROXY);
  const publicUrl = env.NEXTAUTH_URL || undefined;
  if (publicUrl) {
    try {
      new URL(publicUrl);
    } catch {
      throw new ConfigError(`NEXTAUTH_URL is not a URL: "${publicUrl}".`);
    }
  }

  return {
    mode,
    apiOrigin,
    dataplatformBase: `${apiOrigin}/dataplatform`,
    authBase: `${apiOrigin}/auth/v1`,
    cloudBase: `${apiOrigin}/cloudapi/v6`,
    httpProxy,
    httpProxyHeaders: readProxyHeaders(env.IONOS_HTTP_PROXY_HEADERS, httpProxy),
    pinnedCert: readPinnedCert(env.IONOS_PINNED_CERT),
    sessionSecret,
    publicUrl,
    secureCookies: publicUrl?.startsWith('https://') ?? false,
    upstreamTimeoutMs: positiveInt(env, 'UPSTREAM_TIMEOUT_MS', 10_000),
    upstreamMaxAttempts: Math.min(positiveInt(env, 'UPSTREAM_MAX_ATTEMPTS', 3), 3),
    retryAfterCapSeconds: positiveInt(env, 'UPSTREAM_RETRY_AFTER_CAP_SECONDS', 10),
    // Short in e2e so the breaker's recovery can be watched; 30 s otherwise.
    breakerCooldownMs: positiveInt(env, 'UPSTREAM_BREAKER_COOLDOWN_MS', 30_000),
    sessionIdleSeconds: positiveInt(env, 'SESSION_IDLE_MINUTES', 60) * 60,
    sessionMaxSeconds: positiveInt(env, 'SESSION_MAX_HOURS', 12) * 3600,
    redisUrl: readRedisUrl(env.REDIS_URL),
    metricsToken: readMetricsToken(env.METRICS_TOKEN),
    otel: readOtel(env),
    auth: env.CONSOLE_AUTH === 'oidc' ? 'oidc' : 'ionos',
    portal: readPortal(env, mode),
  };
}

/** The sandbox's contract administrator: portal mode's service credential on the sandbox. */
const SANDBOX_SERVICE_USER = { username: 'admin@sandbox.test', password: 'sandbox' };
/** The demo OpenID provider's client (scripts/oidc-demo.mjs); public like the sandbox's passwords. */
export const DEMO_OIDC_CLIENT = { clientId: 'console', clientSecret: 'portal-demo-client-secret' } as const;

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

/** DATABASE_URL as the portal opens it: `postgres://…` as given, SQLite as `file:<absolute path>` (default .data/portal.db). */
export function readDatabaseUrl(raw: string | undefined): string {
  const value = raw?.trim() || 'file:.data/portal.db';
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError('DATABASE_URL is not a URL (expected postgres://user:password@host:5432/db or file:path).');
    }
    return value;
  }
  const file = value.startsWith('file:') ? value.slice(5) : value.startsWith('sqlite:') ? value.slice(7) : null;
  if (!file) throw new ConfigError('DATABASE_URL must start with postgres://, postgresql://, file: or sqlite:.');
  return `file:${path.resolve(file)}`;
}

function readPortal(env: Env, mode: Mode): PortalSettings | undefined {
  const auth = env.CONSOLE_AUTH || 'ionos';
  if (auth === 'ionos') return undefined;
  if (auth !== 'oidc') throw new ConfigError(`CONSOLE_AUTH must be "ionos" (personal mode) or "oidc" (portal mode), got "${auth}".`);
  const demo = mode === 'sandbox' && !env.OIDC_ISSUER;
  const issuer = demo ? `http://127.0.0.1:${positiveInt(env, 'OIDC_DEMO_PORT', 4011)}` : env.OIDC_ISSUER;
  if (!issuer) throw new ConfigError('Portal mode (CONSOLE_AUTH=oidc) needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.');
  try {
    new URL(issuer);
  } catch {
    throw new ConfigError(`OIDC_ISSUER is not a URL: "${issuer}".`);
  }
  const clientId = demo ? DEMO_OIDC_CLIENT.clientId : env.OIDC_CLIENT_ID;
  const clientSecret = demo ? DEMO_OIDC_CLIENT.clientSecret : env.OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret)
    throw new ConfigError('Portal mode (CONSOLE_AUTH=oidc) needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET with OIDC_ISSUER.');
  let serviceAuthorization: string;
  if (env.IONOS_TOKEN) serviceAuthorization = `Bearer ${env.IONOS_TOKEN.trim()}`;
  else if (env.IONOS_USERNAME && env.IONOS_PASSWORD) serviceAuthorization = basic(env.IONOS_USERNAME, env.IONOS_PASSWORD);
  else if (mode === 'sandbox') serviceAuthorization = basic(SANDBOX_SERVICE_USER.username, SANDBOX_SERVICE_USER.password);
  else throw new ConfigError('Portal mode needs the IONOS service credential: IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD.');
  const groupsClaim = env.OIDC_GROUPS_CLAIM?.trim() || 'groups';
  return {
    oidc: { issuer: issuer.replace(/\/+$/, ''), clientId, clientSecret, groupsClaim, demo },
    serviceAuthorization,
    configPath: path.resolve(env.PORTAL_CONFIG || 'portal.yaml'),
    databaseUrl: readDatabaseUrl(env.DATABASE_URL),
  };
}

let cached: Config | undefined;

/** The process-wide configuration; throws a ConfigError with a readable message when the environment is wrong. */
export function getConfig(): Config {
  cached ??= readConfig();
  return cached;
}

/** For tests that change the environment between cases. */
export function resetConfigForTests(): void {
  cached = undefined;
}
