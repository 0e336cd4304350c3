// Clusters for the portal pages' specs, seeded through the sandbox API with the console's service user (upstream
// sees only it in portal mode), so the portal does not know them: unowned until a platform admin assigns them.
import { expect, type APIRequestContext } from '@playwright/test';
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { E2E } from '../env';
import { basicAuth, randomName, untilAvailable } from '../helpers';

const clustersUrl = `${E2E.sandboxUrl}/dataplatform/clusters`;
const service = basicAuth(E2E.users.admin);

export type UnownedCluster = { id: string; name: string; remove: () => Promise<void> };

/** A cluster no team owns, AVAILABLE (its kubeconfig downloads); `remove` deletes it (idempotent). */
export async function seedUnownedCluster(request: APIRequestContext, prefix: string): Promise<UnownedCluster> {
  const name = randomName(prefix);
  const res = await request.post(clustersUrl, { headers: service, data: { properties: { name, datacenterId: DATACENTER_IDS.frankfurt } } });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await untilAvailable(request, `${clustersUrl}/${id}`, service);
  return {
    id,
    name,
    remove: async () => {
      const gone = await request.delete(`${clustersUrl}/${id}`, { headers: service });
      expect([200, 202, 404]).toContain(gone.status());
    },
  };
}

/** Assigns a cluster to a team through the console's API as the signed-in platform admin (the page's own test is teams.spec.ts). */
export async function assignThroughApi(request: APIRequestContext, clusterId: string, team: string): Promise<void> {
  const headers = { 'X-Console-CSRF': '1', Origin: E2E.portal.consoleUrl };
  const res = await request.put(`/api/portal/ownership/${clusterId}`, { headers, data: { team } });
  expect(res.status(), await res.text()).toBe(200);
}
