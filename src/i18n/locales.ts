/**
 * The site's languages. English lives at `/`, Chinese at `/zh/`; every page exists in
 * both, with the same path after the prefix, so `localizedPath()` is all it takes to
 * move between them.
 */
export const LOCALES = {
  en: { lang: 'en', prefix: '', label: 'English' },
  zh: { lang: 'zh-CN', prefix: '/zh', label: '简体中文' },
} as const;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

/** The locale of a site path (without the base): `/zh/kb/1301/` → `zh`. */
export function localeOf(path: string): Locale {
  return path === '/zh' || path.startsWith('/zh/') ? 'zh' : 'en';
}

/** The same page in another language: `/kb/1301/` → `/zh/kb/1301/` and back. */
export function localizedPath(path: string, locale: Locale): string {
  const bare = localeOf(path) === 'zh' ? path.slice('/zh'.length) || '/' : path;
  return `${LOCALES[locale].prefix}${bare}`;
}
