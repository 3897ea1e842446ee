import { describe, expect, it } from 'vitest';
import {
  MAX_PREFILL_URL,
  ticketMarkdown,
  ticketPrefill,
  ticketOpenUrl,
  ticketPlainText,
  type TicketInput,
} from './ticket.ts';

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

  it('names the reporter’s scenario, or the choices while it is blank', () => {
    expect(ticketMarkdown(input)).toContain('- **Scenario:** 1v1 video social');
    const choices = ticketMarkdown({ ...input, scenario: '', scenarioOptions: ['Show streaming', '1v1 video social'] });
    expect(choices).toContain('- **Scenario:** ____ (one of: Show streaming, 1v1 video social)');
    expect(ticketMarkdown({ ...input, scenario: '', scenarioOptions: ['Voice chat rooms'] })).toContain(
      '- **Scenario:** Voice chat rooms',
    );
  });

  it('carries steps to reproduce, expected and actual behaviour and recent changes as typed', () => {
    const text = ticketMarkdown({
      ...input,
      steps: '1. Host goes live on Android\r\n2. A viewer joins from iOS\n\n3. Wait 30 s\n',
      expected: 'Smooth video',
      actual: '  Freezes every 5 s  ',
      changed: 'SDK 4.2.0 → 4.2.1 on Monday',
    });
    expect(text).toContain(
      [
        '- Steps to reproduce:',
        '  1. Host goes live on Android',
        '  2. A viewer joins from iOS',
        '',
        '  3. Wait 30 s',
        '- What you expected: Smooth video',
        '- What happened instead: Freezes every 5 s',
        '- What changed recently (release, SDK upgrade, config, region): SDK 4.2.0 → 4.2.1 on Monday',
      ].join('\n'),
    );
    expect(ticketPlainText({ ...input, expected: 'Smooth video' })).toContain('- What you expected: Smooth video');
  });

  it('keeps one-line fields on one line', () => {
    expect(ticketMarkdown({ ...input, network: '4G\nthen Wi-Fi' })).toContain('- **Network:** 4G then Wi-Fi');
  });

  it('starts from what the answers say: platform, network, scope, and an outage’s severity', () => {
    expect(
      ticketPrefill(
        [
          { field: 'scope', value: 'everyone', label: 'Everyone in every room', severity: 'P1' },
          { field: 'platform', value: 'android', label: 'Android' },
          { field: 'network', label: 'Mobile data' },
          { label: 'bandwidth' },
        ],
        ['android', 'ios'],
      ),
    ).toEqual({ scope: 'Everyone in every room', severity: 'P1', platform: 'android', network: 'Mobile data' });
    expect(ticketPrefill([{ field: 'platform', value: 'symbian', label: 'Symbian' }], ['android'])).toEqual({});
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

  it('fills in only the title when the ticket is too long for a URL', () => {
    const long = ticketOpenUrl('https://github.com/example/kb/issues/new', { ...input, steps: 'x '.repeat(6000) });
    expect(long.prefilled).toBe(false);
    expect(long.url.length).toBeLessThanOrEqual(MAX_PREFILL_URL);
    expect(new URL(long.url).searchParams.get('title')).toBe('[P1] Video stutters or freezes on Android');
    expect(new URL(long.url).searchParams.has('body')).toBe(false);
  });

  it('ends with the diagnostics reports saved on this device, in both forms', () => {
    const diagnostics = '### Diagnostics\n\n#### Pre-call check\n\n- ✅ **Camera** (Good): 1280×720 at 30 fps';
    const markdown = ticketMarkdown({ ...input, diagnostics });
    expect(markdown.trimEnd().endsWith(diagnostics)).toBe(true);
    expect(ticketPlainText({ ...input, diagnostics })).toContain('Pre-call check\n\n- ✅ Camera (Good)');
    expect(ticketMarkdown({ ...input, diagnostics: '' })).toBe(ticketMarkdown(input));
  });
});
