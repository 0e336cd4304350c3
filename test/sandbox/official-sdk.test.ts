// An unmodified official IONOS client library against the sandbox over loopback. No Data Platform SDK is
// published on npm (the Python and Go ones cannot be installed here), so this uses the Cloud API SDK for the
// Cloud API reads the sandbox serves: its models and its Basic and Bearer authentication must just work.
import { Configuration, DataCentersApi, LANsApi } from '@ionos-cloud/sdk-nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox/server';

let server: SandboxServer;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, provisionSeconds: 1 });
});
afterAll(async () => {
  await server.close();
});

describe('@ionos-cloud/sdk-nodejs against the sandbox', () => {
  it('lists the data centers a member may see, with Basic auth', async () => {
    const config = new Configuration({ username: 'user@sandbox.test', password: 'sandbox', basePath: `${server.url}/cloudapi/v6` });
    const res = await new DataCentersApi(config).datacentersGet({ depth: 1 });
    expect(res.status).toBe(200);
    const ids = (res.data.items ?? []).map((dc) => dc.id);
    expect(ids).toEqual(expect.arrayContaining([DATACENTER_IDS.frankfurt, DATACENTER_IDS.berlin]));
    expect(ids).not.toContain(DATACENTER_IDS.logrono);
    const frankfurt = res.data.items?.find((dc) => dc.id === DATACENTER_IDS.frankfurt);
    expect(frankfurt?.properties?.location).toBe('de/fra');
    expect(frankfurt?.properties?.cpuArchitecture?.[0]?.cpuFamily).toBeTruthy();
  });

  it('reads LANs with a token from the sandbox’s Auth API', async () => {
    const basic = Buffer.from('admin@sandbox.test:sandbox').toString('base64');
    const { token } = (await (await fetch(`${server.url}/auth/v1/tokens/generate`, { headers: { Authorization: `Basic ${basic}` } })).json()) as {
      token: string;
    };
    const config = new Configuration({ apiKey: token, basePath: `${server.url}/cloudapi/v6` });
    const res = await new LANsApi(config).datacentersLansGet({ datacenterId: DATACENTER_IDS.logrono, depth: 1 });
    expect(res.status).toBe(200);
    expect((res.data.items ?? []).length).toBeGreaterThan(0);
    expect(res.data.items?.[0]?.properties?.name).toBeTruthy();
  });

  it('surfaces the sandbox’s 401 to the SDK for a wrong password', async () => {
    const config = new Configuration({ username: 'user@sandbox.test', password: 'wrong', basePath: `${server.url}/cloudapi/v6` });
    await expect(new DataCentersApi(config).datacentersGet({ depth: 1 })).rejects.toMatchObject({ response: { status: 401 } });
  });
});
