import type { ArticleType, Platform } from '../schemas/article.ts';

export const TYPE_LABELS: Readonly<Record<ArticleType, { one: string; many: string }>> = {
  guide: { one: 'Guide', many: 'Guides' },
  faq: { one: 'FAQ', many: 'FAQs' },
  troubleshooting: { one: 'Troubleshooting', many: 'Troubleshooting' },
  reference: { one: 'Reference', many: 'Reference' },
};

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

/** "All SDK versions" for `*`, otherwise the range as written. */
export function sdkLabel(range: string): string {
  return range.trim() === '*' ? 'All SDK versions' : `SDK ${range}`;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
