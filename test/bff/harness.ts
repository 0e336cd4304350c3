// Shared set-up of the BFF tests: a recording fake upstream, the config pointed at it, a fake sleep, session
// cookies, and requests shaped like the console's own (same origin, CSRF header, JSON).
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { NextRequest } from 'next/server';
import { resetConfigForTests } from '@/lib/server/config';
import { captureLogsForTests } from '@/lib/server/log';
import { createSessionCookieForTests } from '@/lib/server/session';
import { configureUpstreamForTests, resetUpstreamForTests } from '@/lib/server/upstream/client';
import { startFakeUpstream, type FakeUpstream } from '@/test/support/fake-upstream';

export const CONSOLE = 'http://localhost:3000';
export const TOKEN = 'CANARY-TOK-0123456789abcdef';
export const CLUSTER = '3f1a7c2e-9b4d-4e8f-a1c3-5d6e7f809a1b';
export const NODEPOOL = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';
export const DATACENTER = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
export const USER = { name: 'ada@example.test', email: 'ada@example.test' };

export type Harness = {
  fake: FakeUpstream;
  /** Milliseconds the upstream client asked to sleep (the fake sleep returns at once). */
  sleeps: number[];
  logs: () => Record<string, unknown>[];
  logText: () => string;
  cookie: () => string;
};

type RequestOptions = {
  body?: unknown;
  /** Raw body bytes or text, sent as given. */
  raw?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  session?: boolean;
  /** Send the console's own CSRF headers (Origin, X-Console-CSRF, JSON content type) on unsafe methods. */
  csrf?: boolean;
};

export function setEnv(fake: FakeUpstream, extra: Record<string, string | undefined> = {}): void {
  Object.assign(process.env, {
    IONOS_API_URL: fake.origin,
    NEXTAUTH_SECRET: 'test-secret-of-more-than-thirty-two-characters-0123',
    NEXTAUTH_URL: CONSOLE,
    // Roomy: a deadline met only on a loaded machine would fail tests that are not about deadlines (those set
    // their own, e.g. reliability.test.ts's deadline300).
    UPSTREAM_TIMEOUT_MS: '15000',
    UPSTREAM_MAX_ATTEMPTS: '3',
    UPSTREAM_RETRY_AFTER_CAP_SECONDS: '10',
  });
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetConfigForTests();
}

/** Registers the hooks of a BFF test file and returns its shared state. */
export function setupBff(): Harness {
  const state = { cookie: '' } as { cookie: string; fake: FakeUpstream; capture: ReturnType<typeof captureLogsForTests> };
  const sleeps: number[] = [];

  beforeAll(async () => {
    state.fake = await startFakeUpstream();
    setEnv(state.fake);
  });
  beforeEach(async () => {
    setEnv(state.fake);
    // A fresh session per test: an upstream 401 in one test ends that test's session (and only that one).
    const { name, value } = await createSessionCookieForTests({ token: TOKEN, user: USER });
    state.cookie = `${name}=${value}`;
    state.fake.reset();
    sleeps.length = 0;
    await resetUpstreamForTests();
    configureUpstreamForTests({
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    state.capture = captureLogsForTests();
  });
  afterEach(() => {
    state.capture.restore();
  });
  afterAll(async () => {
    await resetUpstreamForTests();
    await state.fake.close();
  });

  return {
    get fake() {
      return state.fake;
    },
    sleeps,
    logs: () => state.capture.entries(),
    logText: () => state.capture.lines.join('\n'),
    cookie: () => state.cookie,
  };
}

/** A request as the console's browser code sends it (unless told otherwise). */
export function apiRequest(h: Harness, method: string, path: string, options: RequestOptions = {}): NextRequest {
  const headers = new Headers();
  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method);
  if (options.session !== false) headers.set('cookie', h.cookie());
  if (unsafe && options.csrf !== false) {
    headers.set('origin', CONSOLE);
    headers.set('x-console-csrf', '1');
    headers.set('sec-fetch-site', 'same-origin');
    if (options.body !== undefined || options.raw !== undefined) headers.set('content-type', 'application/json');
  }
  const body = options.raw ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined);
  // Like a real HTTP/1.1 request, a body is announced by Content-Length.
  if (body !== undefined) headers.set('content-length', String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength));
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  return new NextRequest(`${CONSOLE}${path}`, { method, headers, body });
}

export function ctx<P extends object>(params: P): { params: Promise<P> } {
  return { params: Promise.resolve(params) };
}

export async function readJson(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}

/** HDR-03: what every BFF JSON answer carries. */
export function expectApiHeaders(res: Response): void {
  // Small answers add no-transform (no gzip for a few hundred bytes, lib/server/route.ts).
  expect(res.headers.get('cache-control')).toMatch(/^no-store(, no-transform)?$/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
}

export function expectJsonApiAnswer(res: Response): void {
  expectApiHeaders(res);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
}

export async function expectError(res: Response, status: number, errorCode?: string): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expectJsonApiAnswer(res);
  const body = await readJson(res);
  expect(body.httpStatus).toBe(status);
  const messages = body.messages as { errorCode: string; message: string }[];
  expect(messages.length).toBeGreaterThan(0);
  if (errorCode) expect(messages[0]?.errorCode).toBe(errorCode);
  return body;
}

// Contract-shaped upstream answers.
export const clusterBody = (overrides: Record<string, unknown> = {}) => ({
  id: CLUSTER,
  type: 'cluster',
  href: `/clusters/${CLUSTER}`,
  metadata: { state: 'AVAILABLE', createdDate: '2026-01-01T10:00:00Z' },
  properties: { name: 'analytics', dataPlatformVersion: '24.3', datacenterId: DATACENTER, ...overrides },
});
export const nodePoolBody = () => ({
  id: NODEPOOL,
  metadata: { state: 'AVAILABLE' },
  properties: { name: 'workers', nodeCount: 2, cpuFamily: 'INTEL_ICELAKE', coresCount: 4, ramSize: 4096, storageSize: 20 },
});
export const kubeconfigBody = () => ({
  apiVersion: 'v1',
  kind: 'Config',
  clusters: [{ name: 'analytics', cluster: { server: 'https://k8s.example.test:6443', 'certificate-authority-data': 'Q0VSVA==' } }],
  users: [{ name: 'on', user: { token: 'CANARY-KC-secret-kube-token' } }],
  contexts: [{ name: 'default', context: { cluster: 'analytics', user: 'on', namespace: 'default' } }],
  'current-context': 'default',
});
