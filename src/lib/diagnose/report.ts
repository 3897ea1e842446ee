import { fill } from '../../i18n/fill.ts';
import type { DiagnoseStrings } from '../../i18n/diagnose.ts';
import type { DumpAnalysis } from './analyse.ts';
import type { Finding } from './findings.ts';
import { absolute, resolveLink, type LinkTable } from './links.ts';
import type { CheckResult } from './precall.ts';
import type { SessionSummary } from './session.ts';
import type { Locale } from '../../i18n/locales.ts';
import { numberName } from '../numbers.ts';
import type { Numbers } from '../../schemas/numbers.ts';

/**
 * The reports both diagnostics pages copy and attach to a ticket: short
 * Markdown, every problem with the number behind it and an absolute link to
 * the article that explains it.
 */

const LEVEL_MARK = { good: '✅', degraded: '⚠️', bad: '❌', info: 'ℹ️', skipped: '➖', error: '❌' } as const;

function linkText(strings: DiagnoseStrings, table: LinkTable, link: Finding['link']): string {
  const resolved = resolveLink(table, link);
  if (!resolved) return '';
  const parts = [`[${resolved.title}](${absolute(table, resolved.href)})`];
  if (resolved.error) {
    parts.push(
      `[${fill(strings.common.errorPage, { code: resolved.error.code })}](${absolute(table, resolved.error.href)})`,
    );
  }
  return parts.join(' · ');
}

/** "label: text" and "text (aside)" with the dictionary's punctuation. */
function labelled(strings: DiagnoseStrings, label: string, text: string): string {
  return `${label}${strings.common.punctuation.colon}${text}`;
}

function aside(strings: DiagnoseStrings, text: string): string {
  return fill(strings.common.punctuation.aside, { text });
}

export type SessionFact = 'media' | 'codecs' | 'features' | 'path' | 'states';

/** The negotiated session in words, one text per fact: the page lists them all, the report the telling ones. */
export function sessionFacts(strings: DiagnoseStrings, session: SessionSummary): Record<SessionFact, string> {
  const s = strings.dump.session;
  const directions = s.directions as Record<string, string>;
  const kinds = strings.dump.kinds as Record<string, string>;
  const features = session.features
    ? Object.entries(session.features)
        .filter(([, on]) => on)
        .map(([name]) => s.featureNames[name as keyof typeof s.featureNames])
    : [];
  return {
    media:
      session.media
        .map((media) =>
          fill(s.mediaLine, {
            kind: kinds[media.kind] ?? media.kind,
            direction: directions[media.direction] ?? media.direction,
            codecs: media.codecs.join(', '),
          }),
        )
        .join(strings.common.punctuation.semicolon) || s.none,
    codecs: session.codecsInUse.join(', ') || s.none,
    features: features.join(', ') || s.none,
    path: pathText(strings, session.selectedPair),
    states: session.connectionStates.join(' → ') || s.none,
  };
}

function pathText(strings: DiagnoseStrings, pair: SessionSummary['selectedPair']): string {
  const s = strings.dump.session;
  if (!pair) return s.noPair;
  const relay = pair.local.type === 'relay' ? pair.local : pair.remote;
  return fill(s.route, {
    pair: fill(s.pair, { local: fill(s.candidate, { ...pair.local }), remote: fill(s.candidate, { ...pair.remote }) }),
    how: pair.relayed ? fill(s.relayed, { protocol: relay.relayProtocol ?? relay.protocol }) : s.direct,
  });
}

export function findingText(strings: DiagnoseStrings, finding: Finding): string {
  const kind =
    typeof finding.params.kind === 'string' ? strings.dump.kinds[finding.params.kind as 'audio' | 'video'] : '';
  return fill(strings.dump.findings[finding.id], { ...finding.params, kind: kind ?? '' });
}

export function checkText(
  strings: DiagnoseStrings,
  entry: { key: string; params?: Record<string, string | number> },
): string {
  const results = strings.precall.results as unknown as Record<string, string>;
  const params = { ...entry.params };
  if (typeof params.reason === 'string') {
    params.reason = strings.precall.results.reasons[params.reason as 'none'] ?? params.reason;
  }
  return fill(results[entry.key] ?? entry.key, params);
}

export interface PrecallReportInput {
  results: readonly CheckResult[];
  userAgent: string;
  when: string;
}

export function precallMarkdown(strings: DiagnoseStrings, table: LinkTable, input: PrecallReportInput): string {
  const t = strings.precall;
  const lines = [
    `#### ${t.report.heading}`,
    '',
    `- ${labelled(strings, t.report.when, input.when)}`,
    `- ${labelled(strings, t.report.browser, input.userAgent)}`,
    '',
  ];
  for (const result of input.results) {
    const sentences = [result, ...(result.notes ?? [])].map((entry) => checkText(strings, entry));
    const linked =
      result.link && result.level !== 'good' && result.level !== 'skipped' ? linkText(strings, table, result.link) : '';
    const title = `**${t.checks[result.id]}**${aside(strings, strings.common.levels[result.level])}`;
    lines.push(
      `- ${LEVEL_MARK[result.level]} ${labelled(strings, title, sentences.join(strings.common.punctuation.sentences))}${linked ? aside(strings, linked) : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function dumpMarkdown(
  strings: DiagnoseStrings,
  table: LinkTable,
  analysis: DumpAnalysis,
  fileName: string,
  numbers: Numbers,
  locale: Locale = 'en',
): string {
  const t = strings.dump;
  const lines = [
    `#### ${t.report.heading}`,
    '',
    `- ${labelled(strings, t.report.file, fileName)}`,
    `- ${fill(t.browser, { agent: analysis.userAgent || '?' })}`,
  ];
  for (const pc of analysis.peerConnections.filter((entry) => entry.mediaBytes > 0 || entry.findings.length > 0)) {
    const session = pc.session;
    const facts = sessionFacts(strings, session);
    lines.push('', `**${fill(t.report.pc, { id: pc.id })}** ${session.url}`, '');
    if (session.codecsInUse.length > 0) lines.push(`- ${labelled(strings, t.session.codecsInUse, facts.codecs)}`);
    if (session.features) lines.push(`- ${labelled(strings, t.session.features, facts.features)}`);
    lines.push(`- ${labelled(strings, t.session.path, facts.path)}`);
    for (const metric of pc.metrics) {
      const threshold = numbers.thresholds[metric.id];
      const name = threshold ? numberName(threshold, locale) : metric.id;
      const stream = metric.kind
        ? aside(strings, fill(t.streams[metric.direction], { kind: t.kinds[metric.kind] }))
        : '';
      const value = `${metric.value} ${threshold?.unit ?? ''}${aside(strings, strings.common.levels[metric.level])}`;
      lines.push(`- ${LEVEL_MARK[metric.level]} ${labelled(strings, `${name}${stream}`, value)}`);
    }
    for (const finding of pc.findings) {
      const linked = linkText(strings, table, finding.link);
      lines.push(
        `- ${LEVEL_MARK[finding.level]} ${findingText(strings, finding)}${linked ? aside(strings, linked) : ''}`,
      );
    }
  }
  if (analysis.peerConnections.every((pc) => pc.findings.length === 0)) lines.push('', t.noFindings);
  return `${lines.join('\n')}\n`;
}
