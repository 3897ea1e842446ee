import { describe, expect, it } from 'vitest';
import { diagnoseStrings } from '../../i18n/diagnose.ts';
import { analyseDump } from './analyse.ts';
import { dumpMarkdown, precallMarkdown, type PrecallReportInput } from './report.ts';
import { readReports, removeReport, reportsMarkdown, REPORTS_KEY, saveReport } from './saved-reports.ts';
import { fixtureModel, numbers } from './test-fixtures.ts';
import type { LinkTable } from './links.ts';

const table: LinkTable = {
  origin: 'https://help.example.com',
  articles: Object.fromEntries(
    ['KB-1203', 'KB-1215', 'KB-1204', 'KB-1004', 'KB-1308', 'KB-1205', 'KB-1007', 'KB-1016', 'KB-1417', 'KB-1220'].map(
      (id) => [id, { href: `/kb/${id.slice(3)}/`, title: `Title of ${id}` }],
    ),
  ),
  errors: { 'ice/701': '/errors/ice/701/' },
};
const { en, zh } = diagnoseStrings;

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('reports for the ticket', () => {
  it('words the bandwidth-starved dump in plain sentences with absolute links', async () => {
    const markdown = dumpMarkdown(
      en,
      table,
      analyseDump(await fixtureModel('bandwidth-starved'), numbers),
      'starved.gz',
      numbers,
    );
    expect(markdown).toContain('Time the sender limited its video (sent video): 89.21 % (Bad)');
    expect(markdown).toContain('Sent video was limited by bandwidth for 25 s (89 % of the call) and stayed at 180p.');
    expect(markdown).toContain('[Title of KB-1203](https://help.example.com/kb/1203/)');
    expect(markdown).toContain('Codecs in use: audio opus, video VP8');
    expect(markdown).toMatch(/Selected candidate pair: local host udp ↔ remote host udp\. Direct, not relayed\./);
  });

  it('words the same dump in Chinese, with the Chinese metric names and punctuation', async () => {
    const markdown = dumpMarkdown(
      zh,
      table,
      analyseDump(await fixtureModel('bandwidth-starved'), numbers),
      'starved.gz',
      numbers,
      'zh',
    );
    expect(markdown).toContain('#### webrtc-internals dump 分析');
    expect(markdown).toContain(`${numbers.thresholds['quality-limited']!.zh}（上行视频）：89.21 %（差）`);
    expect(markdown).toContain('上行视频有 25 s（占通话的 89 %）受带宽限制，分辨率一直停在 180p。');
    expect(markdown).toContain('实际使用的编解码器：audio opus, video VP8');
    expect(markdown).toContain('选中的候选地址对：本端 host udp ↔ 远端 host udp。直连，没有经过中继。');
  });

  it('says the healthy dump has no problems', async () => {
    expect(dumpMarkdown(en, table, analyseDump(await fixtureModel('healthy'), numbers), 'ok.gz', numbers)).toContain(
      en.dump.noFindings,
    );
  });

  const iceFailure: PrecallReportInput = {
    when: '2026-12-04 10:00 UTC',
    userAgent: 'Test',
    results: [
      {
        id: 'ice',
        level: 'bad',
        key: 'ice',
        params: { host: 1, srflx: 0, relay: 0, protocols: '1 udp' },
        notes: [{ key: 'iceError', params: { code: 701, url: 'turn:t', text: 'timed out' } }],
        link: { article: 'KB-1016', error: { api: 'ice', code: '701' } },
      },
    ],
  };

  it('writes the pre-call results with their grade, text and link to the error page', () => {
    expect(precallMarkdown(en, table, iceFailure)).toContain(
      '- ❌ **STUN and TURN** (Bad): 1 host, 0 server-reflexive, 0 relay candidate(s); 1 udp. Error 701 from turn:t: timed out ([Title of KB-1016](https://help.example.com/kb/1016/) · [Error 701: what it means](https://help.example.com/errors/ice/701/))',
    );
  });

  it('writes them in Chinese with full-width punctuation and no space between sentences', () => {
    const markdown = precallMarkdown(zh, table, iceFailure);
    expect(markdown).toContain('- 检测时间：2026-12-04 10:00 UTC');
    expect(markdown).toContain(
      '- ❌ **STUN 和 TURN**（差）：host 候选地址 1 个，srflx（服务器反射）0 个，relay（中继）0 个；1 udp。turn:t 返回错误 701：timed out（[Title of KB-1016](https://help.example.com/kb/1016/) · [错误码 701 是什么意思](https://help.example.com/errors/ice/701/)）',
    );
  });

  it('keeps the last report of each kind under one localStorage key', () => {
    const storage = new MemoryStorage();
    saveReport(storage, { kind: 'dump', title: 'a.gz', createdAt: '1', markdown: 'first' });
    saveReport(storage, { kind: 'precall', title: 'Pre-call check', createdAt: '2', markdown: 'check' });
    saveReport(storage, { kind: 'dump', title: 'b.gz', createdAt: '3', markdown: 'second' });
    expect(readReports(storage).map((report) => report.markdown)).toEqual(['check', 'second']);
    expect(JSON.parse(storage.getItem(REPORTS_KEY)!).version).toBe(1);
    expect(reportsMarkdown(readReports(storage), 'Diagnostics')).toBe('### Diagnostics\n\ncheck\n\nsecond\n');
    removeReport(storage, 'precall');
    expect(readReports(storage).map((report) => report.kind)).toEqual(['dump']);
    storage.setItem(REPORTS_KEY, '{not json');
    expect(readReports(storage)).toEqual([]);
    expect(reportsMarkdown([], 'Diagnostics')).toBe('');
  });
});
