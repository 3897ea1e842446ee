import { describe, expect, it } from 'vitest';
import type { Numbers, Threshold } from '../schemas/numbers.ts';
import {
  withNumbers,
  expandPlaceholders,
  formatBand,
  formatBands,
  formatValue,
  grade,
  resolveNumber,
} from './numbers.ts';

const loss: Threshold = {
  name: 'Packet loss',
  zh: '丢包率',
  unit: '%',
  better: 'lower',
  good: 2,
  bad: 10,
  basis: 'rule-of-thumb',
  sources: [],
  terms: [],
};
const fps: Threshold = {
  name: 'Frame rate',
  zh: '帧率',
  unit: 'fps',
  better: 'higher',
  good: 24,
  bad: 10,
  basis: 'rule-of-thumb',
  sources: [],
  terms: [],
};
const firstFrame: Threshold = { ...loss, name: 'First frame', unit: 'ms', good: 1000, bad: 2000 };
const numbers: Numbers = {
  thresholds: { 'packet-loss': loss, 'frame-rate': fps },
  values: {
    'ice-failed': {
      name: 'ICE failed after',
      zh: 'ICE 失败',
      unit: 's',
      value: 15,
      approx: true,
      basis: 'default',
      sources: [],
      terms: [],
    },
    'bitrate-720p': {
      name: '720p',
      zh: '720p',
      unit: 'kbps',
      min: 1200,
      max: 2500,
      approx: false,
      basis: 'rule-of-thumb',
      sources: [],
      terms: [],
    },
  },
};

describe('numbers', () => {
  it('writes contiguous bands, whichever direction is better', () => {
    expect(formatBands(loss)).toBe('good < 2 %, degraded 2–10 %, bad > 10 %');
    expect(formatBands(fps)).toBe('good ≥ 24 fps, degraded ≥ 10 and < 24 fps, bad < 10 fps');
    expect(formatBand(firstFrame, 'degraded')).toBe('1–2 s');
    expect(formatBands(loss, 'zh-CN')).toBe('良好 < 2 %，一般 2–10 %，差 > 10 %');
  });

  it('grades a measurement into exactly one band, edges included', () => {
    expect([1.9, 2, 10, 10.1].map((value) => grade(loss, value))).toEqual(['good', 'degraded', 'degraded', 'bad']);
    expect([24, 23.9, 10, 9.9].map((value) => grade(fps, value))).toEqual(['good', 'degraded', 'degraded', 'bad']);
  });

  it('writes values and ranges', () => {
    expect(formatValue(numbers.values['ice-failed']!)).toBe('≈ 15 s');
    expect(formatValue(numbers.values['bitrate-720p']!)).toBe('1,200–2,500 kbps');
  });

  it('resolves ids and levels, and refuses anything else', () => {
    expect(resolveNumber(numbers, 'packet-loss.bad')).toEqual({ kind: 'threshold', id: 'packet-loss', level: 'bad' });
    expect(resolveNumber(numbers, 'ice-failed')).toEqual({ kind: 'value', id: 'ice-failed' });
    expect(resolveNumber(numbers, 'packet-loss.worst')).toBeUndefined();
    expect(resolveNumber(numbers, 'ice-failed.bad')).toBeUndefined();
    expect(resolveNumber(numbers, 'constructor')).toBeUndefined();
  });

  it('expands troubleshooter placeholders and lists unknown ones', () => {
    expect(expandPlaceholders('Loss above {{packet-loss.bad}}; ICE fails after {{ice-failed}}.', numbers).text).toBe(
      'Loss above > 10 %; ICE fails after ≈ 15 s.',
    );
    expect(expandPlaceholders('{{rtt.bad}} and {{ __proto__ }}', numbers).unknown).toEqual(['rtt.bad']);
    const tree = { start: 'a', nodes: { a: { help: 'Above {{packet-loss.bad}}?', options: [{ label: 'Yes' }] } } };
    expect(withNumbers(tree, numbers).nodes.a.help).toBe('Above > 10 %?');
  });
});
