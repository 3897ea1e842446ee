import { describe, expect, it } from 'vitest';
import { makeArticle } from './articles.ts';
import { PAGE_SIZE, buildCatalog, keyArticles, pagedPath, paginate, relatedArticles } from './catalog.ts';
import { sitePages } from './routes.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';

function article(id: string, section: string, related: string[] = [], extra: Partial<ArticleFrontmatter> = {}) {
  const data: ArticleFrontmatter = {
    id,
    title: `Article ${id}`,
    summary: 'A summary that is long enough to pass the schema for tests.',
    type: 'guide',
    platforms: ['web'],
    sdk: '*',
    tags: ['echo'],
    keywords: [],
    errorCodes: [],
    updated: new Date('2026-11-01'),
    reviewed: new Date('2026-11-01'),
    owner: 'docs-team',
    related,
    draft: false,
    redirectFrom: [],
    sources: [],
    ...extra,
  };
  return makeArticle(`content/guides/${section}/${id.toLowerCase()}.mdx`, `${section}/${id.toLowerCase()}.mdx`, data);
}

describe('article paths', () => {
  it('derives the canonical path and the short link from the file and id', () => {
    const echo = article('KB-1301', 'voice-rooms');
    expect(echo.path).toBe('/voice-rooms/kb-1301/');
    expect(echo.shortPath).toBe('/kb/1301/');
    expect(echo.number).toBe('1301');
  });
});

describe('catalog', () => {
  const all = [
    article('KB-1001', 'general', ['KB-1301']),
    article('KB-1301', 'voice-rooms', ['KB-1001', 'KB-1999']),
    article('KB-1302', 'voice-rooms', ['KB-1301']),
    article('KB-1303', 'voice-rooms', [], { draft: true }),
  ];
  const catalog = buildCatalog(all, ['KB-1302']);

  it('leaves drafts out', () => {
    expect(catalog.byId.has('KB-1303')).toBe(false);
    expect(catalog.bySection.get('voice-rooms')?.map((entry) => entry.id)).toEqual(['KB-1301', 'KB-1302']);
  });
  it('resolves related ids in order and skips unknown ones', () => {
    expect(relatedArticles(catalog, catalog.byId.get('KB-1301')!).map((entry) => entry.id)).toEqual(['KB-1001']);
  });
  it('ranks key articles by how often others and trees point at them', () => {
    expect(keyArticles(catalog, 2).map((entry) => entry.id)).toEqual(['KB-1301', 'KB-1001']);
  });
});

describe('pagination', () => {
  it('splits long lists and keeps page 1 at the plain path', () => {
    const pages = paginate(
      Array.from({ length: 120 }, (_, index) => index),
      50,
    );
    expect(pages.map((page) => [page.page, page.items.length])).toEqual([
      [1, 50],
      [2, 50],
      [3, 20],
    ]);
    expect(pagedPath('/tags/echo/', 1)).toBe('/tags/echo/');
    expect(pagedPath('/tags/echo/', 3)).toBe('/tags/echo/3/');
  });
});

describe('Chinese twins of the listing pages', () => {
  // One page more than fits: every listing continues on /2/.
  const many = Array.from({ length: PAGE_SIZE + 1 }, (_, index) => article(`KB-${1400 + index}`, 'voice-rooms'));
  const paths = sitePages(buildCatalog(many), [], [], ['en', 'zh']).map((page) => page.path);

  it('lists every page of the tag, platform and type listings, and the writers’ page, in Chinese', () => {
    for (const path of [
      '/tags/',
      '/tags/echo/2/',
      '/platforms/',
      '/platforms/web/2/',
      '/voice-rooms/type/guide/2/',
      '/writing/',
    ])
      expect(paths).toContain(`/zh${path}`);
  });
});
