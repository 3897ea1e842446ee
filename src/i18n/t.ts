import type { Locale } from './locales.ts';
import { en, type UiKey } from './ui/en.ts';
import { zh } from './ui/zh.ts';

const DICTIONARIES: Record<Locale, Record<UiKey, string>> = { en, zh };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** A `t()` for one language: `t('search.results', { count: 3 })`. Components ask it and never branch on the language. */
export function createT(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, params) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      params && name in params ? String(params[name]) : match,
    );
}

/**
 * Splits translated text at its `{name}` placeholders, so a template can put markup
 * there (a link) without building HTML strings: `Check the {link} first` →
 * `['Check the ', { param: 'link' }, ' first']`.
 */
export function splitParams(text: string): (string | { param: string })[] {
  return text
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{\w+\}$/.test(part) ? { param: part.slice(1, -1) } : part));
}
