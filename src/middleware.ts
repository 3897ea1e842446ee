import { defineMiddleware } from 'astro:middleware';
import { pageLocale } from './i18n/page.ts';
import { localizeLinks } from './lib/localize-links.ts';
import { hasChinese } from './lib/routes.ts';

/** Chinese pages link to Chinese pages (lib/localize-links.ts); English pages pass through untouched. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (pageLocale(context.url) !== 'zh' || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = localizeLinks(await response.text(), import.meta.env.BASE_URL, hasChinese);
  return new Response(html, { status: response.status, headers: response.headers });
});
