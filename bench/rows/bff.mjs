// The BFF's cost per call: the same read through the console and straight from the sandbox, interleaved, p50.
import { consoleClient, sideBySide, upstreamToken } from '../lib/stack.mjs';

export const title = 'BFF overhead (p50, BFF vs direct upstream, interleaved)';

const ms = (v) => `${v.toFixed(1)} ms`;

export async function run({ stack, clusters, users }) {
  const rows = [];
  const cases = [
    { what: 'GET /versions', user: users.hundred, path: '/versions', goal: '≤ +2.5 ms', met: (d) => d.a - d.b <= 2.5 },
    {
      what: 'GET /clusters, 100 clusters',
      user: users.hundred,
      path: '/clusters',
      goal: '≤ +3 ms and ≤ 1.6×',
      met: (d) => d.a - d.b <= 3 && d.a / d.b <= 1.6,
    },
    { what: `GET /clusters, ${clusters} clusters`, user: users.many, path: '/clusters', goal: '≤ 1.4×', met: (d) => d.a / d.b <= 1.4 },
  ];
  for (const c of cases) {
    const client = consoleClient(stack.consoleUrl);
    await client.signIn(c.user);
    const token = await upstreamToken(stack.sandboxUrl, c.user);
    const viaBff = async () => {
      const res = await client.send(`/api/dataplatform${c.path}`, { headers: { accept: 'application/json' } });
      if (res.status !== 200) throw new Error(`BFF ${c.path}: HTTP ${res.status}`);
      await res.arrayBuffer();
    };
    const direct = async () => {
      const res = await fetch(`${stack.sandboxUrl}/dataplatform${c.path}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`direct ${c.path}: HTTP ${res.status}`);
      await res.arrayBuffer();
    };
    const d = await sideBySide(viaBff, direct, { warmup: 30, iterations: c.path === '/clusters' && c.user === users.many ? 60 : 200 });
    rows.push({
      what: c.what,
      value: ms(d.a),
      comparison: `direct ${ms(d.b)}: +${ms(d.a - d.b)}, ${(d.a / d.b).toFixed(2)}×`,
      goal: c.goal,
      met: c.met(d),
    });
  }
  return rows;
}
