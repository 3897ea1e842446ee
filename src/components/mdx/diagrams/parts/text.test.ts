import { describe, expect, it } from 'vitest';
import { diagramText, oneLine, tuple } from './text.ts';

describe('diagram text', () => {
  const text = {
    en: { label: 'Capture', lines: tuple('Decode and', 'play out') },
    zh: { label: '采集', lines: tuple('解码', '并播放') },
  };

  it('picks the words of the page’s language', () => {
    expect(diagramText(new URL('https://kb.example/general/quality-monitoring/'), text).label).toBe('Capture');
    expect(diagramText(new URL('https://kb.example/zh/general/quality-monitoring/'), text).lines).toEqual([
      '解码',
      '并播放',
    ]);
  });

  it('makes a translation that misses or adds a label, or a line, a type error', () => {
    const url = new URL('https://kb.example/zh/');
    // @ts-expect-error: the Chinese text lacks `lines`.
    diagramText(url, { en: { label: 'Capture', lines: tuple('a', 'b') }, zh: { label: '采集' } });
    // @ts-expect-error: a label the English text does not have.
    diagramText(url, { en: { label: 'Capture' }, zh: { label: '采集', extra: '多余' } });
    // @ts-expect-error: one line where the drawing has room for two.
    diagramText(url, { en: { lines: tuple('Decode and', 'play out') }, zh: { lines: tuple('解码并播放') } });
  });

  it('joins a long description into one line: spaces between words, none between Chinese characters', () => {
    expect(oneLine('\n  Six stages from top\n      to bottom.\n')).toBe('Six stages from top to bottom.');
    expect(oneLine('从上到下六个\n      环节，用箭头\n      相连。')).toBe('从上到下六个环节，用箭头相连。');
    expect(oneLine('由 SFU 服务，低于\n      300 ms。然后\n      是 4. 网络')).toBe(
      '由 SFU 服务，低于 300 ms。然后是 4. 网络',
    );
    expect(oneLine('标为“公网直连”：\n      数据包')).toBe('标为“公网直连”：数据包');
    expect(oneLine('标为“经空气传播的回声”\n      的虚线')).toBe('标为“经空气传播的回声”的虚线');
  });
});
