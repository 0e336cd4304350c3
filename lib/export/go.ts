// Go with IONOS's SDK sdk-go-dataplatform: its models are structs of pointers, filled with the SDK's Ptr helpers,
// laid out as gofmt would (tabs, aligned values).
import type { CreateClusterRequest } from '@/lib/api/clusters/schema';
import type { Lan, MaintenanceWindow } from '@/lib/api/common/schema';
import type { CreateNodePoolRequest } from '@/lib/api/nodepools/schema';
import { createPath, subjectName, type ExportSubject } from '@/lib/export/subject';

/** A Go string literal. Go knows JSON's escapes, but not \u for a lone surrogate, which UTF-8 cannot carry anyway. */
export function goString(value: string): string {
  return JSON.stringify(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/** One field of a composite literal: a one-line value, or a nested literal's lines. */
type Field = [name: string, value: string | string[]];

/** A composite literal's lines; runs of one-line fields get their values aligned, as gofmt does. */
function literal(type: string, fields: Field[], indent: string): string[] {
  const inner = `${indent}\t`;
  const lines = [`${type}{`];
  let run: [string, string][] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map(([name]) => name.length));
    for (const [name, value] of run) lines.push(`${inner}${`${name}:`.padEnd(width + 2)}${value},`);
    run = [];
  };
  for (const [name, value] of fields) {
    if (typeof value === 'string') {
      run.push([name, value]);
      continue;
    }
    flush();
    lines.push(`${inner}${name}: ${value[0]}`, ...value.slice(1, -1), `${value.at(-1)},`);
  }
  flush();
  lines.push(`${indent}}`);
  return lines;
}

const str = (value: string) => `ionoscloud.PtrString(${goString(value)})`;
const int32 = (value: number) => `ionoscloud.PtrInt32(${value})`;

function windowLiteral(window: MaintenanceWindow, indent: string): string[] {
  return literal(
    '&ionoscloud.MaintenanceWindow',
    [
      ['Time', str(window.time)],
      ['DayOfTheWeek', str(window.dayOfTheWeek)],
    ],
    indent,
  );
}

function mapLiteral(map: Record<string, string>, indent: string): string[] {
  const inner = `${indent}\t`;
  const entries = Object.entries(map).map(([key, value]) => [`${goString(key)}:`, goString(value)] as const);
  const width = Math.max(...entries.map(([key]) => key.length));
  return ['&map[string]interface{}{', ...entries.map(([key, value]) => `${inner}${key.padEnd(width + 1)}${value},`), `${indent}}`];
}

function lansLiteral(lans: Lan[], indent: string): string[] {
  const inner = `${indent}\t`;
  const items = lans.flatMap((lan) => {
    const fields: Field[] = [
      ['LanId', str(lan.lanId)],
      ['Dhcp', `ionoscloud.PtrBool(${lan.dhcp})`],
    ];
    if (lan.routes && lan.routes.length > 0) {
      const routeLines = lan.routes.flatMap((route) => {
        const lines = literal(
          '',
          [
            ['Network', str(route.network)],
            ['Gateway', str(route.gateway)],
          ],
          `${inner}\t\t`,
        );
        return [`${inner}\t\t${lines[0]}`, ...lines.slice(1, -1), `${lines.at(-1)},`];
      });
      fields.push(['Routes', ['&[]ionoscloud.Route{', ...routeLines, `${inner}\t}`]]);
    }
    const lines = literal('', fields, inner);
    return [`${inner}${lines[0]}`, ...lines.slice(1, -1), `${lines.at(-1)},`];
  });
  return ['&[]ionoscloud.Lan{', ...items, `${indent}}`];
}

function clusterRequest({ properties: p }: CreateClusterRequest): string[] {
  const fields: Field[] = [['Name', str(p.name)]];
  if (p.dataPlatformVersion) fields.push(['DataPlatformVersion', str(p.dataPlatformVersion)]);
  fields.push(['DatacenterId', str(p.datacenterId)]);
  if (p.maintenanceWindow) fields.push(['MaintenanceWindow', windowLiteral(p.maintenanceWindow, '\t\t')]);
  if (p.lans && p.lans.length > 0) fields.push(['Lans', lansLiteral(p.lans, '\t\t')]);
  return literal('ionoscloud.CreateClusterRequest', [['Properties', literal('&ionoscloud.CreateClusterProperties', fields, '\t')]], '');
}

function nodePoolRequest({ properties: p }: CreateNodePoolRequest): string[] {
  const fields: Field[] = [
    ['Name', str(p.name)],
    ['NodeCount', int32(p.nodeCount)],
    ['CpuFamily', str(p.cpuFamily)],
    ['CoresCount', int32(p.coresCount)],
    ['RamSize', int32(p.ramSize)],
    ['AvailabilityZone', `ionoscloud.AvailabilityZone(${goString(p.availabilityZone)}).Ptr()`],
    ['StorageType', `ionoscloud.StorageType(${goString(p.storageType)}).Ptr()`],
    ['StorageSize', int32(p.storageSize)],
  ];
  if (p.maintenanceWindow) fields.push(['MaintenanceWindow', windowLiteral(p.maintenanceWindow, '\t\t')]);
  if (p.labels) fields.push(['Labels', mapLiteral(p.labels, '\t\t')]);
  if (p.annotations) fields.push(['Annotations', mapLiteral(p.annotations, '\t\t')]);
  if (p.autoScaling) {
    const scaling: Field[] = [
      ['MinNodeCount', int32(p.autoScaling.minNodeCount)],
      ['MaxNodeCount', int32(p.autoScaling.maxNodeCount)],
    ];
    fields.push(['AutoScaling', literal('&ionoscloud.AutoScaling', scaling, '\t\t')]);
  }
  return literal('ionoscloud.CreateNodePoolRequest', [['Properties', literal('&ionoscloud.CreateNodePoolProperties', fields, '\t')]], '');
}

export function goSnippet(subject: ExportSubject): string {
  const cluster = subject.kind === 'cluster';
  const request = cluster ? clusterRequest(subject.body) : nodePoolRequest(subject.body);
  const call = cluster
    ? 'client.DataPlatformClusterApi.CreateCluster(context.Background()).CreateClusterRequest(request).Execute()'
    : `client.DataPlatformNodePoolApi.CreateClusterNodepool(context.Background(), ${goString(subject.clusterId ?? '<cluster-id>')}).CreateNodePoolRequest(request).Execute()`;
  return [
    `// Creates the Data Platform ${cluster ? 'cluster' : 'node pool'} ${subjectName(subject)} (POST ${createPath(subject)}) with sdk-go-dataplatform.`,
    '//   go get github.com/ionos-cloud/sdk-go-dataplatform@v1.1.1',
    '// Credentials come from the SDK’s environment variables: IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD;',
    '// a token wins when both are set. IONOS_API_URL overrides the API URL.',
    'package main',
    '',
    'import (',
    '\t"context"',
    '\t"fmt"',
    '\t"os"',
    '',
    '\tionoscloud "github.com/ionos-cloud/sdk-go-dataplatform"',
    ')',
    '',
    'func main() {',
    '\tclient := ionoscloud.NewAPIClient(ionoscloud.NewConfigurationFromEnv())',
    `\trequest := ${request[0]}`,
    ...request.slice(1).map((line) => `\t${line}`),
    `\tcreated, _, err := ${call}`,
    '\tif err != nil {',
    '\t\tfmt.Fprintln(os.Stderr, err)',
    '\t\tos.Exit(1)',
    '\t}',
    '\tfmt.Println(*created.Id)',
    '}',
    '',
  ].join('\n');
}
