// What a page makes the browser load at first: the JS files its server-rendered HTML names. Shared by the
// benchmark (bench/rows/bundle.mjs: their gzip size) and the e2e check that the sign-in page ships no zod.

/**
 * zod 4's message for a wrong type (zod/v4/locales/en.js, also in zod/v4/core/errors.js): in every bundle that
 * contains zod's default error map, which parsing needs, and in no other package of this console.
 */
export const ZOD_MARKER = 'Invalid input: expected';

/**
 * The JS files the HTML loads at first: <script src> and preloaded scripts under /_next/static, in order, once
 * each; not the `nomodule` polyfills, which a browser that runs the console never loads.
 */
export function firstLoadScripts(html) {
  const urls = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const url = isScript ? attr('src') : attr('href');
    if (!url || !url.includes('/_next/static/') || !/\.js(\?|$)/.test(url)) continue;
    if (isScript && /\snomodule\b/i.test(tag)) continue;
    if (!isScript && !(/^(preload|modulepreload)$/i.test(attr('rel') ?? '') && (attr('as') ?? 'script') === 'script')) continue;
    urls.add(url.replaceAll('&amp;', '&'));
  }
  return [...urls];
}
