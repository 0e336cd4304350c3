// Start-up of the production server: live mode without a session secret stops with a readable message; the
// address it listens on by default (loopback in sandbox mode, whose users and passwords are published).
import { spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { expect, SERIAL, test } from './fixtures';

// @serial: each test starts production servers of its own, whose start-up takes both cores for seconds; beside
// the parallel workers that starved their browsers (a page hydrating for more than the 10 s of an expect).

test('live mode without NEXTAUTH_SECRET refuses to start and says why', { tag: SERIAL }, () => {
  const env: NodeJS.ProcessEnv = { ...process.env, IONOS_API_URL: 'https://api.ionos.com', PORT: '3399' };
  delete env.NEXTAUTH_SECRET;
  delete env.AUTH_SECRET;
  const result = spawnSync('node', ['scripts/server.mjs'], { env, encoding: 'utf8', timeout: 30_000 });
  expect(result.status).not.toBe(0);
  expect(result.signal).toBeNull();
  expect(result.stderr + result.stdout).toContain('NEXTAUTH_SECRET is not set');
});

/** Starts scripts/server.mjs and resolves with its "ready on" line; the caller stops it. */
function startServer(env: NodeJS.ProcessEnv) {
  const child = spawn('node', ['scripts/server.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ready = new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = /\[console\] ready on .*/.exec(output)?.[0];
      if (line) resolve(line);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server.mjs exited (${code}) before it was ready:\n${output}`)));
  });
  return { ready, stop: () => child.kill('SIGTERM') };
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

// 127.0.0.2 is another loopback address: a server bound to 127.0.0.1 alone refuses it, one on all interfaces accepts it.
test('sandbox mode listens on 127.0.0.1 only unless HOST is set; live mode on all interfaces', { tag: SERIAL }, async () => {
  const base: NodeJS.ProcessEnv = { ...process.env, NEXTAUTH_SECRET: 'startup-spec-secret-0123456789abcdef012345' };
  for (const name of ['HOST', 'IONOS_API_URL', 'REDIS_URL', 'E2E_SERVER_LOG', '__NEXT_PROCESSED_ENV']) delete base[name];

  const sandbox = startServer({ ...base, PORT: '3481', SANDBOX_PORT: '4481' });
  try {
    expect(await sandbox.ready).toContain('ready on http://127.0.0.1:3481');
    expect(await accepts('127.0.0.1', 3481)).toBe(true);
    expect(await accepts('127.0.0.2', 3481)).toBe(false);
  } finally {
    sandbox.stop();
  }

  const everywhere = startServer({ ...base, PORT: '3482', SANDBOX_PORT: '4481', HOST: '0.0.0.0' });
  try {
    expect(await everywhere.ready).toContain('ready on http://0.0.0.0:3482');
    expect(await accepts('127.0.0.2', 3482)).toBe(true);
  } finally {
    everywhere.stop();
  }

  const live = startServer({ ...base, PORT: '3483', IONOS_API_URL: 'https://api.ionos.com' });
  try {
    expect(await live.ready).toContain('ready on http://localhost:3483 (all interfaces)');
    expect(await accepts('127.0.0.2', 3483)).toBe(true);
  } finally {
    live.stop();
  }
});
