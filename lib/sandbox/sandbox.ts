// createSandbox: one independent, stateful Data Platform API (plus Auth, Cloud API reads and the
// /__sandbox control endpoint) as msw handlers. Several instances can live in one process.
import { randomBytes } from 'node:crypto';
import { http, type HttpHandler } from 'msw';
import { createTokenService, type TokenService } from '@/lib/sandbox/auth';
import type { Now } from '@/lib/sandbox/clock';
import { errorResponse } from '@/lib/sandbox/errors';
import { createFaultRegistry, type FaultInput, type FaultRegistry } from '@/lib/sandbox/faults';
import { authHandlers } from '@/lib/sandbox/handlers/auth';
import { cloudapiHandlers } from '@/lib/sandbox/handlers/cloudapi';
import { controlHandlers } from '@/lib/sandbox/handlers/control';
import { dataplatformHandlers } from '@/lib/sandbox/handlers/dataplatform';
import { interceptHandler } from '@/lib/sandbox/handlers/intercept';
import { createRequestLog, type RequestLog } from '@/lib/sandbox/request-log';
import { demoSeed, type SeedName } from '@/lib/sandbox/seed';
import { createStore, type SandboxStore } from '@/lib/sandbox/store';
import { findUserByEmail, SANDBOX_PASSWORD } from '@/lib/sandbox/users';

/** The origin the handlers answer for; the loopback server maps its own URL onto it. */
export const IONOS_API_ORIGIN = 'https://api.ionos.com';
export const DEFAULT_PROVISION_SECONDS = 20;

export interface SandboxOptions {
  /** How long a creation takes; updates and deletions take half. Default 20. */
  provisionSeconds?: number;
  /** 'demo' (default) seeds clusters of both users; 'empty' starts with users and data centers only. */
  seed?: SeedName;
  /** Milliseconds since the epoch; inject a manual clock (see clock.ts) for deterministic tests. */
  now?: Now;
  faults?: FaultInput[];
  origin?: string;
  /** Keeps issued tokens valid across restarts; random per instance when absent. */
  tokenSecret?: string;
  /** Put in front of every kubeconfig's user token (e2e: a canary to grep logs for). */
  kubeconfigTokenPrefix?: string;
  /** The X-Sandbox-Control header value /__sandbox requires (health aside); random per instance when absent. */
  controlToken?: string;
}

export interface SandboxCore {
  readonly origin: string;
  readonly now: Now;
  readonly store: SandboxStore;
  readonly tokens: TokenService;
  readonly faults: FaultRegistry;
  readonly requests: RequestLog;
  readonly seed: SeedName;
  readonly provisionSeconds: number;
  readonly kubeconfigTokenPrefix: string;
  readonly controlToken: string;
  /** Back to the seed: clusters, faults and the request log (tokens stay valid). */
  reset(options?: { seed?: SeedName; provisionSeconds?: number }): void;
}

export interface Sandbox extends SandboxCore {
  readonly handlers: HttpHandler[];
  /** A token as GET /auth/v1/tokens/generate would issue it (for tests). */
  issueToken(email: string, ttlSeconds?: number): string;
  /** `Authorization` header value for HTTP Basic with a sandbox user's password. */
  basicAuth(email: string): string;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const now = options.now ?? Date.now;
  const origin = (options.origin ?? IONOS_API_ORIGIN).replace(/\/+$/, '');
  let seed: SeedName = options.seed ?? 'demo';
  let provisionSeconds = options.provisionSeconds ?? DEFAULT_PROVISION_SECONDS;
  const store = createStore({ now, provisionMs: provisionSeconds * 1000 });
  const faults = createFaultRegistry();
  const requests = createRequestLog(now);
  const tokens = createTokenService(now, options.tokenSecret);

  function reset(next: { seed?: SeedName; provisionSeconds?: number } = {}): void {
    seed = next.seed ?? seed;
    provisionSeconds = next.provisionSeconds ?? provisionSeconds;
    store.setProvisionMs(provisionSeconds * 1000);
    store.clear();
    faults.clear();
    requests.clear();
    if (seed === 'demo') store.insert(demoSeed(now(), provisionSeconds * 1000));
  }

  const core: SandboxCore = {
    origin,
    now,
    store,
    tokens,
    faults,
    requests,
    get seed() {
      return seed;
    },
    get provisionSeconds() {
      return provisionSeconds;
    },
    kubeconfigTokenPrefix: options.kubeconfigTokenPrefix ?? '',
    controlToken: options.controlToken ?? randomBytes(24).toString('base64url'),
    reset,
  };
  reset();
  // Start-up faults apply once; a reset clears them like any other fault.
  for (const fault of options.faults ?? []) faults.add(fault);

  const handlers: HttpHandler[] = [
    interceptHandler(core),
    ...controlHandlers(core),
    ...dataplatformHandlers(core),
    ...authHandlers(core),
    ...cloudapiHandlers(core),
    http.all(`${origin}/*`, ({ request }) =>
      errorResponse(404, [{ errorCode: 'NOT_FOUND', message: `No such resource: ${new URL(request.url).pathname}.` }]),
    ),
  ];

  return Object.assign(core, {
    handlers,
    issueToken(email: string, ttlSeconds?: number): string {
      const user = findUserByEmail(email);
      if (!user) throw new Error(`No sandbox user ${email}.`);
      return tokens.issue(user, ttlSeconds).token;
    },
    basicAuth(email: string): string {
      return `Basic ${Buffer.from(`${email}:${SANDBOX_PASSWORD}`).toString('base64')}`;
    },
  });
}
