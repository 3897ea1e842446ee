import { describe, expect, it } from 'vitest';
import { conceptsIn, indexGlossary, normalize, planQuery, sameWord, segmentChinese, stem } from './query.ts';

const glossary = indexGlossary([
  { id: 'echo', en: ['echo', 'hear myself'], zh: ['回声', '回音'] },
  { id: 'ios', en: ['ios', 'iphone', 'ipad'], zh: ['苹果手机'] },
  { id: 'no-audio', en: ['no audio', "can't hear"], zh: ['没声音', '听不到'] },
  { id: 'av-sync', en: ['lip sync'], zh: ['声音画面不同步', '音画不同步'] },
  { id: 'b-frames', en: ['b-frames'], zh: ['B帧'] },
  { id: 'nat', en: ['nat'], zh: ['NAT类型'] },
  { id: 'getusermedia', en: ['getusermedia'], zh: [] },
  { id: 'hls', en: ['hls', 'hls.js'], zh: [] },
  { id: 'h264', en: ['h.264', 'h264'], zh: [] },
  { id: 'background', en: ['phone locked'], zh: [] },
  { id: 'same-network', en: ['same wifi'], zh: [] },
  { id: 'one-way-audio', en: ['one-way audio'], zh: [] },
]);
const units = (query: string) =>
  planQuery(query, glossary).units.map((unit) => (unit.kind === 'concept' ? `[${unit.concept}]` : unit.text));

describe('planQuery', () => {
  it('drops question words and keeps what the glossary knows as one concept each', () => {
    expect(units('Why can I hear myself on my iPhone?')).toEqual(['[echo]', '[ios]']);
  });

  it('keeps words the glossary does not know, so a stray word never empties the list', () => {
    expect(units('echo after CallKit answer')).toEqual(['[echo]', 'callkit', 'answer']);
  });

  it('reads an unspaced Chinese phrase as a whole: the longest glossary term, then the rest segmented', () => {
    expect(units('声音画面不同步怎么办')).toEqual(['[av-sync]']);
    expect(units('连麦后听不到声音')).toContain('[no-audio]');
  });

  it('mixes languages: each part in its own', () => {
    expect(units('iOS 回声')).toEqual(['[ios]', '[echo]']);
    expect(planQuery('iOS 回声', glossary).chinese).toBe(true);
    expect(planQuery('iOS echo', glossary).chinese).toBe(false);
  });

  it('matches terms that mix Latin and Chinese, spaced or not, and not inside another word', () => {
    expect(units('B帧')).toEqual(['[b-frames]']);
    expect(units('NAT 类型')).toEqual(['[nat]']);
    expect(units('SNAT类型')).not.toContain('[nat]');
  });

  it('keeps codes and drops small numbers', () => {
    expect(units('error 1006 after 10 seconds')).toEqual(['1006', 'seconds']);
  });

  it('reads a pasted dotted name as its parts, and keeps names and versions the glossary knows', () => {
    expect(units('MediaDevices.getUserMedia undefined')).toEqual(['mediadevices', '[getusermedia]', 'undefined']);
    expect(units('pc.oniceconnectionstatechange')).toEqual(['oniceconnectionstatechange']);
    expect(units('hls.js h.264')).toEqual(['[hls]', '[h264]']);
  });
});

describe('conceptsIn', () => {
  it('finds every concept a text names, in any language', () => {
    expect([...conceptsIn('On an iPad the 回音 returns; no audio for B 帧 streams', glossary)].sort()).toEqual([
      'b-frames',
      'echo',
      'ios',
      'no-audio',
    ]);
  });
});

describe('words', () => {
  it('normalises width, case and punctuation, keeping h.264 and c#', () => {
    expect(normalize('ＮｏｔＲｅａｄａｂｌｅＥｒｒｏｒ: H.264, C#!')).toBe('notreadableerror h.264 c#');
  });
  it('segments Chinese like the browser does, without question words', () => {
    expect(segmentChinese('请问观众听不到声音')).toEqual(['观众', '不到', '声音']);
  });
  it('puts back together the words the browser cuts into single characters', () => {
    // The browser's dictionary cuts 主播 and 压测 into characters; the index holds them whole.
    expect(segmentChinese('主播的压测')).toEqual(['主播', '压测']);
    expect(segmentChinese('听')).toEqual([]);
  });
  it('stems plurals only', () => {
    expect(['freezes', 'batteries', 'process', 'codecs', 'ios'].map(stem)).toEqual([
      'freeze',
      'battery',
      'process',
      'codec',
      'ios',
    ]);
  });
});

describe('glossary phrases', () => {
  it('match with a filler word or two between their words, but not with a negation or another word', () => {
    expect(units('audio cuts off when the phone gets locked')).toEqual(['audio', 'cuts', 'off', '[background]']);
    expect(units('phone is not locked')).not.toContain('[background]');
    expect(units('phone screen locked')).not.toContain('[background]');
  });
});

describe('hyphens', () => {
  it('do not count between letters: Wi-Fi is wifi, one-way is one way', () => {
    expect(units('only works on the same Wi-Fi')).toContain('[same-network]');
    expect(units('one way audio')).toEqual(['[one-way-audio]']);
    expect(units('oneway audio')).toEqual(['[one-way-audio]']);
    expect(units('one-way audio')).toEqual(['[one-way-audio]']);
  });
});

describe('sameWord', () => {
  it('accepts the word itself and its other endings', () => {
    expect(sameWord('bluetooth', 'Bluetooth')).toBe(true);
    expect(sameWord('terminated', 'terminating')).toBe(true);
    expect(sameWord('freezes', 'freezing')).toBe(true);
    expect(sameWord('周期性', '周期')).toBe(true);
    expect(sameWord('ios', 'iOS')).toBe(true);
    expect(sameWord('ips', 'IP')).toBe(true);
    expect(sameWord('camera2session', 'Camera2')).toBe(true);
    expect(sameWord('working', 'work')).toBe(true);
    expect(sameWord('stopping', 'stops')).toBe(true);
    expect(sameWord('loading', 'Loads')).toBe(true);
  });

  it('refuses the prefix Pagefind falls back to when the index lacks the word', () => {
    expect(sameWord('callkeep', 'call')).toBe(false);
    expect(sameWord('massive', 'mass-market')).toBe(false);
    expect(sameWord('fgs', '-f')).toBe(false);
    expect(sameWord('zqxjvwk', 'Z')).toBe(false);
    expect(sameWord('局域网', '局')).toBe(false);
    expect(sameWord('string', 'stream')).toBe(false);
  });
});
