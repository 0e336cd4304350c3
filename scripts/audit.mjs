#!/usr/bin/env node
// DEP-01 (issue 5, item 13): `npm audit --omit=dev` must report no high or critical advisory. Prints a summary
// and exits 1 on findings, 2 when the registry's audit endpoint cannot be reached (as on machines whose
// registry mirror does not serve /-/npm/v1/security/advisories/bulk): then nothing was checked, and CI should say so.
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(result.stdout || '{}');
} catch {
  report = {};
}

if (report.message || report.error || !report.metadata) {
  const why = report.message || report.error?.summary || result.stderr.trim().split('\n').at(-1) || 'no answer';
  console.error(`npm audit could not run: ${why}`);
  console.error('The audit endpoint of the configured registry is not reachable; no advisory was checked.');
  process.exit(2);
}

const counts = report.metadata.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
for (const [name, item] of Object.entries(report.vulnerabilities ?? {})) {
  if (item.severity === 'high' || item.severity === 'critical') {
    const titles = (item.via ?? []).filter((v) => typeof v === 'object').map((v) => `${v.title} (${v.url})`);
    console.error(`  ${item.severity}: ${name} ${item.range} ${titles.join('; ')}${item.fixAvailable ? ' – fix available' : ''}`);
  }
}
if (serious > 0) {
  console.error(`${serious} high or critical advisories in production dependencies.`);
  process.exit(1);
}
console.log('No high or critical advisories in production dependencies.');
