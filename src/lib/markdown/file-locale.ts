import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import type { Locale } from '../../i18n/locales.ts';
import { TRANSLATION_ROOT } from '../../i18n/translations.ts';
import { createT, type Translate } from '../../i18n/t.ts';

/** The language a content file is written in: translations live under `<contentRoot>/zh/`. */
export function fileLocale(fileURL: URL | undefined, contentRoot: string): Locale {
  if (!fileURL || fileURL.protocol !== 'file:') return 'en';
  const path = relative(contentRoot, fileURLToPath(fileURL));
  return path.split(sep)[0] === TRANSLATION_ROOT && !path.startsWith('..') ? 'zh' : 'en';
}

/**
 * A Markdown plugin that writes interface text (control labels), in the language of
 * the file it compiles: `perFileLanguage(root, headingAnchors)` gives Chinese
 * labels to `content/zh/…` and English ones to everything else. One plugin per
 * language is made up front; the factory only picks one for each file.
 */
export function perFileLanguage(contentRoot: string, plugin: (t: Translate) => HastPluginEntry): HastPluginEntry {
  const byLocale: Record<Locale, HastPluginEntry> = { en: plugin(createT('en')), zh: plugin(createT('zh')) };
  return (ctx: PluginFactoryContext) => byLocale[fileLocale(ctx.fileURL, contentRoot)];
}
