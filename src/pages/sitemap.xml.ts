import type { APIRoute } from 'astro';
import { absolute, loadSiteData } from '../data/site.ts';
import { formatDate } from '../lib/labels.ts';
import { sitePages } from '../lib/routes.ts';

/** Every indexable page; wizard inner steps and redirect stubs are left out. */
export const GET: APIRoute = async () => {
  const { catalog, trees } = await loadSiteData();
  const lastModified = new Map(catalog.articles.map((article) => [article.path, formatDate(article.data.updated)]));
  const urls = sitePages(catalog, trees)
    .filter((page) => page.kind !== 'wizard-step')
    .map((page) => {
      const lastmod = lastModified.get(page.path);
      return `  <url><loc>${absolute(page.path)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
    });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
