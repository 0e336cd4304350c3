// Terraform with the ionoscloud provider pinned to 6.7.13, the last release with the Data Platform resources
// (../shared/api/iac-reference.md §1). Only the arguments and blocks listed there are written; a cluster brings its
// node pools, and existing resources get the `terraform import` commands that adopt them.
import type { Lan, MaintenanceWindow } from '@/lib/api/common/schema';
import { subjectName, type ClusterExport, type ExportSubject, type NodePoolExport } from '@/lib/export/subject';

export const TERRAFORM_PROVIDER_VERSION = '6.7.13';
export const CLUSTER_RESOURCE = 'ionoscloud_dataplatform_cluster';
export const NODE_POOL_RESOURCE = 'ionoscloud_dataplatform_node_pool';

/**
 * An HCL quoted string: JSON-like escapes HCL knows, other control characters as \uNNNN, and the template
 * sequences `${` and `%{` doubled so a label value is never read as an interpolation.
 */
export function hclString(value: string): string {
  const escaped = value
    .replace(/[\\"\u0000-\u001f\u007f]/g, (char) => {
      const known: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
      return known[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    })
    .replaceAll('${', () => '$${')
    .replaceAll('%{', () => '%%{');
  return `"${escaped}"`;
}

/** A Terraform name for a resource: letters, digits and underscores, starting with a letter. */
export function localName(name: string, prefix: string): string {
  const base = name.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return /^[a-z]/.test(base) ? base : `${prefix}_${base}`;
}

type Item = { attr: string; value: string | string[] } | { block: string; body: Item[] };

/** A block's body, with the `=` of consecutive attributes aligned as `terraform fmt` does. */
function render(items: Item[], indent: string): string[] {
  const lines: string[] = [];
  let run: { attr: string; value: string | string[] }[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((item) => item.attr.length));
    for (const { attr, value } of run) {
      const head = `${indent}${attr.padEnd(width)} = `;
      if (typeof value === 'string') lines.push(`${head}${value}`);
      else lines.push(`${head}${value[0]}`, ...value.slice(1));
    }
    run = [];
  };
  for (const item of items) {
    if ('attr' in item && typeof item.value === 'string') {
      run.push(item);
      continue;
    }
    // A multi-line value (a map) stands on its own: its closing brace ends the run of aligned `=`.
    flush();
    if ('attr' in item) {
      run.push(item);
      flush();
      continue;
    }
    lines.push(`${indent}${item.block} {`, ...render(item.body, `${indent}  `), `${indent}}`);
  }
  flush();
  return lines;
}

function mapValue(map: Record<string, string>, indent: string): string[] {
  const entries = Object.entries(map).map(([key, value]) => [hclString(key), hclString(value)] as const);
  const width = Math.max(...entries.map(([key]) => key.length));
  return ['{', ...entries.map(([key, value]) => `${indent}  ${key.padEnd(width)} = ${value}`), `${indent}}`];
}

const windowBlock = (window: MaintenanceWindow): Item => ({
  block: 'maintenance_window',
  body: [
    { attr: 'day_of_the_week', value: hclString(window.dayOfTheWeek) },
    { attr: 'time', value: hclString(window.time) },
  ],
});

const lanBlock = (lan: Lan): Item => ({
  block: 'lans',
  body: [
    { attr: 'lan_id', value: hclString(lan.lanId) },
    { attr: 'dhcp', value: String(lan.dhcp) },
    ...(lan.routes ?? []).map((route): Item => ({
      block: 'routes',
      body: [
        { attr: 'network', value: hclString(route.network) },
        { attr: 'gateway', value: hclString(route.gateway) },
      ],
    })),
  ],
});

function clusterResource(cluster: ClusterExport, name: string): string[] {
  const p = cluster.body.properties;
  const items: Item[] = [
    { attr: 'datacenter_id', value: hclString(p.datacenterId) },
    { attr: 'name', value: hclString(p.name) },
    ...(p.dataPlatformVersion ? [{ attr: 'version', value: hclString(p.dataPlatformVersion) }] : []),
    ...(p.maintenanceWindow ? [windowBlock(p.maintenanceWindow)] : []),
    ...(p.lans ?? []).map(lanBlock),
  ];
  return [`resource "${CLUSTER_RESOURCE}" "${name}" {`, ...render(items, '  '), '}'];
}

function nodePoolResource(pool: NodePoolExport, name: string, clusterRef: string): string[] {
  const p = pool.body.properties;
  const items: Item[] = [
    { attr: 'cluster_id', value: clusterRef },
    { attr: 'name', value: hclString(p.name) },
    { attr: 'node_count', value: String(p.nodeCount) },
    { attr: 'cpu_family', value: hclString(p.cpuFamily) },
    { attr: 'cores_count', value: String(p.coresCount) },
    { attr: 'ram_size', value: String(p.ramSize) },
    { attr: 'availability_zone', value: hclString(p.availabilityZone) },
    { attr: 'storage_type', value: hclString(p.storageType) },
    { attr: 'storage_size', value: String(p.storageSize) },
    ...(p.maintenanceWindow ? [windowBlock(p.maintenanceWindow)] : []),
    ...(p.labels ? [{ attr: 'labels', value: mapValue(p.labels, '  ') }] : []),
    ...(p.annotations ? [{ attr: 'annotations', value: mapValue(p.annotations, '  ') }] : []),
    ...(p.autoScaling
      ? [
          {
            block: 'auto_scaling',
            body: [
              { attr: 'min_node_count', value: String(p.autoScaling.minNodeCount) },
              { attr: 'max_node_count', value: String(p.autoScaling.maxNodeCount) },
            ],
          },
        ]
      : []),
  ];
  return [`resource "${NODE_POOL_RESOURCE}" "${name}" {`, ...render(items, '  '), '}'];
}

const HEADER = [
  `# The ionoscloud provider dropped the Data Platform resources in v6.7.14 (August 2025): this pins ${TERRAFORM_PROVIDER_VERSION}, the last`,
  '# release that has them. Credentials come from the environment: IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD.',
  'terraform {',
  '  required_providers {',
  '    ionoscloud = {',
  '      source  = "ionos-cloud/ionoscloud"',
  `      version = "${TERRAFORM_PROVIDER_VERSION}"`,
  '    }',
  '  }',
  '}',
  '',
  'provider "ionoscloud" {}',
];

/** Unique local names: two pools whose names differ only in '.' and '_' must not collide. */
function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}_${count}`;
  });
}

export function terraformSnippet(subject: ExportSubject): string {
  const blocks: string[][] = [];
  const imports: string[] = [];
  if (subject.kind === 'cluster') {
    const [clusterName, ...poolNames] = uniqueNames([
      localName(subjectName(subject), 'cluster'),
      ...subject.nodePools.map((pool) => localName(subjectName(pool), 'pool')),
    ]) as [string, ...string[]];
    blocks.push(clusterResource(subject, clusterName));
    if (subject.id) imports.push(`terraform import ${CLUSTER_RESOURCE}.${clusterName} ${subject.id}`);
    subject.nodePools.forEach((pool, index) => {
      const name = poolNames[index] ?? `pool_${index}`;
      blocks.push(nodePoolResource(pool, name, `${CLUSTER_RESOURCE}.${clusterName}.id`));
      if (subject.id && pool.id) imports.push(`terraform import ${NODE_POOL_RESOURCE}.${name} ${subject.id}/${pool.id}`);
    });
    if (subject.id) blocks.push(['# The Stackable operators’ node pool comes with the cluster and is not declared here.']);
  } else {
    const name = localName(subjectName(subject), 'pool');
    blocks.push(nodePoolResource(subject, name, hclString(subject.clusterId ?? '<cluster-id>')));
    if (subject.clusterId && subject.id) imports.push(`terraform import ${NODE_POOL_RESOURCE}.${name} ${subject.clusterId}/${subject.id}`);
  }
  if (imports.length > 0) {
    blocks.push(['# These resources exist already. Adopt them instead of creating new ones:', ...imports.map((line) => `#   ${line}`)]);
  }
  return [HEADER, ...blocks].map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
