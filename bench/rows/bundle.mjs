// First-load JavaScript per page, as a browser gets it: every script the server-rendered HTML loads at once
// (scripts/lib/first-load.mjs), each fetched from the server and gzipped (zlib's default level), summed. Plus
// whether zod ships on /signin: its chunks are searched for one of zod's own error messages (ZOD_MARKER).
import { gzipSync } from 'node:zlib';
import { firstLoadScripts, ZOD_MARKER } from '../../scripts/lib/first-load.mjs';
import { consoleClient, fail, seedClusters } from '../lib/stack.mjs';

export const title = 'First-load JS per page (gzip, every script the HTML loads at once)';

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(0)} KB`;

/** Gzipped size of each first-load script of `pathname` (fetched with `send`), and their text. */
async function measure(send, pathname) {
  const res = await send(pathname, { headers: { accept: 'text/html' } });
  if (res.status !== 200) fail(`${pathname}: HTTP ${res.status}`);
  const scripts = firstLoadScripts(await res.text());
  if (scripts.length === 0) fail(`${pathname}: no script in the HTML`);
  const files = await Promise.all(
    scripts.map(async (url) => {
      const file = await send(url);
      if (file.status !== 200) fail(`${url}: HTTP ${file.status}`);
      const bytes = Buffer.from(await file.arrayBuffer());
      return { url, gzip: gzipSync(bytes).length, text: bytes.toString('utf8') };
    }),
  );
  return { total: files.reduce((sum, f) => sum + f.gzip, 0), files };
}

export async function run({ stack, users }) {
  const anonymous = consoleClient(stack.consoleUrl);
  const signedIn = consoleClient(stack.consoleUrl);
  await signedIn.signIn(users.hundred);
  const [clusterId] = await seedClusters(stack.sandboxUrl, users.hundred, 1, 'bench-bundle');

  const pages = [
    { what: '/signin (signed out)', send: anonymous.send, path: '/signin', goal: 180 },
    { what: '/clusters', send: signedIn.send, path: '/clusters', goal: 230 },
    { what: '/clusters/new', send: signedIn.send, path: '/clusters/new', goal: 260 },
    { what: "a cluster's page", send: signedIn.send, path: `/clusters/${clusterId}`, goal: null },
    { what: '/clusters/<id>/nodepools/new', send: signedIn.send, path: `/clusters/${clusterId}/nodepools/new`, goal: 260 },
  ];
  const rows = [];
  for (const page of pages) {
    const { total, files } = await measure(page.send, page.path);
    rows.push({
      what: `first-load JS ${page.what}`,
      value: kb(total),
      comparison: `${files.length} scripts`,
      goal: page.goal === null ? '' : `≤ ${page.goal} KB`,
      met: page.goal === null ? null : total <= page.goal * KB,
    });
    if (page.path === '/signin') {
      const withZod = files.filter((f) => f.text.includes(ZOD_MARKER));
      rows.push({
        what: 'zod on /signin',
        value: withZod.length ? `yes (${withZod.map((f) => f.url.split('/').pop()).join(', ')})` : 'no',
        comparison: `marker "${ZOD_MARKER}"`,
        goal: 'no',
        met: withZod.length === 0,
      });
    }
  }
  return rows;
}
