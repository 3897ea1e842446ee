import { LOCALES, type Locale } from '../../i18n/locales.ts';

/**
 * The numbers the diagnostics pages write themselves (chart summaries, file sizes,
 * timings), in the page's language: the island's locale, not the browser's, so a
 * Chinese page reads the same on an English system.
 */
export function formatNumber(value: number, locale: Locale, fractionDigits: { min?: number; max: number }): string {
  return new Intl.NumberFormat(LOCALES[locale].lang, {
    minimumFractionDigits: fractionDigits.min ?? 0,
    maximumFractionDigits: fractionDigits.max,
  }).format(value);
}

/** A file's size as a person reads it: one decimal in MB, whole kB below a megabyte, never "0 kB". */
export function formatSize(bytes: number, locale: Locale): string {
  const megabyte = 1024 * 1024;
  return bytes >= megabyte
    ? `${formatNumber(bytes / megabyte, locale, { min: 1, max: 1 })} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale, { max: 0 })} kB`;
}
