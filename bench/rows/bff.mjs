// The BFF's cost per call: the same read through the console and straight from the sandbox, interleaved, p50.
//
// Like for like: the sandbox answers uncompressed, so the goal's comparison asks the BFF for the same
// (`Accept-Encoding: identity`), and both sides move the same bytes; what is left is what the BFF adds. The same
// read asked as a browser asks it (gzip) is timed in the same interleaving and printed beside: there the client also
// inflates the answer, which on loopback costs more than the bytes it saves (README "Performance"). Beside them, the
// floor the issue set the goals by: a bare forwarder (bench/lib/forwarder.mjs, a Node server in a process of its own
// that `fetch`es the same URL with the same token and returns the text unchanged), so a figure says how much of the
// overhead is the extra hop itself.
import { benchFetch, consoleClient, interleaved, startForwarder, upstreamToken } from '../lib/stack.mjs';

export const title = 'BFF overhead (p50, BFF vs direct upstream, interleaved)';

const ms = (v) => `${v.toFixed(1)} ms`;

export async function run({ stack, clusters, users }) {
  const rows = [];
  const forwarderUrl = await startForwarder(stack.sandboxUrl);
  const cases = [
    { what: 'GET /versions', user: users.hundred, path: '/versions', goal: '≤ +2.5 ms', met: (bff, direct) => bff - direct <= 2.5 },
    {
      what: 'GET /clusters, 100 clusters',
      user: users.hundred,
      path: '/clusters',
      goal: '≤ +3 ms and ≤ 1.6×',
      met: (bff, direct) => bff - direct <= 3 && bff / direct <= 1.6,
    },
    {
      what: `GET /clusters, ${clusters} clusters`,
      user: users.many,
      path: '/clusters',
      goal: '≤ 1.4×',
      met: (bff, direct) => bff / direct <= 1.4,
    },
  ];
  for (const c of cases) {
    const client = consoleClient(stack.consoleUrl);
    await client.signIn(c.user);
    const token = await upstreamToken(stack.sandboxUrl, c.user);
    const viaBff = (encoding) => async () => {
      const res = await client.send(`/api/dataplatform${c.path}`, { headers: { accept: 'application/json', 'accept-encoding': encoding } });
      if (res.status !== 200) throw new Error(`BFF ${c.path}: HTTP ${res.status}`);
      await res.arrayBuffer();
    };
    // benchFetch, as the console client's send, so that every side pays the same client.
    const plain = (base, name) => async () => {
      const res = await benchFetch(`${base}/dataplatform${c.path}`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' } });
      if (res.status !== 200) throw new Error(`${name} ${c.path}: HTTP ${res.status}`);
      if (res.headers.has('content-encoding')) throw new Error(`${name} ${c.path}: answered ${res.headers.get('content-encoding')}, not identity`);
      await res.arrayBuffer();
    };
    const p50 = await interleaved(
      {
        bff: viaBff('identity'),
        direct: plain(stack.sandboxUrl, 'direct'),
        forwarder: plain(forwarderUrl, 'forwarder'),
        gzip: viaBff('gzip, deflate, br'),
      },
      { warmup: 30, iterations: c.path === '/clusters' && c.user === users.many ? 60 : 200 },
    );
    rows.push({
      what: c.what,
      value: ms(p50.bff),
      comparison:
        `direct ${ms(p50.direct)}: +${ms(p50.bff - p50.direct)}, ${(p50.bff / p50.direct).toFixed(2)}×; ` +
        `bare forwarder +${ms(p50.forwarder - p50.direct)}; gzip as a browser asks ${ms(p50.gzip)}, ${(p50.gzip / p50.direct).toFixed(2)}×`,
      goal: c.goal,
      met: c.met(p50.bff, p50.direct),
    });
  }
  return rows;
}
