// The snippets run: the curl command in bash against the sandbox over loopback (a sandbox token in IONOS_TOKEN) creates
// what the wizards create, and the Python snippet compiles and hands its SDK exactly the wizard's body.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFromValues } from '@/components/clusters/create/to-request';
import { defaultCreateNodePoolForm } from '@/components/nodepools/create/form-schema';
import { poolRequestFromValues } from '@/components/nodepools/create/to-request';
import { curlSnippet } from '@/lib/export/curl';
import { pythonSnippet } from '@/lib/export/python';
import { DATAPLATFORM_API_URL, existingNodePoolExport, type ClusterExport, type NodePoolExport } from '@/lib/export/subject';
import { pool, TRICKY_NOTE } from '@/lib/export/test-fixtures';
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox/server';
import { SANDBOX_USERS } from '@/lib/sandbox/users';

const run = promisify(execFile);
/** Only what the snippet needs: no credential of this machine's environment leaks into it. */
const envOf = (vars: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', PATH: process.env.PATH, ...vars });

// The wizards' own functions build the bodies, so "what the wizard would create" is what they send.
const clusterBody = requestFromValues({
  name: `export-${Date.now().toString(36)}`,
  dataPlatformVersion: '25.3',
  datacenterId: DATACENTER_IDS.frankfurt,
  maintenanceWindow: { dayOfTheWeek: 'Saturday', time: '22:00:00' },
  lans: [{ lanId: '2', dhcp: false, routes: [{ network: '10.1.0.0/16', gateway: '10.0.0.1' }] }],
  // Personal mode: no team (portal mode sends it as ?team=, never in the body).
  team: '',
});
const poolBody = poolRequestFromValues({
  ...defaultCreateNodePoolForm(),
  name: 'workers',
  scaling: 'autoscaling',
  nodeCount: '2',
  minNodeCount: '2',
  maxNodeCount: '5',
  labels: [
    { key: 'app', value: 'kafka' },
    { key: 'example.com/team', value: 'data-eng' },
  ],
  annotations: [
    { key: 'example.com/note', value: TRICKY_NOTE },
    { key: 'owner', value: "it's a,b=c" },
  ],
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the wizards’ bodies', () => {
  it('are valid', () => {
    expect(clusterBody?.properties.lans).toHaveLength(1);
    expect(poolBody?.properties.autoScaling).toEqual({ minNodeCount: 2, maxNodeCount: 5 });
  });
});

describe('curl against the sandbox', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    server = await startSandboxServer({ port: 0, provisionSeconds: 1 });
  });
  afterAll(async () => {
    await server.close();
  });

  async function runCurl(script: string): Promise<{ id: string; properties: unknown }> {
    const file = path.join(dir, 'create.sh');
    await writeFile(file, script.replaceAll(DATAPLATFORM_API_URL, `${server.url}/dataplatform`));
    const token = server.sandbox.issueToken(SANDBOX_USERS.user.email);
    const { stdout } = await run('bash', [file], { env: envOf({ IONOS_TOKEN: token }) });
    return JSON.parse(stdout) as { id: string; properties: unknown };
  }

  async function read(pathname: string) {
    const res = await fetch(`${server.url}/dataplatform${pathname}`, {
      headers: { authorization: server.sandbox.basicAuth(SANDBOX_USERS.user.email) },
    });
    return (await res.json()) as { properties: unknown; metadata: { state: string } };
  }

  it('creates the cluster and then the node pool the wizards would create', async () => {
    if (!clusterBody || !poolBody) throw new Error('The wizard bodies are not valid.');
    const cluster: ClusterExport = { kind: 'cluster', body: clusterBody, nodePools: [] };
    const created = await runCurl(curlSnippet(cluster));
    expect((await read(`/clusters/${created.id}`)).properties).toEqual(clusterBody.properties);

    await expect.poll(async () => (await read(`/clusters/${created.id}`)).metadata.state, { timeout: 10_000 }).toBe('AVAILABLE');
    const nodePool: NodePoolExport = { kind: 'nodepool', body: poolBody, clusterId: created.id };
    const createdPool = await runCurl(curlSnippet(nodePool));
    const stored = await read(`/clusters/${created.id}/nodepools/${createdPool.id}`);
    expect(stored.properties).toEqual(expect.objectContaining(poolBody.properties));
  });
});

// Stands in for ionoscloud_dataplatform (not installable here): records what the snippet hands the SDK.
const FAKE_SDK = `
import json, os

class Configuration:
    def __init__(self, host=None, token=None, username=None, password=None):
        self.settings = {"host": host, "token": token, "username": username, "password": password}

class ApiClient:
    def __init__(self, configuration):
        self.configuration = configuration
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

class _Created:
    id = "created-id"
    class metadata:
        state = "DEPLOYING"

def _record(client, call, *args):
    with open(os.environ["RECORD_FILE"], "w") as out:
        json.dump({"call": call, "args": list(args), "settings": client.configuration.settings}, out)
    return _Created()

class DataPlatformClusterApi:
    def __init__(self, api_client):
        self.api_client = api_client
    def clusters_post(self, create_cluster_request):
        return _record(self.api_client, "clusters_post", create_cluster_request)

class DataPlatformNodePoolApi:
    def __init__(self, api_client):
        self.api_client = api_client
    def clusters_nodepools_post(self, cluster_id, create_node_pool_request):
        return _record(self.api_client, "clusters_nodepools_post", cluster_id, create_node_pool_request)
`;

describe('the Python snippet', () => {
  async function runPython(code: string) {
    const file = path.join(dir, 'create.py');
    const record = path.join(dir, 'record.json');
    await writeFile(file, code);
    await writeFile(path.join(dir, 'ionoscloud_dataplatform.py'), FAKE_SDK);
    await run('python3', ['-m', 'py_compile', file]);
    const { stdout } = await run('python3', [file], {
      env: envOf({ PYTHONPATH: dir, RECORD_FILE: record, IONOS_TOKEN: 'placeholder-token' }),
    });
    return { stdout, record: JSON.parse(await readFile(record, 'utf8')) as { call: string; args: unknown[]; settings: Record<string, unknown> } };
  }

  it('compiles, reads the SDK’s environment variables and passes the exact body', async () => {
    const subject = existingNodePoolExport('5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c', pool);
    const { stdout, record } = await runPython(pythonSnippet(subject));
    expect(record.call).toBe('clusters_nodepools_post');
    expect(record.args).toEqual(['5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c', subject.body]);
    expect(record.settings).toEqual({ host: null, token: 'placeholder-token', username: null, password: null });
    expect(stdout.trim()).toBe('created-id DEPLOYING');
  });

  it('passes the wizard’s cluster body unchanged', async () => {
    if (!clusterBody) throw new Error('The wizard body is not valid.');
    const { record } = await runPython(pythonSnippet({ kind: 'cluster', body: clusterBody, nodePools: [] }));
    expect(record).toMatchObject({ call: 'clusters_post', args: [clusterBody] });
  });

  it('fails to compile when the code is broken (the check is real)', async () => {
    await expect(runPython('request_body = {\n')).rejects.toThrow();
  });
});
