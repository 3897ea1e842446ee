import { localeOf, localizedPath, type Locale } from './locales.ts';

/**
 * The language of the page being rendered, from its URL: `/zh/…` is Chinese. Pages and
 * components ask this instead of taking a prop, so one template serves both languages.
 */
export function pageLocale(url: URL): Locale {
  return localeOf(sitePath(url.pathname));
}

/** A URL path without the site's base: `/help/zh/kb/1301/` → `/zh/kb/1301/`. */
export function sitePath(pathname: string, base = import.meta.env.BASE_URL): string {
  const prefix = base.replace(/\/$/, '');
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

export { localizedPath };
