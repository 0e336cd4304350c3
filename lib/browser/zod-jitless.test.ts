import { describe, expect, it } from 'vitest';
import { configureZodJitless } from '@/lib/browser/zod-jitless';

describe('configureZodJitless', () => {
  it('sets the flag zod reads, on the object zod keeps its configuration in', async () => {
    configureZodJitless();
    // The same object, so the flag set before zod loaded is zod's own configuration afterwards.
    const { z } = await import('zod');
    expect(z.config()).toBe((globalThis as { __zod_globalConfig?: object }).__zod_globalConfig);
    expect(z.config().jitless).toBe(true);
  });

  it('keeps what is already configured', () => {
    const holder = { __zod_globalConfig: { customError: 'kept' } as Record<string, unknown> };
    configureZodJitless(holder);
    expect(holder.__zod_globalConfig).toEqual({ customError: 'kept', jitless: true });
  });
});
