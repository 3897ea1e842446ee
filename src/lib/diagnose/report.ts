import { fill } from '../../i18n/fill.ts';
import type { DiagnoseStrings } from '../../i18n/diagnose.ts';
import type { DumpAnalysis } from './analyse.ts';
import type { Finding } from './findings.ts';
import { absolute, resolveLink, type LinkTable } from './links.ts';
import type { CheckResult } from './precall.ts';
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
    `- ${t.report.when}: ${input.when}`,
    `- ${t.report.browser}: ${input.userAgent}`,
    '',
  ];
  for (const result of input.results) {
    const notes = (result.notes ?? []).map((note) => checkText(strings, note));
    const linked =
      result.link && result.level !== 'good' && result.level !== 'skipped' ? linkText(strings, table, result.link) : '';
    const link = linked ? ` (${linked})` : '';
    lines.push(
      `- ${LEVEL_MARK[result.level]} **${t.checks[result.id]}** (${strings.common.levels[result.level]}): ${[checkText(strings, result), ...notes].join(' ')}${link}`,
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
): string {
  const t = strings.dump;
  const lines = [
    `#### ${t.report.heading}`,
    '',
    `- ${t.report.file}: ${fileName}`,
    `- ${fill(t.browser, { agent: analysis.userAgent || '?' })}`,
  ];
  for (const pc of analysis.peerConnections.filter((entry) => entry.mediaBytes > 0 || entry.findings.length > 0)) {
    const session = pc.session;
    lines.push('', `**${fill(t.report.pc, { id: pc.id })}** ${session.url}`, '');
    if (session.codecsInUse.length > 0) lines.push(`- ${t.session.codecsInUse}: ${session.codecsInUse.join(', ')}`);
    if (session.features) {
      const on = Object.entries(session.features)
        .filter(([, value]) => value)
        .map(([name]) => t.session.featureNames[name as keyof typeof t.session.featureNames]);
      lines.push(`- ${t.session.features}: ${on.join(', ') || t.session.none}`);
    }
    const pair = session.selectedPair;
    lines.push(
      `- ${t.session.path}: ${
        pair
          ? `${fill(t.session.pair, {
              local: fill(t.session.candidate, { ...pair.local }),
              remote: fill(t.session.candidate, { ...pair.remote }),
            })}. ${pair.relayed ? fill(t.session.relayed, { protocol: (pair.local.type === 'relay' ? pair.local : pair.remote).relayProtocol ?? pair.local.protocol }) : t.session.direct}`
          : t.session.noPair
      }`,
    );
    for (const metric of pc.metrics) {
      lines.push(
        `- ${LEVEL_MARK[metric.level]} ${numbers.thresholds[metric.id]?.name ?? metric.id}${metric.kind ? ` (${fill(t.streams[metric.direction], { kind: t.kinds[metric.kind] })})` : ''}: ${metric.value} ${numbers.thresholds[metric.id]?.unit ?? ''} (${strings.common.levels[metric.level]})`,
      );
    }
    for (const finding of pc.findings) {
      const linked = linkText(strings, table, finding.link);
      lines.push(`- ${LEVEL_MARK[finding.level]} ${findingText(strings, finding)}${linked ? ` (${linked})` : ''}`);
    }
  }
  if (analysis.peerConnections.every((pc) => pc.findings.length === 0)) lines.push('', t.noFindings);
  return `${lines.join('\n')}\n`;
}
