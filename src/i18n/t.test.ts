import { describe, expect, it } from 'vitest';
import { localeOf, localizedPath } from './locales.ts';
import { createT, splitParams } from './t.ts';
import { en } from './ui/en.ts';
import { zh } from './ui/zh.ts';
import { TICKET_WORDING_BY_LOCALE } from './ticket-labels.ts';
import { CLIENT_KEYS } from './client.ts';

describe('interface languages', () => {
  it('has the same keys in every dictionary, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(zh)) expect(text.trim(), key).not.toBe('');
  });

  it('fills parameters', () => {
    const t = createT('en');
    expect(t('feedback.question')).toBe('Did this help?');
  });

  it('splits text at placeholders, for markup in their place', () => {
    expect(splitParams('Check the {link} first, then {action}.')).toEqual([
      'Check the ',
      { param: 'link' },
      ' first, then ',
      { param: 'action' },
      '.',
    ]);
    expect(createT('en')('feedback.issueTitle', { id: 'KB-1301' })).toBe('Feedback on KB-1301: {title}');
  });

  it('maps a page to the same page in the other language', () => {
    expect(localizedPath('/kb/1301/', 'zh')).toBe('/zh/kb/1301/');
    expect(localizedPath('/zh/kb/1301/', 'en')).toBe('/kb/1301/');
    expect(localizedPath('/zh/', 'en')).toBe('/');
    expect(localizedPath('/', 'zh')).toBe('/zh/');
    expect(localeOf('/zhang/')).toBe('en');
  });

  it('has the ticket wording in every language: each severity, and as many logs to attach per platform', () => {
    const english = TICKET_WORDING_BY_LOCALE.en;
    for (const wording of Object.values(TICKET_WORDING_BY_LOCALE)) {
      expect(Object.keys(wording.severities)).toEqual(Object.keys(english.severities));
      expect(wording.commonAttachments).toHaveLength(english.commonAttachments.length);
      expect(Object.keys(wording.platformAttachments).sort()).toEqual(Object.keys(english.platformAttachments).sort());
      for (const [platform, items] of Object.entries(english.platformAttachments))
        expect(wording.platformAttachments[platform], platform).toHaveLength(items.length);
    }
  });

  it('hands browser scripts only keys the dictionaries have', () => {
    for (const key of CLIENT_KEYS) expect(en[key], key).toBeTruthy();
  });
});
