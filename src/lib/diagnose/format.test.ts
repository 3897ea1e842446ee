import { describe, expect, it } from 'vitest';
import { formatNumber, formatSize } from './format.ts';

describe('numbers on the diagnostics pages', () => {
  it('formats in the page language and keeps file sizes short', () => {
    expect(formatNumber(12345.678, 'en', { max: 1 })).toBe('12,345.7');
    expect(formatNumber(12345.678, 'zh', { max: 1 })).toBe('12,345.7');
    expect(formatNumber(2, 'en', { min: 1, max: 1 })).toBe('2.0');
    expect(formatSize(300, 'en')).toBe('1 kB');
    expect(formatSize(50 * 1024, 'zh')).toBe('50 kB');
    expect(formatSize(51 * 1024 * 1024, 'zh')).toBe('51.0 MB');
  });
});
