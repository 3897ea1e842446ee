import { describe, expect, it } from 'vitest';
import {
  formatDate,
  platformLabel,
  platformLabels,
  sdkLabel,
  typeLabel,
  TYPE_LABELS,
  PLATFORM_LABELS,
} from './labels.ts';
import { ARTICLE_TYPES, PLATFORMS } from '../schemas/article.ts';

describe('labels per language', () => {
  it('keeps the English names as they were', () => {
    for (const type of ARTICLE_TYPES) {
      expect(typeLabel(type)).toBe(TYPE_LABELS[type].one);
      expect(typeLabel(type, 'en', 'many')).toBe(TYPE_LABELS[type].many);
    }
    expect(platformLabels('en')).toBe(PLATFORM_LABELS);
    expect(sdkLabel('*')).toBe('All SDK versions');
    expect(sdkLabel('>=4.0')).toBe('SDK >=4.0');
  });

  it('names types and platforms in Chinese on Chinese pages, keeping product names', () => {
    expect(typeLabel('faq', 'zh')).toBe('常见问题');
    expect(typeLabel('troubleshooting', 'zh', 'many')).toBe('故障排查');
    expect(platformLabel('server', 'zh')).toBe('服务端');
    expect(platformLabel('react-native', 'zh')).toBe('React Native');
    for (const platform of PLATFORMS) expect(platformLabel(platform, 'zh')).not.toBe('');
    expect(sdkLabel('*', 'zh')).not.toMatch(/[a-z]{3}/);
  });

  it('writes dates as ISO for machines and English, and the Chinese way for Chinese readers', () => {
    const date = new Date('2026-03-05T00:00:00Z');
    expect(formatDate(date)).toBe('2026-03-05');
    expect(formatDate(date, 'zh')).toBe('2026年3月5日');
  });
});
