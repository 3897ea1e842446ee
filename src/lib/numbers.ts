import type { Level, NumberValue, Numbers, Threshold, Unit } from '../schemas/numbers.ts';

/**
 * Formatting and grading with `content/numbers.yaml`. Pure: the components, the
 * troubleshooter compiler, the check and the diagnostics all call these, so a
 * threshold reads the same everywhere it appears.
 */

/** Where the numbers live, relative to the content folder. */
export const NUMBERS_FILE = 'numbers.yaml';

export const LEVELS: readonly Level[] = ['good', 'degraded', 'bad'];

function amount(value: number, unit: Unit, locale: string): string {
  // Whole seconds read better than thousands of milliseconds: 1 s, 2.5 s.
  if (unit === 'ms' && value >= 1000) return amount(value / 1000, 's', locale);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return unit === 'MOS' ? number : `${number} ${unit}`;
}

/** The number alone, in the unit `amount` would show it in (so "1–2 s", not "1,000–2 s"). */
function bare(value: number, unit: Unit, locale: string): string {
  return amount(value, unit, locale).replace(/ \S+$/, '');
}

/** The range of one band, e.g. "< 150 ms", "150–300 ms", "≥ 24 fps", "≥ 10 and < 24 fps". */
export function formatBand(threshold: Threshold, level: Level, locale = 'en'): string {
  const { good, bad, unit } = threshold;
  const a = (value: number) => amount(value, unit, locale);
  const n = (value: number) => (unit === 'MOS' ? amount(value, unit, locale) : bare(value, unit, locale));
  const and = locale.startsWith('zh') ? '且' : 'and';
  if (threshold.better === 'lower') {
    if (level === 'good') return `< ${a(good)}`;
    if (level === 'bad') return `> ${a(bad)}`;
    return unit === 'MOS' ? `${n(good)}–${n(bad)}` : `${n(good)}–${a(bad)}`;
  }
  if (level === 'good') return `≥ ${a(good)}`;
  if (level === 'bad') return `< ${a(bad)}`;
  return `≥ ${n(bad)} ${and} < ${a(good)}`;
}

/** "good < 150 ms, degraded 150–300 ms, bad > 300 ms" */
export function formatBands(threshold: Threshold, locale = 'en'): string {
  const names = locale.startsWith('zh')
    ? { good: '良好', degraded: '一般', bad: '差' }
    : { good: 'good', degraded: 'degraded', bad: 'bad' };
  return LEVELS.map((level) => `${names[level]} ${formatBand(threshold, level, locale)}`).join(
    locale.startsWith('zh') ? '，' : ', ',
  );
}

/** "≈ 15 s", "24–32 kbps", "45 ms" */
export function formatValue(entry: NumberValue, locale = 'en'): string {
  const n = (value: number) => (entry.unit === 'MOS' ? amount(value, 'MOS', locale) : bare(value, entry.unit, locale));
  const text =
    entry.value !== undefined
      ? amount(entry.value, entry.unit, locale)
      : entry.unit === 'MOS'
        ? `${n(entry.min!)}–${n(entry.max!)}`
        : `${n(entry.min!)}–${amount(entry.max!, entry.unit, locale)}`;
  return entry.approx ? `≈ ${text}` : text;
}

/** What a threshold or value measures, in the given language ("Packet loss", "丢包率"). */
export function numberName(entry: Threshold | NumberValue, locale = 'en'): string {
  return locale.startsWith('zh') ? entry.zh : entry.name;
}

/** Which band a measured value falls in. */
export function grade(threshold: Threshold, value: number): Level {
  if (threshold.better === 'lower') return value < threshold.good ? 'good' : value > threshold.bad ? 'bad' : 'degraded';
  return value >= threshold.good ? 'good' : value < threshold.bad ? 'bad' : 'degraded';
}

export type NumberReference = { kind: 'threshold'; id: string; level?: Level } | { kind: 'value'; id: string };

/** Resolves `rtt`, `rtt.bad` or `ice-failed` against the data; undefined when unknown. */
export function resolveNumber(numbers: Numbers, reference: string): NumberReference | undefined {
  const [id = '', level, ...rest] = reference.trim().split('.');
  if (rest.length > 0) return undefined;
  if (Object.hasOwn(numbers.thresholds, id)) {
    if (level === undefined) return { kind: 'threshold', id };
    return (LEVELS as readonly string[]).includes(level) ? { kind: 'threshold', id, level: level as Level } : undefined;
  }
  if (Object.hasOwn(numbers.values, id) && level === undefined) return { kind: 'value', id };
  return undefined;
}

/** Text for a reference: a band, all bands, or a value. */
export function formatReference(numbers: Numbers, reference: NumberReference, locale = 'en'): string {
  if (reference.kind === 'value') return formatValue(numbers.values[reference.id]!, locale);
  const threshold = numbers.thresholds[reference.id]!;
  return reference.level ? formatBand(threshold, reference.level, locale) : formatBands(threshold, locale);
}

export const PLACEHOLDER = /\{\{\s*([a-z0-9.-]+)\s*\}\}/g;

/** Replaces `{{rtt.bad}}`-style placeholders in troubleshooter text; unknown ones are listed, not replaced. */
export function expandPlaceholders(text: string, numbers: Numbers, locale = 'en'): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const expanded = text.replace(PLACEHOLDER, (match, reference: string) => {
    const resolved = resolveNumber(numbers, reference);
    if (!resolved) {
      unknown.push(reference);
      return match;
    }
    return formatReference(numbers, resolved, locale);
  });
  return { text: expanded, unknown };
}

export function allNumberIds(numbers: Numbers): string[] {
  return [
    ...Object.keys(numbers.thresholds).flatMap((id) => [id, ...LEVELS.map((level) => `${id}.${level}`)]),
    ...Object.keys(numbers.values),
  ];
}

/** A copy of a troubleshooter (or any plain data) with every `{{placeholder}}` in its strings written out. */
export function withNumbers<T>(value: T, numbers: Numbers, locale = 'en'): T {
  if (typeof value === 'string') return expandPlaceholders(value, numbers, locale).text as T;
  if (Array.isArray(value)) return value.map((item) => withNumbers(item, numbers, locale)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withNumbers(item, numbers, locale)]),
    ) as T;
  }
  return value;
}
