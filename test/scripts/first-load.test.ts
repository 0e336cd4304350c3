import { describe, expect, it } from 'vitest';
import { firstLoadScripts } from '@/scripts/lib/first-load.mjs';

describe('firstLoadScripts', () => {
  it('takes script sources and preloaded scripts under /_next/static, once each, in order', () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/style.css"/>',
      '<link rel="preload" as="font" href="/_next/static/media/font.woff2"/>',
      '<script src="/_next/static/chunks/b.js" async="" nonce="n"></script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script src="https://elsewhere.example/x.js"></script>',
      '<script nonce="n">self.__next_f.push([1,"x"])</script>',
      '<script src="/_next/static/chunks/c.js?dpl=1&amp;v=2"></script>',
    ].join('');
    expect(firstLoadScripts(html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js', '/_next/static/chunks/c.js?dpl=1&v=2']);
  });
});
