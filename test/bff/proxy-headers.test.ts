// IONOS_HTTP_PROXY_HEADERS: the SDKs' extra headers for the proxy (one `Name: value` per line, backslash escapes
// decoded), validated in config with errors that never quote a value, and sent on the CONNECT request only:
// a loopback proxy that demands Proxy-Authorization refuses the tunnel without it.
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, readConfig, readProxyHeaders } from '@/lib/server/config';
import { callUpstream, UpstreamError } from '@/lib/server/upstream/client';
import { probeUpstream } from '@/lib/server/upstream/health';
import { TOKEN, setEnv, setupBff } from './harness';
import { startConnectProxy, type ConnectProxy } from './connect-proxy';

const h = setupBff();
const PROXY = 'http://proxy.example.test:3128';
const PROXY_SECRET = 'Basic Q0FOQVJZLVBST1hZLXNlY3JldA==';
const BEARER = `Bearer ${TOKEN}`;
// A first call through a new proxy tunnel can take longer than the harness's 300 ms on a busy machine; nothing
// here tests the deadline, so it must not be able to decide the outcome.
const ROOMY = { UPSTREAM_TIMEOUT_MS: '15000' };

/** The ConfigError message of a value, or '' when it parses. */
function configError(raw: string, proxy: string | undefined): string {
  try {
    readProxyHeaders(raw, proxy);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
}

describe('reading IONOS_HTTP_PROXY_HEADERS', () => {
  it('the SDK documentation example: one header per line, name and value split at the first colon', () => {
    expect(readProxyHeaders('Connection: Keep-Alive\nUser-Info: MyID\nUser-Group: my long\\theader value', PROXY)).toEqual({
      connection: 'Keep-Alive',
      'user-info': 'MyID',
      'user-group': 'my long\theader value',
    });
  });

  it('CRLF line ends, blank lines, colons inside values, escaped backslashes and \\x / \\u escapes', () => {
    expect(readProxyHeaders(`Proxy-Authorization: ${PROXY_SECRET}\r\n\r\nX-Route: a:b:c\nX-Path: C:\\\\x\\x41\\u00e9\n`, PROXY)).toEqual({
      'proxy-authorization': PROXY_SECRET,
      'x-route': 'a:b:c',
      'x-path': 'C:\\xAé',
    });
    expect(readProxyHeaders('', PROXY)).toBeUndefined();
    expect(readProxyHeaders(' \n ', PROXY)).toBeUndefined();
    expect(readProxyHeaders(undefined, undefined)).toBeUndefined();
  });

  it('refuses malformed lines with the line number, never the value', () => {
    const secret = 'CANARY-PROXY-secret';
    const cases = [
      [`Proxy-Authorization ${secret}`, /line 1 is not "Name: value"/],
      [`X-Ok: 1\n: ${secret}`, /line 2: the header name is empty/],
      [`Bad Name: ${secret}`, /line 1: the header name/],
      [`X-Inject: ${secret}\\r\\nX-Evil: 1`, /line 1: the value has a line break/],
      [`X-Nul: ${secret}\\x00`, /line 1: the value has a line break/],
      [`X-Wide: ${secret}\u20ac`, /line 1: the value has a line break/],
      [`X-A: 1\nx-a: ${secret}`, /line 2: the x-a header is given twice/],
      [`Host: ${secret}`, /line 1: the host header cannot be set/],
    ] as const;
    for (const [raw, message] of cases) {
      const text = configError(raw, PROXY);
      expect(text, raw).toMatch(message);
      expect(text).not.toContain(secret);
    }
  });

  it('needs IONOS_HTTP_PROXY, and the proxy credentials only once', () => {
    expect(configError('X-Team: data', undefined)).toMatch(/IONOS_HTTP_PROXY_HEADERS is set but IONOS_HTTP_PROXY is not/);
    const twice = configError(`Proxy-Authorization: ${PROXY_SECRET}`, 'http://user:CANARY-PROXY-pw@proxy.example.test:3128');
    expect(twice).toMatch(/give the proxy credentials once/);
    expect(twice).not.toContain('CANARY-PROXY-pw');
  });

  it('readConfig checks IONOS_HTTP_PROXY too, without echoing it', () => {
    const base = { IONOS_API_URL: 'https://api.ionos.com', NEXTAUTH_SECRET: 'x'.repeat(32) };
    expect(readConfig({ ...base, IONOS_HTTP_PROXY: PROXY, IONOS_HTTP_PROXY_HEADERS: 'X-Team: data' }).httpProxyHeaders).toEqual({ 'x-team': 'data' });
    const notUrl = (() => {
      try {
        readConfig({ ...base, IONOS_HTTP_PROXY: 'CANARY-PROXY-pw@nowhere' });
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(notUrl).toMatch(/^IONOS_HTTP_PROXY is not a URL/);
    expect(notUrl).not.toContain('CANARY-PROXY-pw');
    expect(() => readConfig({ ...base, IONOS_HTTP_PROXY: 'socks5://127.0.0.1:1080' })).toThrow(/must start with http:\/\/ or https:\/\//);
    expect(() => readConfig({ ...base, IONOS_HTTP_PROXY_HEADERS: 'X-Team: data' })).toThrow(ConfigError);
  });
});

describe('a proxy that demands Proxy-Authorization', () => {
  let proxy: ConnectProxy | undefined;
  afterEach(async () => {
    setEnv(h.fake, { IONOS_HTTP_PROXY: undefined, IONOS_HTTP_PROXY_HEADERS: undefined });
    await proxy?.close();
    proxy = undefined;
  });

  it('tunnels with the headers of IONOS_HTTP_PROXY_HEADERS, which never reach the upstream', async () => {
    proxy = await startConnectProxy({ 'proxy-authorization': PROXY_SECRET, 'x-team': 'data platform' });
    setEnv(h.fake, {
      IONOS_HTTP_PROXY: proxy.url,
      IONOS_HTTP_PROXY_HEADERS: `Proxy-Authorization: ${PROXY_SECRET}\nX-Team: data\\x20platform`,
      ...ROOMY,
    });
    h.fake.enqueue({ json: { items: [] } });
    const res = await callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: BEARER });
    expect(res.status).toBe(200);
    expect(proxy.tunnels).toEqual([`127.0.0.1:${h.fake.port}`]);
    expect(h.fake.requests[0]?.headers['proxy-authorization']).toBeUndefined();
    expect(h.fake.requests[0]?.headers['x-team']).toBeUndefined();
    expect(h.fake.requests[0]?.headers.authorization).toBe(BEARER);
    expect(await probeUpstream()).toMatchObject({ reachable: true, status: 500 });
  });

  it('without them the tunnel is refused: cause "proxy" in the log, no secret anywhere in it', async () => {
    proxy = await startConnectProxy({ 'proxy-authorization': PROXY_SECRET });
    setEnv(h.fake, {
      IONOS_HTTP_PROXY: proxy.url,
      IONOS_HTTP_PROXY_HEADERS: 'Proxy-Authorization: Basic d3Jvbmc6d3Jvbmc=',
      UPSTREAM_MAX_ATTEMPTS: '1',
      ...ROOMY,
    });
    const error = await callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: BEARER }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: 502, code: 'network', failure: { cause: 'proxy' } });
    expect(proxy.connects).toHaveLength(1);
    expect(proxy.tunnels).toEqual([]);
    expect(h.fake.requests).toHaveLength(0);
    expect(h.logs().filter((entry) => entry.event === 'upstream.failure')).toEqual([expect.objectContaining({ cause: 'proxy', attempt: 1 })]);
    for (const secret of ['d3Jvbmc6d3Jvbmc=', TOKEN]) expect(h.logText()).not.toContain(secret);
  });
});
