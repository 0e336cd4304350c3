// Golden files per format, and the checks that the code is what its tool reads: Terraform parses as HCL with only the
// reference's arguments and blocks, and values survive each language's escaping.
import { parse } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFileName } from '@/lib/export/formats';
import { keyValueFlag } from '@/lib/export/ionosctl';
import { clusterCreateBody, existingClusterExport, existingNodePoolExport, type ExportSubject } from '@/lib/export/subject';
import { CLUSTER_RESOURCE, hclString, NODE_POOL_RESOURCE, terraformSnippet } from '@/lib/export/terraform';
import { cluster, CLUSTER_ID, operatorsPool, pool, POOL_ID, TRICKY_NOTE } from '@/lib/export/test-fixtures';

const clusterSubject = existingClusterExport(cluster, [operatorsPool, pool]);
const poolSubject = existingNodePoolExport(CLUSTER_ID, pool);
const subjects: [string, ExportSubject][] = [
  ['cluster', clusterSubject],
  ['nodepool', poolSubject],
];

describe('golden files', () => {
  for (const [name, subject] of subjects) {
    for (const format of EXPORT_FORMATS) {
      it(`${name} as ${format.label}`, async () => {
        await expect(format.generate(subject)).toMatchFileSnapshot(`./__golden__/${name}-${format.id}.${format.extension}`);
      });
    }
  }
});

describe('existing resources as create bodies', () => {
  it('leaves out the operators’ pool and keeps ids for import', () => {
    expect(clusterSubject.nodePools.map((p) => p.id)).toEqual([POOL_ID]);
    expect(clusterSubject.id).toBe(CLUSTER_ID);
  });

  it('rebuilds the body the wizard would send', () => {
    expect(clusterCreateBody(cluster)).toEqual({ properties: cluster.properties });
  });

  it('names files by resource and format', () => {
    expect(EXPORT_FORMATS.map((format) => exportFileName(poolSubject, format))).toEqual([
      'workers-curl.sh',
      'workers-python.py',
      'workers-go.go',
      'workers-terraform.tf',
      'workers-ionosctl.sh',
    ]);
  });
});

// The arguments and blocks of ../shared/api/iac-reference.md §1.2 and §1.3, and the provider header of §1.1.
const CLUSTER_ARGUMENTS = new Set(['datacenter_id', 'name', 'version', 'maintenance_window', 'lans', 'timeouts']);
const NODE_POOL_ARGUMENTS = new Set([
  'cluster_id',
  'name',
  'node_count',
  'cpu_family',
  'cores_count',
  'ram_size',
  'availability_zone',
  'storage_type',
  'storage_size',
  'maintenance_window',
  'labels',
  'annotations',
  'auto_scaling',
  'timeouts',
]);
const NESTED: Record<string, Set<string>> = {
  maintenance_window: new Set(['time', 'day_of_the_week']),
  lans: new Set(['lan_id', 'dhcp', 'routes']),
  routes: new Set(['network', 'gateway']),
  auto_scaling: new Set(['min_node_count', 'max_node_count']),
};

type Hcl = Record<string, unknown>;
const blocksOf = (value: unknown): Hcl[] => (Array.isArray(value) ? (value as Hcl[]) : []);

function checkNested(block: Hcl, path: string) {
  for (const [key, value] of Object.entries(block)) {
    const allowed = NESTED[path];
    expect(allowed?.has(key), `${path}.${key}`).toBe(true);
    if (NESTED[key]) for (const inner of blocksOf(value)) checkNested(inner, key);
  }
}

function checkResource(resource: Hcl, allowed: Set<string>) {
  for (const [key, value] of Object.entries(resource)) {
    expect(allowed.has(key), key).toBe(true);
    if (NESTED[key]) for (const block of blocksOf(value)) checkNested(block, key);
  }
}

/** `${` or `%{` not doubled: Terraform would read an interpolation or a directive there. */
const UNESCAPED_TEMPLATE = /(?<![$%])[$%]\{/;
// hcl2json keeps template sequences as written; undo the escaping of `${` and `%{` to get the value Terraform uses.
const templateValue = (value: unknown) => String(value).replaceAll('$${', '${').replaceAll('%%{', '%{');

describe('Terraform', () => {
  it('parses as HCL and uses only the reference’s arguments and blocks', async () => {
    const hcl = (await parse('main.tf', terraformSnippet(clusterSubject))) as {
      terraform: [{ required_providers: [{ ionoscloud: { source: string; version: string } }] }];
      provider: { ionoscloud: unknown[] };
      resource: Record<string, Record<string, Hcl[]>>;
    };
    expect(hcl.terraform[0].required_providers[0].ionoscloud).toEqual({ source: 'ionos-cloud/ionoscloud', version: '6.7.13' });
    expect(Object.keys(hcl.provider)).toEqual(['ionoscloud']);
    expect(Object.keys(hcl.resource).sort()).toEqual([CLUSTER_RESOURCE, NODE_POOL_RESOURCE]);

    const [clusterBlock] = Object.values(hcl.resource[CLUSTER_RESOURCE] ?? {})[0] ?? [];
    const [poolBlock] = Object.values(hcl.resource[NODE_POOL_RESOURCE] ?? {})[0] ?? [];
    checkResource(clusterBlock ?? {}, CLUSTER_ARGUMENTS);
    checkResource(poolBlock ?? {}, NODE_POOL_ARGUMENTS);
    expect(blocksOf(clusterBlock?.lans)).toHaveLength(2);
    expect(poolBlock?.cluster_id).toBe('${ionoscloud_dataplatform_cluster.analytics_prod.id}');
    const annotations = poolBlock?.annotations as Record<string, string>;
    expect(annotations['example.com/note']).not.toMatch(UNESCAPED_TEMPLATE);
    expect(templateValue(annotations['example.com/note'])).toBe(TRICKY_NOTE);
    expect(poolBlock?.auto_scaling).toEqual([{ min_node_count: 2, max_node_count: 5 }]);
  });

  it('writes the import commands of existing resources', () => {
    const code = terraformSnippet(clusterSubject);
    expect(code).toContain(`terraform import ${CLUSTER_RESOURCE}.analytics_prod ${CLUSTER_ID}`);
    expect(code).toContain(`terraform import ${NODE_POOL_RESOURCE}.workers ${CLUSTER_ID}/${POOL_ID}`);
    expect(terraformSnippet({ ...clusterSubject, id: undefined })).not.toContain('terraform import');
  });

  it('escapes strings for HCL, template sequences included', async () => {
    const value = 'a "b" \\ c\nd\te ${x} %{y} \u0001';
    const parsed = (await parse('x.tf', `locals {\n  v = ${hclString(value)}\n}\n`)) as { locals: [{ v: string }] };
    expect(parsed.locals[0].v).not.toMatch(UNESCAPED_TEMPLATE);
    expect(templateValue(parsed.locals[0].v)).toBe(value);
  });
});

describe('ionosctl key=value flags', () => {
  it('passes a single pair as it is, and CSV-quotes pairs the flag reads as CSV', () => {
    expect(keyValueFlag('app', 'kafka')).toBe('app=kafka');
    expect(keyValueFlag('owner', 'a,b')).toBe('owner=a,b');
    expect(keyValueFlag('owner', 'a,b=c')).toBe('"owner=a,b=c"');
    expect(keyValueFlag('note', 'say "x"=y')).toBe('"note=say ""x""=y"');
  });

  it('refuses what the flag cannot carry, and says so in the snippet', () => {
    expect(keyValueFlag('note', 'ends with "')).toBeUndefined();
    const code = EXPORT_FORMATS.find((format) => format.id === 'ionosctl')?.generate(poolSubject) ?? '';
    expect(code).toContain('Not expressible: autoscaling 2–5 nodes');
    expect(code).toContain('Not expressible: availability zone ZONE_1');
    expect(code).not.toMatch(/^  --availability-zone/m);
  });
});
