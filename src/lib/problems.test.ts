import { describe, expect, it } from 'vitest';
import { formatGithubAnnotation, formatProblem, type Problem } from './problems.ts';

const problem: Problem = {
  file: 'content/guides/general/a,b.mdx',
  line: 12,
  column: 3,
  rule: 'link',
  message: '"/kb/9999/" does not match any page: 100% sure\nnext line',
  severity: 'error',
};

describe('problem output', () => {
  it('prints path:line:column  rule  message for people', () => {
    expect(formatProblem({ ...problem, severity: 'warning' })).toBe(
      'content/guides/general/a,b.mdx:12:3  link (warning)  "/kb/9999/" does not match any page: 100% sure\nnext line',
    );
  });

  it('prints a GitHub annotation that the runner parses onto the right line', () => {
    expect(formatGithubAnnotation(problem)).toBe(
      '::error file=content/guides/general/a%2Cb.mdx,line=12,col=3,title=link::"/kb/9999/" does not match any page: 100%25 sure%0Anext line',
    );
  });
});
