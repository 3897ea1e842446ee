/**
 * The knowledge base's own content, held to what the content issue promised:
 * enough articles per scenario, Chinese text, diagrams, troubleshooters whose
 * every path ends somewhere useful, and a clean content check.
 */
import { describe, expect, it } from 'vitest';
import { createCheckContext, runChecks } from './checks/index.ts';
import { loadContent, validTrees } from './content-model.ts';
import { formatProblem } from './problems.ts';
import { SCENARIO_IDS } from '../schemas/vocabulary.ts';
import { loadSiteConfig } from './site-config.ts';

const model = loadContent();
const context = createCheckContext(model, { site: loadSiteConfig() });
const published = context.catalog.articles;
const HAN = /\p{Script=Han}/u;

describe('repository content', () => {
  it('passes every content rule without errors or warnings (stale reviews aside)', () => {
    expect(
      runChecks(context)
        // Missing sources stay a warning while the audited articles get theirs; see checks/sources.ts.
        .filter(
          (problem) => problem.rule !== 'stale' && !(problem.rule === 'sources' && problem.severity === 'warning'),
        )
        .map(formatProblem),
    ).toEqual([]);
  });

  it('has at least 12 articles per scenario, of several types, and 10 support references', () => {
    for (const scenario of SCENARIO_IDS) {
      const articles = published.filter((article) => article.section === scenario);
      expect(articles.length, scenario).toBeGreaterThanOrEqual(12);
      expect(new Set(articles.map((article) => article.data.type)).size, scenario).toBeGreaterThanOrEqual(3);
    }
    expect(published.filter((article) => article.section === 'general').length).toBeGreaterThanOrEqual(10);
  });

  it('has Chinese text in the body of at least 8 articles, beyond keywords', () => {
    const withChinese = model.articles.filter((source) => HAN.test(source.text.replace(/^---[\s\S]*?\n---/, '')));
    expect(withChinese.length).toBeGreaterThanOrEqual(8);
  });

  it('uses at least 6 different diagrams, each inside a captioned figure', () => {
    const diagrams = new Set<string>();
    for (const source of model.articles) {
      for (const match of source.text.matchAll(/<Figure caption="[^"]{20,}">\s*<([A-Z]\w+) \/>\s*<\/Figure>/g))
        diagrams.add(match[1]!);
    }
    expect([...diagrams].length).toBeGreaterThanOrEqual(6);
  });

  it('holds at least 100 articles and 9 troubleshooters', () => {
    expect(published.length).toBeGreaterThanOrEqual(100);
    expect(validTrees(model).length).toBeGreaterThanOrEqual(9);
  });
});
