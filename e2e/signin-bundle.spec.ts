// The sign-in page ships no console code (issue 10): none of the scripts its HTML loads at first contains zod,
// while a console page's do (so the marker is known to find zod where it is). Sizes are the benchmark's business
// (bench/rows/bundle.mjs); this checks only what is or is not there.
import type { APIRequestContext } from '@playwright/test';
import { firstLoadScripts, ZOD_MARKER } from '@/scripts/lib/first-load.mjs';
import { expect, NO_SESSION, test } from './fixtures';

/** The text of every script `path`'s HTML loads at first. */
async function firstLoadTexts(request: APIRequestContext, path: string): Promise<string[]> {
  const res = await request.get(path, { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  const scripts = firstLoadScripts(await res.text());
  expect(scripts.length).toBeGreaterThan(0);
  return Promise.all(scripts.map(async (url) => (await request.get(url)).text()));
}

test.describe('signed out', () => {
  test.use({ storageState: NO_SESSION });

  test('the sign-in page loads no zod and no react-query', async ({ request }) => {
    const texts = await firstLoadTexts(request, '/signin');
    expect(texts.filter((text) => text.includes(ZOD_MARKER))).toEqual([]);
    // react-query's own error for a component outside its provider.
    expect(texts.filter((text) => text.includes('No QueryClient set'))).toEqual([]);
  });
});

test.describe('signed in', () => {
  test.use({ signedInAs: 'member' });

  test('a console page does load zod and react-query (what the sign-in test looks for is findable)', async ({ request }) => {
    const texts = await firstLoadTexts(request, '/clusters');
    expect(texts.some((text) => text.includes(ZOD_MARKER))).toBe(true);
    expect(texts.some((text) => text.includes('No QueryClient set'))).toBe(true);
  });
});
