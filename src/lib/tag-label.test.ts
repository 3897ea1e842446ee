import { describe, expect, it } from 'vitest';
import { tagLabel } from './tag-label.ts';
import type { Concept } from '../schemas/glossary.ts';

const concept = (en: string[], zh: string[]): Concept => ({
  id: en[0]!.replaceAll(' ', '-').toLowerCase(),
  en,
  zh,
  kind: 'topic',
  definition: 'A definition long enough.',
  codes: [],
  related: [],
});

const concepts = [
  concept(['echo', 'acoustic echo'], ['回声', '回音']),
  concept(['co-hosting', 'co-host'], ['连麦', '连线']),
  concept(['packet loss', 'loss'], ['丢包', '丢包率']),
  concept(['HLS', 'm3u8'], ['切片', 'HLS切片']),
  concept(['token'], ['token过期', '令牌']),
  concept(['web', 'chrome'], ['网页', 'Web端']),
  concept(['ios', 'iphone'], ['苹果手机']),
  concept(['ice'], ['ICE候选']),
  concept(['voice room'], ['语聊房', 'voice房']),
  concept(['no chinese'], []),
];

describe('tagLabel', () => {
  it('shows every tag as written on English pages', () => {
    expect(tagLabel('echo', 'en', concepts)).toBe('echo');
    expect(tagLabel('co-hosting', 'en', concepts)).toBe('co-hosting');
  });

  it('names a tag by its glossary concept in Chinese, hyphens and case aside', () => {
    expect(tagLabel('echo', 'zh', concepts)).toBe('回声');
    expect(tagLabel('co-hosting', 'zh', concepts)).toBe('连麦');
    expect(tagLabel('packet-loss', 'zh', concepts)).toBe('丢包');
  });

  it('keeps names Chinese developers write in Latin letters, spelled as they write them', () => {
    expect(tagLabel('hls', 'zh', concepts)).toBe('HLS');
    expect(tagLabel('token', 'zh', concepts)).toBe('token');
    expect(tagLabel('web', 'zh', concepts)).toBe('Web');
  });

  it('names platform tags as the platform pages do', () => {
    expect(tagLabel('ios', 'zh', concepts)).toBe('iOS');
    expect(tagLabel('server', 'zh', concepts)).toBe('服务端');
  });

  it('matches the preferred English term only, and whole words inside Chinese terms', () => {
    // `chrome` is a synonym of the web concept, not its name.
    expect(tagLabel('chrome', 'zh', concepts)).toBe('chrome');
    expect(tagLabel('loss', 'zh', concepts)).toBe('loss');
    // `ice` inside `voice房` is not the word ICE.
    expect(tagLabel('ice', 'zh', [concept(['ice'], ['连通性检查', 'voice房']), ...concepts])).toBe('连通性检查');
  });

  it('keeps tags the glossary does not name, or names only in English, as written', () => {
    expect(tagLabel('voice-rooms', 'zh', concepts)).toBe('voice-rooms');
    expect(tagLabel('no-chinese', 'zh', concepts)).toBe('no-chinese');
  });
});
