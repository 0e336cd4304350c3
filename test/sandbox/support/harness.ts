// A sandbox per test with a manual clock, and a small fetch client for the sandbox origin.
// Requests go through the real global fetch, which msw's setupServer intercepts in-process.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createManualClock, type ManualClock } from '@/lib/sandbox/clock';
import { CONTROL_TOKEN_HEADER } from '@/lib/sandbox/handlers/control';
import { createSandbox, IONOS_API_ORIGIN, type Sandbox, type SandboxOptions } from '@/lib/sandbox/sandbox';
import { SANDBOX_USERS } from '@/lib/sandbox/users';

export const PROVISION_SECONDS = 10;
export const PROVISION_MS = PROVISION_SECONDS * 1000;

export type Who = keyof typeof SANDBOX_USERS;
export type Credential = Who | { bearer: string } | { header: string } | null;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Client {
  call<T = any>(method: string, path: string, init?: { body?: unknown; raw?: string; headers?: Record<string, string> }): Promise<Answer<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function authorization(sandbox: Sandbox, credential: Credential): string | undefined {
  if (credential === null) return undefined;
  if (typeof credential === 'string') return sandbox.basicAuth(SANDBOX_USERS[credential].email);
  if ('bearer' in credential) return `Bearer ${credential.bearer}`;
  return credential.header;
}

export function clientFor(sandbox: Sandbox, credential: Credential, origin: string = IONOS_API_ORIGIN): Client {
  return {
    async call(method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      const auth = authorization(sandbox, credential);
      if (auth) headers.authorization = auth;
      let body: string | undefined = init.raw;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['content-type'] = 'application/json';
      }
      const res = await fetch(`${origin}${path}`, { method, headers, body });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
    },
  };
}

/** A client of the /__sandbox control endpoint: no IONOS credential, the sandbox's control token. */
export function controlClientFor(sandbox: Sandbox, origin: string = IONOS_API_ORIGIN): Client {
  const client = clientFor(sandbox, null, origin);
  return {
    call: (method, path, init = {}) =>
      client.call(method, path, { ...init, headers: { [CONTROL_TOKEN_HEADER]: sandbox.controlToken, ...init.headers } }),
  };
}

export interface Harness {
  sandbox: Sandbox;
  clock: ManualClock;
  as(credential: Credential): Client;
  /** The control endpoint, with the token. */
  control(): Client;
  /** Moves the manual clock forward by seconds. */
  advance(seconds: number): void;
}

/** Installs msw for the file and gives every test a fresh sandbox (seed 'demo' unless told). */
export function setupSandbox(options: SandboxOptions = {}): Harness {
  const server = setupServer();
  const harness = {} as Harness;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => {
    const clock = createManualClock();
    const sandbox = createSandbox({ provisionSeconds: PROVISION_SECONDS, now: clock.now, ...options });
    server.resetHandlers(...sandbox.handlers);
    Object.assign(harness, {
      sandbox,
      clock,
      as: (credential: Credential) => clientFor(sandbox, credential),
      control: () => controlClientFor(sandbox),
      advance: (seconds: number) => clock.advance(seconds * 1000),
    });
  });
  return harness;
}

export const validCluster = (name: string, extra: Record<string, unknown> = {}) => ({
  properties: { name, datacenterId: '0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e01', ...extra },
});

export const validPool = (name: string, extra: Record<string, unknown> = {}) => ({
  properties: { name, nodeCount: 2, ...extra },
});

export const UNKNOWN_ID = '00000000-0000-4000-8000-00000000dead';
