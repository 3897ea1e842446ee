import { describe, expect, it } from 'vitest';
import { faqPairs, mdxToMarkdown } from './article-export.ts';

describe('mdxToMarkdown', () => {
  it('keeps prose and code, turns components into their text', () => {
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
      '<MetricTable caption="Thresholds">',
      '<Metric name="RTT" good="< 150 ms" degraded="150–300 ms" bad="> 300 ms" />',
      '</MetricTable>',
      '',
      '```js',
      '<Callout> stays inside code',
      '```',
    ].join('\n');
    expect(mdxToMarkdown(body)).toBe(
      [
        '## Fix it {#fix}',
        '',
        '**Warning: Check this first.**',
        'Ask who hears the echo.',
        '',
        '- RTT: good < 150 ms, degraded 150–300 ms, bad > 300 ms',
        '',
        '```js',
        '<Callout> stays inside code',
        '```',
      ].join('\n'),
    );
  });
});

describe('faqPairs', () => {
  it('reads each ## question and the text up to the next one', () => {
    const body =
      '## Should a call be P2P?\n\nOften, with a **TURN** fallback.\n\n```js\nignored()\n```\n\n## How much data?\n\nAbout 11 MB per minute.\n';
    expect(faqPairs(body)).toEqual([
      { question: 'Should a call be P2P?', answer: 'Often, with a TURN fallback.' },
      { question: 'How much data?', answer: 'About 11 MB per minute.' },
    ]);
  });
});
