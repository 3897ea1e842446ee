/**
 * The content check predicts what the build writes (routes, heading anchors) without
 * building. These tests hold the prediction to the built site, so the check can never
 * pass a link the site cannot serve, or fail one it can.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { model, siteModel } from './content.ts';
import { expect, test } from './fixtures.ts';

const dist = () => process.env.KB_E2E_DIST!;

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${relative('.', file.replaceAll('\\', '/')).replace(/index\.html$/, '')}`);
}

test('the routes the check knows are exactly the pages the build wrote (redirect stubs aside)', () => {
  const redirects = new Set(siteModel.redirects.map((redirect) => redirect.from));
  const built = htmlPages(dist()).filter((path) => !redirects.has(path));
  expect(built.sort()).toEqual([...siteModel.pagePaths].sort());
});

test('the heading anchors the check predicts are the ids the built pages have', () => {
  for (const source of model.articles) {
    const article = source.article;
    if (!article || article.data.draft) continue;
    const html = readFileSync(join(dist(), article.path, 'index.html'), 'utf8');
    const start = html.search(/<div class="prose"/);
    const end = [html.indexOf('<section class="sources"', start), html.indexOf('</article>', start)].filter(
      (at) => at > 0,
    );
    const prose = html.slice(start, Math.min(...end));
    const built = [...prose.matchAll(/<h[2-6] id="([^"]+)"/g)].map((match) => match[1]);
    const predicted = (source.facts?.headings ?? [])
      .filter((heading) => heading.depth >= 2)
      .map((heading) => heading.anchor);
    expect(built, article.id).toEqual(predicted);
  }
});
