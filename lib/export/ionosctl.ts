// ionosctl v6.9.1, the last release with `ionosctl dataplatform` (../shared/api/iac-reference.md §2). What its flags
// cannot say (cluster LANs, autoscaling, an availability zone: that flag is broken in v6.9.1) is said in a comment
// instead of being dropped silently.
import type { MaintenanceWindow } from '@/lib/api/common/schema';
import { shellQuote } from '@/lib/export/curl';
import { subjectName, type ExportSubject } from '@/lib/export/subject';

export const IONOSCTL_VERSION = 'v6.9.1';

/**
 * One `--labels`/`--annotations` value for pflag's stringToString: with a single `=` it takes the pair as it is
 * (but trims `"` at both ends); with more it reads the pair as a CSV record, so quotes and commas need CSV quoting.
 * Returns undefined for the values the flag cannot carry exactly.
 */
export function keyValueFlag(key: string, value: string): string | undefined {
  const pair = `${key}=${value}`;
  if (pair.split('=').length === 2) return pair.startsWith('"') || pair.endsWith('"') ? undefined : pair;
  if (pair.includes('\r')) return undefined;
  return /[",\n]/.test(pair) ? `"${pair.replaceAll('"', '""')}"` : pair;
}

const windowFlags = (window: MaintenanceWindow) => [`--maintenance-day ${window.dayOfTheWeek}`, `--maintenance-time ${window.time}`];

function command(words: string[]): string {
  return words.join(' \\\n  ');
}

function mapFlags(flag: string, map: Record<string, string> | undefined, notes: string[]): string[] {
  return Object.entries(map ?? {}).flatMap(([key, value]) => {
    const pair = keyValueFlag(key, value);
    if (pair === undefined) {
      notes.push(`# Not expressible: ${flag} ${key} (its value cannot pass through the flag's KEY=VALUE parser); set it in the console.`);
      return [];
    }
    return [`${flag} ${shellQuote(pair)}`];
  });
}

export function ionosctlSnippet(subject: ExportSubject): string {
  const notes: string[] = [];
  let words: string[];
  let getCommand: string;
  if (subject.kind === 'cluster') {
    const p = subject.body.properties;
    words = ['ionosctl dataplatform cluster create', `--name ${shellQuote(p.name)}`, `--datacenter-id ${p.datacenterId}`];
    if (p.dataPlatformVersion) words.push(`--version ${shellQuote(p.dataPlatformVersion)}`);
    if (p.maintenanceWindow) words.push(...windowFlags(p.maintenanceWindow));
    else notes.push('# ionosctl requires --maintenance-day and --maintenance-time: add the window you want.');
    if (p.lans && p.lans.length > 0) {
      const lans = p.lans.map((lan) => `${lan.lanId}${lan.routes?.length ? ` (${lan.routes.length} route${lan.routes.length > 1 ? 's' : ''})` : ''}`);
      notes.push(`# Not expressible: ionosctl has no flags for LANs. Attach LAN ${lans.join(', LAN ')} with the console, curl or Terraform.`);
    }
    getCommand = 'ionosctl dataplatform cluster get --cluster-id <cluster-id>';
  } else {
    const p = subject.body.properties;
    words = [
      'ionosctl dataplatform nodepool create',
      `--cluster-id ${subject.clusterId ?? '<cluster-id>'}`,
      `--name ${shellQuote(p.name)}`,
      `--node-count ${p.nodeCount}`,
      `--cpu-family ${shellQuote(p.cpuFamily)}`,
      `--cores ${p.coresCount}`,
      `--ram ${p.ramSize}`,
      `--storage-type ${p.storageType}`,
      `--storage-size ${p.storageSize}`,
    ];
    if (p.maintenanceWindow) words.push(...windowFlags(p.maintenanceWindow));
    words.push(...mapFlags('--labels', p.labels, notes), ...mapFlags('--annotations', p.annotations, notes));
    if (p.availabilityZone !== 'AUTO') {
      notes.push(
        `# Not expressible: availability zone ${p.availabilityZone}. --availability-zone is broken in ${IONOSCTL_VERSION}, so the API picks (AUTO).`,
      );
    }
    if (p.autoScaling) {
      notes.push(
        `# Not expressible: autoscaling ${p.autoScaling.minNodeCount}–${p.autoScaling.maxNodeCount} nodes. ionosctl has no flags for it; set it in the console, curl or Terraform.`,
      );
    }
    getCommand = `ionosctl dataplatform nodepool get --cluster-id ${subject.clusterId ?? '<cluster-id>'} --nodepool-id <nodepool-id>`;
  }
  return [
    '#!/bin/sh',
    `# ionosctl ${IONOSCTL_VERSION}: the last release with Data Platform commands (v6.9.2 removed them in August 2025).`,
    '# Credentials come from the environment: IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD.',
    `# Creates the ${subject.kind === 'cluster' ? 'cluster' : 'node pool'} ${subjectName(subject)}.`,
    ...notes,
    command(words),
    `# --wait-for-request does nothing for these commands: poll \`${getCommand}\` until the state is AVAILABLE.`,
    '',
  ].join('\n');
}
