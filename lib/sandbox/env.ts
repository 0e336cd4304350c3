// The sandbox's environment, read and validated in one place (serve.ts, and an in-process start
// from the console's instrumentation if it wants the same settings).
import { z } from 'zod';
import { faultInputSchema } from '@/lib/sandbox/faults';
import { DEFAULT_PROVISION_SECONDS, type SandboxOptions } from '@/lib/sandbox/sandbox';

const faultsJson = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'SANDBOX_FAULTS is not valid JSON.' });
      return z.NEVER;
    }
  })
  .pipe(z.array(faultInputSchema));

const envSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  SANDBOX_PROVISION_SECONDS: z.coerce.number().min(0).max(3600).default(DEFAULT_PROVISION_SECONDS),
  SANDBOX_SEED: z.enum(['demo', 'empty']).default('demo'),
  SANDBOX_FAULTS: faultsJson.optional(),
  SANDBOX_TOKEN_SECRET: z.string().min(16).optional(),
  // E2E sets a canary (CANARY-KC-) so a kubeconfig that leaks into a log is found by grep.
  // Guards /__sandbox (faults, request log, reset); serve.ts makes and prints a random one when unset.
  SANDBOX_CONTROL_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{16,200}$/, '16 to 200 printable ASCII characters, no spaces.')
    .optional(),
  SANDBOX_KUBECONFIG_TOKEN_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'Letters, digits, - and _ only (at most 40).')
    .optional(),
});

export function readSandboxEnv(env: Record<string, string | undefined> = process.env): SandboxOptions & { port: number } {
  // Empty values count as unset, as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new Error(`Invalid sandbox environment:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  return {
    port: e.SANDBOX_PORT,
    provisionSeconds: e.SANDBOX_PROVISION_SECONDS,
    seed: e.SANDBOX_SEED,
    faults: e.SANDBOX_FAULTS,
    tokenSecret: e.SANDBOX_TOKEN_SECRET,
    kubeconfigTokenPrefix: e.SANDBOX_KUBECONFIG_TOKEN_PREFIX,
    controlToken: e.SANDBOX_CONTROL_TOKEN,
  };
}
