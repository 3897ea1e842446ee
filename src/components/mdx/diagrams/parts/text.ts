import type { Locale } from '../../../../i18n/locales.ts';
import { pageLocale } from '../../../../i18n/page.ts';

/**
 * A diagram's words in every language, in one object: the English text sets the shape
 * (`T` is inferred from it alone), so a translation that misses a label, or has one the
 * English lacks, does not compile. The drawing stays one: only the words change.
 */
export type DiagramText<T> = { en: T } & { [L in Exclude<Locale, 'en'>]: NoInfer<T> };

/** The words for the page being rendered, by its URL (`/zh/…` is Chinese), as every writer component does. */
export function diagramText<T>(url: URL, text: DiagramText<T>): T {
  return text[pageLocale(url)];
}

/**
 * Texts that take a fixed number of places in the drawing (the lines of one label, one row
 * per stage), typed as a tuple: a translation must have exactly as many.
 */
export function tuple<T extends unknown[]>(...items: T): T {
  return items;
}

const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/u;
/** Characters Chinese text runs together: Han, and the curly quotes it uses. */
const CHINESE = /[\p{Script=Han}“”‘’]/u;

/**
 * A long text (a `<desc>`) written over several source lines, as one line: a line break
 * is a space between words, and nothing next to Chinese punctuation or between two
 * Chinese characters, where a space would be read as a pause.
 */
export function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, (gap: string, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + gap.length] ?? '';
    const punctuation = CJK_PUNCTUATION.test(before) || CJK_PUNCTUATION.test(after);
    return punctuation || (CHINESE.test(before) && CHINESE.test(after)) ? '' : ' ';
  });
}
