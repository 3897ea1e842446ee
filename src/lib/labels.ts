import type { ArticleType, Platform } from '../schemas/article.ts';
import type { Locale } from '../i18n/locales.ts';

type TypeLabel = { one: string; many: string };

/** English names of the article types: the command line and the Markdown export use these. */
export const TYPE_LABELS: Readonly<Record<ArticleType, TypeLabel>> = {
  guide: { one: 'Guide', many: 'Guides' },
  faq: { one: 'FAQ', many: 'FAQs' },
  troubleshooting: { one: 'Troubleshooting', many: 'Troubleshooting' },
  reference: { one: 'Reference', many: 'Reference' },
};

/** The same names as Chinese developer docs write them (Chinese has no plural). */
const TYPE_LABELS_ZH: Readonly<Record<ArticleType, TypeLabel>> = {
  guide: { one: '指南', many: '指南' },
  faq: { one: '常见问题', many: '常见问题' },
  troubleshooting: { one: '故障排查', many: '故障排查' },
  reference: { one: '参考', many: '参考资料' },
};

/** An article type's name on a page in `locale`: `typeLabel('faq', 'zh')` → 常见问题. */
export function typeLabel(type: ArticleType, locale: Locale = 'en', form: keyof TypeLabel = 'one'): string {
  return (locale === 'zh' ? TYPE_LABELS_ZH : TYPE_LABELS)[type][form];
}

/** Search shows tree start pages under this type, next to the article types. */
export const TROUBLESHOOTER_TYPE = 'troubleshooter';

/** Search shows error-code pages under this type. */
export const ERROR_CODE_TYPE = 'error-code';

export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  android: 'Android',
  ios: 'iOS',
  web: 'Web',
  windows: 'Windows',
  macos: 'macOS',
  linux: 'Linux',
  flutter: 'Flutter',
  'react-native': 'React Native',
  unity: 'Unity',
  electron: 'Electron',
  server: 'Server',
};

/** Platform names Chinese developers write differently; product names stay as they are. */
const PLATFORM_LABELS_ZH: Readonly<Partial<Record<Platform, string>>> = {
  server: '服务端',
};

/** Every platform's name on a page in `locale`. */
export function platformLabels(locale: Locale = 'en'): Readonly<Record<Platform, string>> {
  return locale === 'zh' ? { ...PLATFORM_LABELS, ...PLATFORM_LABELS_ZH } : PLATFORM_LABELS;
}

/** One platform's name on a page in `locale`: `platformLabel('server', 'zh')` → 服务端. */
export function platformLabel(platform: Platform, locale: Locale = 'en'): string {
  return platformLabels(locale)[platform];
}

/** "All SDK versions" for `*`, otherwise the range as written. */
export function sdkLabel(range: string, locale: Locale = 'en'): string {
  if (range.trim() === '*') return locale === 'zh' ? '适用全部 SDK 版本' : 'All SDK versions';
  return `SDK ${range}`;
}

/**
 * A date as `2026-03-05`: for files, metadata and `datetime` attributes, and for English
 * readers. With `zh`, the way Chinese pages write dates: 2026年3月5日.
 */
export function formatDate(date: Date, locale: Locale = 'en'): string {
  if (locale === 'zh') return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
  return date.toISOString().slice(0, 10);
}
