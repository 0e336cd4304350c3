// Figures for the clusters list with many clusters: what the browser does per poll and per click.
// Run: npx tsx bench/cluster-list.bench.ts [count]   (default 500)
// Only pure functions are timed: parsing the API answer, filter + sort + page, formatting one page.
import { formatRelativeTime } from '@/lib/format/date-time';
import { maintenanceWindowTimes } from '@/lib/format/maintenance-window';
import { applyListView, DEFAULT_VIEW, parseListView, serializeListView, type ListView } from '@/components/clusters/list/list-view';
import { clusterListResponseSchema, type ClusterResponse } from '@/lib/api/clusters/schema';
import { DAYS_OF_THE_WEEK, RESOURCE_STATES } from '@/lib/api/common/schema';

const COUNT = Number(process.argv[2] ?? 500);
const VERSIONS = ['24.3', '24.7', '24.11', '25.3'];

function fakeCluster(i: number): ClusterResponse {
  const id = `5eedc100-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const version = VERSIONS[i % VERSIONS.length]!;
  return {
    id,
    type: 'cluster',
    href: `/dataplatform/clusters/${id}`,
    metadata: {
      ETag: `etag-${i}`,
      createdDate: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString().replace('.000', ''),
      createdBy: i % 3 ? 'user@sandbox.test' : 'admin@sandbox.test',
      lastModifiedDate: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString().replace('.000', ''),
      currentDataPlatformVersion: version,
      availableUpgradeVersions: VERSIONS.slice(VERSIONS.indexOf(version) + 1),
      state: RESOURCE_STATES[i % 7 === 0 ? i % RESOURCE_STATES.length : 0],
    },
    properties: {
      name: `cluster-${(i * 7919) % 100_000}-${i}`,
      dataPlatformVersion: version,
      datacenterId: '0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e01',
      maintenanceWindow: { dayOfTheWeek: DAYS_OF_THE_WEEK[i % 7]!, time: `${String(i % 24).padStart(2, '0')}:30:00` },
      lans: [],
    },
  };
}

function measure(label: string, runs: number, fn: () => unknown) {
  for (let i = 0; i < 5; i++) fn(); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(`${label.padEnd(58)} median ${at(0.5).toFixed(3).padStart(8)} ms   p95 ${at(0.95).toFixed(3).padStart(8)} ms`);
}

const answer = JSON.stringify({ id: 'clusters', type: 'collection', items: Array.from({ length: COUNT }, (_, i) => fakeCluster(i)) });
const clusters = clusterListResponseSchema.parse(JSON.parse(answer)).items;
const views: [string, ListView][] = [
  ['name asc, page 1', DEFAULT_VIEW],
  ['name desc, page 10', { ...DEFAULT_VIEW, dir: 'desc', page: 10 }],
  ['version desc', { ...DEFAULT_VIEW, sort: 'version', dir: 'desc' }],
  ['created desc', { ...DEFAULT_VIEW, sort: 'created', dir: 'desc' }],
  ['state asc', { ...DEFAULT_VIEW, sort: 'state' }],
  ['state = FAILED, name asc', { ...DEFAULT_VIEW, state: 'FAILED' }],
];

console.log(`Clusters list with ${COUNT} clusters (${(answer.length / 1024).toFixed(0)} KiB of JSON), Node ${process.version}\n`);
measure('per poll: JSON.parse + zod parse of the list answer', 50, () => clusterListResponseSchema.parse(JSON.parse(answer)));
for (const [label, view] of views) measure(`per click: filter + sort + page (${label})`, 200, () => applyListView(clusters, view));
const page = applyListView(clusters, DEFAULT_VIEW).rows;
const now = Date.now();
measure('per render: format one page (maintenance window, created)', 200, () =>
  page.map((c) => [maintenanceWindowTimes(c.properties.maintenanceWindow!, 'Europe/Berlin', now), formatRelativeTime(c.metadata.createdDate!, now)]),
);
measure('per navigation: parse + serialize the URL', 1000, () =>
  serializeListView(parseListView(new URLSearchParams('name=cluster&state=FAILED&sort=created&dir=desc&page=3')).view),
);
