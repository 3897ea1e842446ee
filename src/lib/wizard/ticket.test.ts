import { describe, expect, it } from 'vitest';
import { ticketMarkdown, ticketOpenUrl, ticketPlainText, type TicketInput } from './ticket.ts';

const input: TicketInput = {
  symptom: 'Video stutters or freezes',
  scenario: '1v1 video social',
  platform: 'android',
  platformLabel: 'Android',
  network: '4G',
  severity: 'P1',
  sdkVersion: '4.2.1',
  answers: [
    { question: 'Which platform shows the stutter?', answer: 'Android' },
    { question: 'What packet loss does getStats report?', answer: 'Above 10 %' },
  ],
  wizardUrl: 'https://help.example.com/troubleshoot/stutter/ticket/?a=platform.android~loss.above-10',
};

describe('ticket', () => {
  it('carries the symptom, every answer, the severity and the platform’s logs', () => {
    const text = ticketMarkdown(input);
    expect(text).toContain('## [P1] Video stutters or freezes on Android');
    expect(text).toContain('- **Severity:** P1 (Major feature broken:');
    expect(text).toContain('- **SDK version:** 4.2.1');
    expect(text).toContain('- Which platform shows the stutter? **Android**');
    expect(text).toContain('- What packet loss does getStats report? **Above 10 %**');
    expect(text).toContain('adb logcat -v threadtime');
    expect(text).toContain(input.wizardUrl);
  });

  it('leaves blanks for what only the user knows', () => {
    const text = ticketMarkdown({ symptom: 'Echo', scenario: 'Voice chat rooms', answers: [] });
    expect(text).toContain('- **Severity:** ____');
    expect(text).toContain('- **SDK version:** ____');
    expect(text).toContain('- Steps to reproduce: ____');
    expect(text).not.toContain('adb logcat');
  });

  it('has a plain-text form without Markdown syntax', () => {
    const text = ticketPlainText(input);
    expect(text).not.toMatch(/\*\*|^#/m);
    expect(text).toContain('Severity: P1');
  });

  it('pre-fills title and body on GitHub, and links plainly elsewhere', () => {
    const github = ticketOpenUrl('https://github.com/example/kb/issues/new', input);
    expect(github.prefilled).toBe(true);
    const url = new URL(github.url);
    expect(url.searchParams.get('title')).toBe('[P1] Video stutters or freezes on Android');
    expect(url.searchParams.get('body')).toBe(ticketMarkdown(input));
    expect(ticketOpenUrl('https://support.example.com/new', input)).toEqual({
      url: 'https://support.example.com/new',
      prefilled: false,
    });
  });

  it('ends with the diagnostics reports saved on this device, in both forms', () => {
    const diagnostics = '### Diagnostics\n\n#### Pre-call check\n\n- ✅ **Camera** (Good): 1280×720 at 30 fps';
    const markdown = ticketMarkdown({ ...input, diagnostics });
    expect(markdown.trimEnd().endsWith(diagnostics)).toBe(true);
    expect(ticketPlainText({ ...input, diagnostics })).toContain('Pre-call check\n\n- ✅ Camera (Good)');
    expect(ticketMarkdown({ ...input, diagnostics: '' })).toBe(ticketMarkdown(input));
  });
});
