// A throwaway PostgreSQL server from Debian's binaries (package `postgresql`), for tests and e2e: a new data
// directory in a temp dir, TCP on 127.0.0.1 only with trust authentication, no Unix socket, durability off (the data
// is thrown away), one database created before the port opens. stop() shuts it down and deletes the directory.
import { spawn } from 'node:child_process';
import { accessSync, chownSync, constants, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const INSTALL_HINT =
  "PostgreSQL's server binaries (initdb, postgres) were not found on PATH nor under /usr/lib/postgresql/*/bin: install Debian's package: apt-get install -y postgresql";

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The directory with initdb and postgres: PATH first (links resolved), then the newest /usr/lib/postgresql/<v>/bin. */
export function findPostgresBin({ searchPath = process.env.PATH ?? '', debianRoot = '/usr/lib/postgresql' } = {}) {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const initdb = path.join(dir, 'initdb');
    if (!executable(initdb)) continue;
    const real = path.dirname(realpathSync(initdb));
    if (executable(path.join(real, 'postgres'))) return real;
  }
  let versions = [];
  try {
    versions = readdirSync(debianRoot).sort((a, b) => Number(b) - Number(a));
  } catch {
    // no Debian PostgreSQL at all
  }
  for (const version of versions) {
    const dir = path.join(debianRoot, version, 'bin');
    if (executable(path.join(dir, 'initdb')) && executable(path.join(dir, 'postgres'))) return dir;
  }
  return null;
}

/** PostgreSQL refuses to run as root: as root, run it as Debian's `postgres` system user. */
function serverUser() {
  if (process.getuid?.() !== 0) return {};
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line)
    throw new Error(
      "PostgreSQL cannot run as root and there is no 'postgres' user: install Debian's package (apt-get install -y postgresql) or run as another user.",
    );
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

const DIR_PREFIX = 'console-postgres-';

/**
 * Deletes the directories of servers that were killed without stop() (SIGKILL: Playwright ends its web servers that
 * way unless told otherwise): their postmaster is gone. A directory without a postmaster.pid is left for 10 minutes
 * (initdb may be running in it).
 */
function sweepStaleDirs() {
  for (const name of readdirSync(os.tmpdir())) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      let pid;
      try {
        pid = Number(readFileSync(path.join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
      } catch {
        if (Date.now() - statSync(dir).mtimeMs > 600_000) rmSync(dir, { recursive: true, force: true });
        continue;
      }
      try {
        process.kill(pid, 0);
      } catch (error) {
        if (error.code === 'ESRCH') rmSync(dir, { recursive: true, force: true });
      }
    } catch {
      // another process swept it first
    }
  }
}

function run(command, args, options, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${path.basename(command)} failed (${code}):\n${output}`))));
    child.stdin.end(input ?? '');
  });
}

/**
 * Starts a server on 127.0.0.1:`port` with database `database` (user postgres, no password).
 * @returns {Promise<{ url: string, adminUrl: string, dir: string, stop: () => Promise<void>, exited: Promise<number | null> }>}
 */
export async function startPostgres({ port, database = 'console', startTimeoutMs = 30_000, search }) {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Database name "${database}": lower-case letters, digits and _ only.`);
  const bin = findPostgresBin(search);
  if (!bin) throw new Error(INSTALL_HINT);
  const user = serverUser();
  sweepStaleDirs();
  const dir = mkdtempSync(path.join(os.tmpdir(), DIR_PREFIX));
  const data = path.join(dir, 'data');
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  const options = { ...user, cwd: dir, env: { ...process.env, LC_ALL: 'C' } };
  try {
    if (user.uid !== undefined) chownSync(dir, user.uid, user.gid);
    await run(
      path.join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'],
      options,
    );
    writeFileSync(path.join(data, 'pg_hba.conf'), '# throwaway test server: trust, loopback TCP only\nhost all all 127.0.0.1/32 trust\n');
    await run(path.join(bin, 'postgres'), ['--single', '-D', data, '-c', 'fsync=off', 'postgres'], options, `CREATE DATABASE ${database};\n`);
  } catch (error) {
    cleanUp();
    throw error;
  }

  const settings = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: '',
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: '200',
  };
  const child = spawn(path.join(bin, 'postgres'), ['-D', data, ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])], {
    ...options,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  let output = '';
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`PostgreSQL did not start within ${startTimeoutMs / 1000} s:\n${output}`)), startTimeoutMs);
      const onData = (chunk) => {
        output += chunk;
        if (output.includes('database system is ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', (error) => reject(error));
      exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`PostgreSQL exited (${code}) while starting:\n${output}`));
      });
    });
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    cleanUp();
    throw error;
  }
  // Keep draining its log, or the pipe fills and the server blocks.
  child.stdout.resume();
  child.stderr.resume();

  let stopping;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    exited,
    stop() {
      stopping ??= (async () => {
        // SIGINT: PostgreSQL's fast shutdown (rolls back open transactions, closes connections).
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGINT');
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(timer);
        }
        cleanUp();
      })();
      return stopping;
    },
  };
}
