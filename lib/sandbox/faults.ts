// Injected faults for the IONOS paths: latency, error statuses (with Retry-After) and dropped
// connections, each for a number of requests or until cleared. Never applied to /__sandbox.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

export const faultInputSchema = z
  .strictObject({
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'An HTTP method such as GET.')
      .optional(),
    /** A path prefix (`/dataplatform/clusters`) or a glob where `*` matches anything (`/dataplatform/*\/kubeconfig`). */
    path: z.string().startsWith('/', 'A path starts with /.'),
    status: z.int().min(400).max(599).optional(),
    retryAfter: z.int().min(0).optional(),
    latencyMs: z.int().min(0).max(120_000).optional(),
    times: z.int().min(1).optional(),
    drop: z.boolean().optional(),
  })
  .refine((f) => f.status !== undefined || f.latencyMs !== undefined || f.drop === true, {
    message: 'Give at least one of status, latencyMs or drop.',
    path: ['status'],
  });
export type FaultInput = z.input<typeof faultInputSchema>;

export interface Fault extends FaultInput {
  id: string;
  /** Requests left before the fault retires; absent when it lasts until cleared. */
  remaining?: number;
}

/**
 * Whether `path` matches a fault's path: a prefix, or with `*` a glob where `*` matches anything. Linear time:
 * the literal pieces between the wildcards are found left to right, each from where the previous one ended,
 * so the scan never goes back (a regex of `.*` pieces backtracks, and `/*0*0…*X` took seconds). `scan`
 * counts the characters the search passes, for tests.
 */
export function matchesFaultPath(pattern: string, path: string, scan: { chars: number } = { chars: 0 }): boolean {
  if (!pattern.includes('*')) return path.startsWith(pattern);
  const pieces = pattern.split('*');
  const head = pieces[0] ?? '';
  const tail = pieces[pieces.length - 1] ?? '';
  if (path.length < head.length + tail.length || !path.startsWith(head) || !path.endsWith(tail)) return false;
  const end = path.length - tail.length;
  let from = head.length;
  for (const piece of pieces.slice(1, -1)) {
    if (piece === '') continue;
    const at = path.indexOf(piece, from);
    scan.chars += (at === -1 ? path.length : at + piece.length) - from;
    if (at === -1 || at + piece.length > end) return false;
    from = at + piece.length;
  }
  return true;
}

export function createFaultRegistry() {
  let faults: Fault[] = [];

  return {
    add(input: FaultInput): Fault {
      const parsed = faultInputSchema.parse(input);
      const fault: Fault = { id: randomUUID(), ...parsed, ...(parsed.times ? { remaining: parsed.times } : {}) };
      faults.push(fault);
      return fault;
    },
    list(): Fault[] {
      return faults.map((f) => ({ ...f }));
    },
    remove(id: string): boolean {
      const before = faults.length;
      faults = faults.filter((f) => f.id !== id);
      return faults.length !== before;
    },
    clear(): void {
      faults = [];
    },
    /** The first fault matching the request, counted as used. */
    take(method: string, path: string): Fault | undefined {
      const fault = faults.find((f) => (!f.method || f.method.toUpperCase() === method.toUpperCase()) && matchesFaultPath(f.path, path));
      if (!fault) return undefined;
      if (fault.remaining !== undefined) {
        fault.remaining -= 1;
        if (fault.remaining <= 0) faults = faults.filter((f) => f !== fault);
      }
      return { ...fault };
    },
  };
}

export type FaultRegistry = ReturnType<typeof createFaultRegistry>;
