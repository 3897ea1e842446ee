import { describe, expect, it } from 'vitest';
import { localeOf, localizedPath } from './locales.ts';
import { createT } from './t.ts';
import { en } from './ui/en.ts';
import { zh } from './ui/zh.ts';

describe('interface languages', () => {
  it('has the same keys in every dictionary, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(zh)) expect(text.trim(), key).not.toBe('');
  });

  it('fills parameters', () => {
    const t = createT('en');
    expect(t('feedback.question')).toBe('Did this help?');
  });

  it('maps a page to the same page in the other language', () => {
    expect(localizedPath('/kb/1301/', 'zh')).toBe('/zh/kb/1301/');
    expect(localizedPath('/zh/kb/1301/', 'en')).toBe('/kb/1301/');
    expect(localizedPath('/zh/', 'en')).toBe('/');
    expect(localizedPath('/', 'zh')).toBe('/zh/');
    expect(localeOf('/zhang/')).toBe('en');
  });
});
