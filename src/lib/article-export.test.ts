import { describe, expect, it } from 'vitest';
import type { Numbers } from '../schemas/numbers.ts';
import { articleMarkdown, faqPairs, markdownText, mdxToMarkdown } from './article-export.ts';
import { makeArticle } from './articles.ts';

const numbers: Numbers = {
  thresholds: {
    rtt: {
      name: 'Network round-trip time',
      zh: '往返时延',
      unit: 'ms',
      better: 'lower',
      good: 150,
      bad: 300,
      basis: 'rule-of-thumb',
      sources: [],
      terms: [],
    },
  },
  values: {
    'ice-failed': {
      name: 'ICE failed after',
      zh: 'ICE 失败',
      unit: 's',
      value: 15,
      approx: true,
      basis: 'default',
      sources: [],
      terms: [],
    },
  },
};

describe('mdxToMarkdown', () => {
  it('keeps prose and code, turns components into their text, captions and numbers included', () => {
    const body = [
      '## Fix it {#fix}',
      '',
      '<Callout type="warning" title="Check this first">',
      'Ask who hears the echo.',
      '</Callout>',
      '',
      '<Figure caption="Where the echo comes from.">',
      '  <EchoPath />',
      '</Figure>',
      '',
      '<MetricTable ids="rtt" caption="Thresholds" />',
      '',
      'ICE gives up after <Value id="ice-failed" />, press <kbd>Ctrl</kbd>.',
      '',
      '```js',
      '<Callout> stays inside code',
      '```',
    ].join('\n');
    expect(mdxToMarkdown(body, numbers)).toBe(
      [
        '## Fix it',
        '',
        '> **Warning: Check this first.**',
        '>',
        '> Ask who hears the echo.',
        '',
        '*Figure: Where the echo comes from.*',
        '',
        '**Thresholds**',
        '',
        '| Metric                  | Good     | Degraded   | Bad      |',
        '| ----------------------- | -------- | ---------- | -------- |',
        '| Network round-trip time | < 150 ms | 150–300 ms | > 300 ms |',
        '',
        'ICE gives up after ≈ 15 s, press `Ctrl`.',
        '',
        '```js',
        '<Callout> stays inside code',
        '```',
      ].join('\n'),
    );
  });

  it('keeps the caption of a figure that wraps a screenshot', () => {
    expect(mdxToMarkdown('<Figure caption="Settings screen.">\n![Settings](./a.png)\n</Figure>', numbers)).toBe(
      '![Settings](./a.png)\n\n*Figure: Settings screen.*',
    );
  });
});

describe('articleMarkdown', () => {
  it('escapes what the frontmatter carries: a hostile title stays one heading of plain text', () => {
    const article = makeArticle('content/guides/general/x.mdx', 'general/x.mdx', {
      id: 'KB-1999',
      title: 'Probe ## <script>alert(1)</script> [evil](https://evil.example/)',
      summary: 'A summary <img src=x onerror=alert(1)> that is long enough for the schema.',
      type: 'guide',
      platforms: ['web'],
      sdk: '*',
      tags: ['probe'],
      keywords: [],
      errorCodes: [],
      updated: new Date('2026-11-01'),
      reviewed: new Date('2026-11-01'),
      owner: 'docs-team',
      related: [],
      draft: false,
      redirectFrom: [],
      sources: [{ title: 'RFC 8489', url: 'https://www.rfc-editor.org/rfc/rfc8489' }],
    });
    const markdown = articleMarkdown(article, 'Body.', 'https://help.example.com/kb/1999/', numbers);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Probe ## \\<script>alert(1)\\</script> \\[evil]\\(https://evil.example/)');
    expect(markdown).not.toMatch(/(?<!\\)<(?:img|script)/);
    expect(markdown).toContain('1. [RFC 8489](https://www.rfc-editor.org/rfc/rfc8489)');
  });

  it('writes inline text that cannot become a link or HTML', () => {
    expect(markdownText('a [b](c) <d>')).toBe('a \\[b]\\(c) \\<d>');
  });
});

describe('faqPairs', () => {
  it('pairs each question heading with the text up to the next one', () => {
    expect(faqPairs('## Why?\n\nBecause.\n\n## How?\n\nLike this.\n')).toEqual([
      { question: 'Why?', answer: 'Because.' },
      { question: 'How?', answer: 'Like this.' },
    ]);
  });
});
