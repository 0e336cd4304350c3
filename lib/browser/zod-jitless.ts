// zod 4 probes `new Function('')` when it creates its first object schema, to decide whether to compile parsers;
// under the console's CSP (no 'unsafe-eval') that probe is a reported violation, so zod must parse without
// compiling ("jitless"). zod keeps its configuration on `globalThis.__zod_globalConfig` and adopts an object that
// is already there when it loads (zod/v4/core/core.js), so setting the flag there configures every zod the page
// loads later without importing zod: pages that use no zod (the sign-in page) do not ship it for this.

type ZodConfigHolder = { __zod_globalConfig?: Record<string, unknown> };

/** Makes every zod of this page parse without `new Function`; call before any zod module loads. */
export function configureZodJitless(holder: ZodConfigHolder = globalThis as ZodConfigHolder): void {
  (holder.__zod_globalConfig ??= {}).jitless = true;
}
