// scripts/lib/chromium.mjs (README "Decisions": browser tests without animation, and a fair Chromium): as root, the
// Chromium the e2e tests and the benchmark launch has no thread above nice 0, so no browser's frame work outranks
// another browser's page. Chromium started plainly as root runs its browser, GPU and compositor threads at -8.
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '@/scripts/lib/chromium.mjs';

/** The processes under `root` (itself included), from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = statFields(`/proc/${entry}/stat`)?.[1];
    if (parent !== undefined) parents.set(Number(entry), Number(parent));
  }
  const tree = [root];
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.includes(parent) && !tree.includes(pid)) {
        tree.push(pid);
        grew = true;
      }
    }
  }
  return tree;
}

/** The fields of a /proc stat file after the command name (which may hold spaces): [state, ppid, …]; null once gone. */
function statFields(path: string): string[] | null {
  try {
    const stat = readFileSync(path, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The nice value of every thread of these processes (field 19 of each thread's stat). */
function threadNiceValues(pids: number[]): number[] {
  return pids.flatMap((pid) => {
    let threads: string[] = [];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      return [];
    }
    return threads.flatMap((tid) => {
      const nice = statFields(`/proc/${pid}/task/${tid}/stat`)?.[16];
      return nice === undefined ? [] : [Number(nice)];
    });
  });
}

describe('chromiumLaunchOptions', () => {
  // Only root (CAP_SYS_NICE) can raise a priority: as any other user Chromium cannot, and the options launch it plainly.
  it.skipIf(process.getuid?.() !== 0)('as root, start a Chromium with no thread above nice 0, animating page and all', async () => {
    const server = await chromium.launchServer(chromiumLaunchOptions);
    try {
      const browser = await chromium.connect(server.wsEndpoint());
      const page = await browser.newPage();
      await page.setContent('<style>@keyframes pulse { 50% { opacity: 0.5 } } p { animation: pulse 1s infinite }</style><p>Deploying</p>');
      await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(1);
      const browserPid = server.process().pid;
      expect(browserPid).toBeDefined();
      const values = threadNiceValues(processTree(browserPid!));
      // The browser, its GPU process, the network service and the page's renderer, each with many threads.
      expect(values.length).toBeGreaterThan(50);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
      await browser.close();
    } finally {
      await server.close();
    }
  });
});
