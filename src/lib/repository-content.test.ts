/**
 * The knowledge base's own content, held to what the content issue promised:
 * enough articles per scenario, Chinese text, diagrams, troubleshooters whose
 * every path ends somewhere useful, and a clean content check.
 */
import { describe, expect, it } from 'vitest';
import { createCheckContext, runChecks } from './checks/index.ts';
import { loadContent, validTrees } from './content-model.ts';
import { formatProblem } from './problems.ts';
import { SCENARIO_IDS } from './sections.ts';
import { loadSiteConfig } from './site-config.ts';
import { enumeratePaths } from './wizard/steps.ts';

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

  it('links every article to at least two others', () => {
    for (const article of published) expect(article.data.related.length, article.id).toBeGreaterThanOrEqual(2);
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

  it('has 8 troubleshooters whose every path ends in an article or the ticket', () => {
    const trees = validTrees(model);
    expect(trees.length).toBeGreaterThanOrEqual(8);
    for (const tree of trees) {
      const paths = enumeratePaths(tree.data);
      expect(paths.length, tree.id).toBeGreaterThan(2);
      expect(paths.every((path) => path.ending === 'articles' || path.ending === 'ticket')).toBe(true);
    }
  });
});
