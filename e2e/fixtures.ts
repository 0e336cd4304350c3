// The specs' `test`: a page signed in as a sandbox user (`test.use({ signedInAs: 'member' })`, the session the
// setup project made, e2e/auth.setup.ts), clusters seeded straight through the sandbox API and deleted after the
// test, and the sandbox's control endpoint with a guard: faults and the request log are shared by every test
// that runs at the same time, so only tests tagged @serial (the `serial` project, alone on the sandbox) use them.
import { test as base, type APIRequestContext } from '@playwright/test';
import type { FaultInput } from '@/lib/sandbox/faults';
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { E2E } from './env';
import { basicAuth, randomName, sandboxControl, untilAvailable, type Credentials, type LoggedRequest } from './helpers';

export { expect } from '@playwright/test';

/** The users the setup project signs in once for everybody. Nothing may end their sessions (see `sandbox`). */
export const SIGNED_IN_USERS = ['admin', 'member', 'noaccess', 'bulk'] as const;
export type SignedInUser = (typeof SIGNED_IN_USERS)[number];
export const authFile = (user: SignedInUser) => `.e2e/auth/${user}.json`;

/**
 * For contexts a signed-in test makes itself (`playwright.request.newContext`, `browser.newContext`): Playwright
 * gives them the test's `storageState`, so an anonymous one must say it starts empty.
 */
export const NO_SESSION = { cookies: [], origins: [] };

/** The tag of tests that need the sandbox to themselves (playwright.config.ts runs them after all others, one by one). */
export const SERIAL = '@serial';

export type SeededCluster = { id: string; name: string };
/** Creates a cluster named `randomName(prefix)` as the signed-in user (or `as`), with extra contract properties. */
export type SeedCluster = (prefix: string, options?: { properties?: Record<string, unknown>; as?: Credentials }) => Promise<SeededCluster>;

export type Sandbox = {
  requests(): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
  addFault(fault: FaultInput): Promise<void>;
  clearFaults(): Promise<void>;
  mintToken(user: Credentials): Promise<string>;
  /**
   * When one cluster's change in progress ends (`null`: not until called again; on a cluster not changing, its next
   * update or deletion). Scoped to the test's own cluster, so no @serial tag: a test that must see DEPLOYING or
   * DESTROYING holds it there, whatever the machine's speed.
   */
  endChangeIn(clusterId: string, seconds: number | null): Promise<void>;
  /** Ends every session of `user`: only for users no other test shares (E2E.users.expiring, …). */
  revokeAllTokens(user: Credentials): Promise<void>;
};

type Fixtures = {
  /** Whose session the page, and `page.request`, start with; none by default. */
  signedInAs: SignedInUser | undefined;
  sandbox: Sandbox;
  cluster: SeedCluster;
  /** As `cluster`, and waits until the cluster is AVAILABLE. */
  availableCluster: SeedCluster;
  /** Deletes, after the test, a cluster the test created another way (the wizard, the console's own API). */
  cleanUpCluster: (id: string) => void;
  /** The ids of the clusters to delete after the test. */
  _clusters: Set<string>;
};

const clustersUrl = `${E2E.sandboxUrl}/dataplatform/clusters`;
// The administrator can delete every cluster of the contract, whoever created it.
const cleaner = basicAuth(E2E.users.admin);

/**
 * DELETE is idempotent (a cluster already DESTROYING answers the same, a gone one 404), so a lost answer or a
 * busy sandbox is retried: a clean-up that gives up leaves clusters in other tests' lists.
 */
async function deleteCluster(request: APIRequestContext, id: string) {
  let failure = '';
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      const res = await request.delete(`${clustersUrl}/${id}`, { headers: cleaner, timeout: 15_000 });
      if ([200, 202, 404].includes(res.status())) return;
      failure = `HTTP ${res.status()} ${await res.text()}`;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
  throw new Error(`Clean-up: cluster ${id} could not be deleted: ${failure}`);
}

function ownerOf(signedInAs: SignedInUser | undefined, as: Credentials | undefined): Credentials {
  if (as) return as;
  if (!signedInAs) throw new Error('A seeded cluster needs an owner: test.use({ signedInAs }) or the `as` option.');
  return E2E.users[signedInAs];
}

// Each fixture's second parameter is Playwright's `use`, named `provide` so React's hooks rule does not take it for
// React's `use`.
export const test = base.extend<Fixtures>({
  signedInAs: [undefined, { option: true }],
  storageState: async ({ signedInAs, storageState }, provide) => {
    await provide(signedInAs ? authFile(signedInAs) : storageState);
  },

  sandbox: async ({ request }, provide, testInfo) => {
    function onlyAlone<T>(what: string, call: () => Promise<T>): Promise<T> {
      if (!testInfo.tags.includes(SERIAL)) throw new Error(`${what} is shared by every test running meanwhile: tag the test ${SERIAL}.`);
      return call();
    }
    await provide({
      requests: () => onlyAlone('The request log', () => sandboxControl.requests(request)),
      clearRequests: () => onlyAlone('The request log', () => sandboxControl.clearRequests(request)),
      addFault: (fault) => onlyAlone('A fault', () => sandboxControl.addFault(request, fault)),
      clearFaults: () => onlyAlone('The fault list', () => sandboxControl.clearFaults(request)),
      mintToken: (user) => sandboxControl.mintToken(request, user),
      endChangeIn: (clusterId, seconds) => sandboxControl.endChangeIn(request, clusterId, seconds),
      revokeAllTokens: (user) => {
        if (SIGNED_IN_USERS.some((name) => E2E.users[name].username === user.username)) {
          throw new Error(`${user.username} signs in once for all tests (e2e/auth.setup.ts): revoke the tokens of a user of the test's own.`);
        }
        return sandboxControl.revokeAllTokens(request, user);
      },
    });
  },

  _clusters: async ({ request }, provide) => {
    const ids = new Set<string>();
    await provide(ids);
    const all = [...ids];
    // In batches: the 500-cluster test must not open 500 connections at once.
    for (let i = 0; i < all.length; i += 50) await Promise.all(all.slice(i, i + 50).map((id) => deleteCluster(request, id)));
  },

  cleanUpCluster: async ({ _clusters }, provide) => {
    await provide((id) => void _clusters.add(id));
  },

  cluster: async ({ request, signedInAs, _clusters }, provide) => {
    await provide(async (prefix, { properties = {}, as } = {}) => {
      const name = randomName(prefix);
      const res = await request.post(clustersUrl, {
        headers: basicAuth(ownerOf(signedInAs, as)),
        data: { properties: { name, datacenterId: DATACENTER_IDS.frankfurt, ...properties } },
      });
      if (res.status() !== 201) throw new Error(`Seeding cluster ${name}: HTTP ${res.status()} ${await res.text()}`);
      const { id } = (await res.json()) as { id: string };
      _clusters.add(id);
      return { id, name };
    });
  },

  availableCluster: async ({ request, cluster, signedInAs }, provide) => {
    await provide(async (prefix, options = {}) => {
      const seeded = await cluster(prefix, options);
      await untilAvailable(request, `${clustersUrl}/${seeded.id}`, basicAuth(ownerOf(signedInAs, options.as)));
      return seeded;
    });
  },
});
