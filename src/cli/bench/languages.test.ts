import { describe, expect, it } from 'vitest';
import { articleBody, logSeconds, pageParts, summarizeWeights, type PagePair } from './languages.ts';

const page = (body: string, chrome = '<nav>Menu</nav>') =>
  `<html><body>${chrome}<article><div class="prose" data-x><p>${body}</p><div class="heading"><h2>T</h2></div></div><footer>f</footer></article></body></html>`;

describe('page weights by language', () => {
  it('finds the article body up to its own closing tag', () => {
    expect(articleBody(page('Hello'))).toBe(
      '<div class="prose" data-x><p>Hello</p><div class="heading"><h2>T</h2></div></div>',
    );
    expect(articleBody('<p>no prose</p>')).toBe('');
  });

  it('splits a page into its body, its text and the rest', () => {
    const parts = pageParts(page('回声', '<a href="/new?title=%E5%9B%9E">x</a>'));
    expect(parts.textChars).toBe(3);
    expect(parts.textBytes).toBe(7);
    expect(parts.raw).toBe(parts.bodyRaw + parts.restRaw);
    expect(parts.urlEncodedRaw).toBe(9);
  });

  it('reports the median and the worst page, Chinese ÷ English', () => {
    const pair = (path: string, en: string, zh: string): PagePair => ({
      path,
      en: pageParts(page(en)),
      zh: pageParts(page(zh)),
    });
    const summary = summarizeWeights([
      pair('/a/', 'echo', 'echo'),
      pair('/b/', 'echo', '回声回声'),
      pair('/c/', 'echo and howling', '回声'),
    ]);
    expect(summary.pages).toBe(3);
    expect(summary.raw.median).toBe(1);
    expect(summary.raw.worstPath).toBe('/b/');
    expect(summary.raw.heavier).toBe(1);
    expect(summary.textChars.worst).toBe(1);
  });
});

describe('build log durations', () => {
  it('reads Astro and Vite durations in seconds', () => {
    expect(logSeconds('1m 42s')).toBe(102);
    expect(logSeconds('10.32s')).toBe(10.3);
    expect(logSeconds('237ms')).toBe(0.2);
    expect(logSeconds('soon')).toBeUndefined();
    expect(logSeconds(undefined)).toBeUndefined();
  });
});
