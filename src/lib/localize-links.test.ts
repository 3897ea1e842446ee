import { describe, expect, it } from 'vitest';
import { localizeLinks } from './localize-links.ts';
import { hasChinese } from './routes.ts';

describe('localizeLinks', () => {
  it('sends links of a Chinese page to Chinese pages, anchors and queries kept', () => {
    const html = '<a class="x" href="/voice-rooms/echo/#fix">a</a><form action="/search/" role="search"></form>';
    expect(localizeLinks(html, '/', hasChinese)).toBe(
      '<a class="x" href="/zh/voice-rooms/echo/#fix">a</a><form action="/zh/search/" role="search"></form>',
    );
  });

  it('sends the browsing lists and their later pages to their Chinese twins too', () => {
    const html = ['/tags/', '/tags/echo/2/', '/platforms/ios/', '/voice-rooms/type/guide/2/', '/writing/']
      .map((path) => `<a href="${path}">x</a>`)
      .join('');
    expect(localizeLinks(html, '/', hasChinese)).toBe(html.replaceAll('href="/', 'href="/zh/'));
  });

  it('keeps the base path in front', () => {
    expect(localizeLinks('<a href="/help/kb/1301/">x</a>', '/help/', hasChinese)).toBe(
      '<a href="/help/zh/kb/1301/">x</a>',
    );
  });

  it('leaves links that name their language, other sites and assets alone', () => {
    const html = [
      '<a href="/kb/1301/" hreflang="en">English</a>',
      '<a href="https://example.com/">x</a>',
      '<a href="/kb/1301.md">md</a>',
      '<a href="/zh/kb/1301/">zh</a>',
      '<a href="//evil.example/">x</a>',
    ].join('');
    expect(localizeLinks(html, '/', hasChinese)).toBe(html);
  });

  it('leaves links to pages without a Chinese twin English', () => {
    const englishOnly = (path: string) => !path.startsWith('/tools/');
    const html = '<a href="/tools/x/">tool</a><a href="/kb/1301/">kb</a>';
    expect(localizeLinks(html, '/', englishOnly)).toBe('<a href="/tools/x/">tool</a><a href="/zh/kb/1301/">kb</a>');
  });
});
