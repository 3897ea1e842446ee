import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import type { Locale } from '../../i18n/locales.ts';
import { TRANSLATION_ROOT } from '../../i18n/translations.ts';
import { createT, type Translate } from '../../i18n/t.ts';

/**
 * The language a Markdown file is written in: Chinese under the `zh/` folder of one of
 * `roots` (translations in `<contentRoot>/zh/`, the Chinese writer examples of
 * `/zh/writing/`), English elsewhere.
 */
export function fileLocale(fileURL: URL | undefined, roots: string | readonly string[]): Locale {
  if (!fileURL || fileURL.protocol !== 'file:') return 'en';
  const file = fileURLToPath(fileURL);
  const chinese = (root: string) => {
    const path = relative(root, file);
    return path.split(sep)[0] === TRANSLATION_ROOT && !path.startsWith('..');
  };
  return [roots].flat().some(chinese) ? 'zh' : 'en';
}

/**
 * A Markdown plugin that writes interface text (control labels), in the language of
 * the file it compiles: `perFileLanguage(root, headingAnchors)` gives Chinese
 * labels to `content/zh/…` and English ones to everything else. One plugin per
 * language is made up front; the factory only picks one for each file.
 */
export function perFileLanguage(
  roots: string | readonly string[],
  plugin: (t: Translate) => HastPluginEntry,
): HastPluginEntry {
  const byLocale: Record<Locale, HastPluginEntry> = { en: plugin(createT('en')), zh: plugin(createT('zh')) };
  return (ctx: PluginFactoryContext) => byLocale[fileLocale(ctx.fileURL, roots)];
}
