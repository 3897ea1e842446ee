/**
 * The dump analyser page: takes a file (picker or drop), hands it to the worker,
 * and renders what comes back: findings, the negotiated session, graded metrics
 * and charts of the chosen peer connection, and the report. The file never
 * leaves the browser.
 */
import { fill } from '../../i18n/fill.ts';
import type { DumpAnalysis, PeerConnectionAnalysis } from '../../lib/diagnose/analyse.ts';
import { formatBands, numberName } from '../../lib/numbers.ts';
import { formatNumber, formatSize } from '../../lib/diagnose/format.ts';
import { dumpMarkdown, findingText, sessionFacts } from '../../lib/diagnose/report.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { drawChart, type DrawnChart } from './charts.ts';
import { el, linkParagraph, readIsland, resultCard, table } from './dom.ts';
import { showReport } from './report-panel.ts';
import type { DumpRequest, DumpResponse } from './dump-worker.ts';

const island = readIsland();
const t = island.strings.dump;
const root = document.querySelector<HTMLElement>('[data-dump]')!;
const input = root.querySelector<HTMLInputElement>('[data-file]')!;
const zone = root.querySelector<HTMLElement>('[data-drop]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const alert = root.querySelector<HTMLElement>('[data-error]')!;
const results = root.querySelector<HTMLElement>('[data-results]')!;
const picker = root.querySelector<HTMLSelectElement>('[data-pc]')!;
let charts: DrawnChart[] = [];
/** The worker reading the latest file; a file opened meanwhile replaces it, so an older answer never lands. */
let active: Worker | undefined;
let current: DumpAnalysis | undefined;

const size = (bytes: number) => formatSize(bytes, island.locale);

function read(file: File): void {
  performance.clearMarks();
  performance.mark('dump:start');
  alert.textContent = '';
  results.hidden = true;
  root.setAttribute('aria-busy', 'true');
  status.textContent = fill(t.reading, { name: file.name, size: size(file.size) });
  active?.terminate();
  const worker = new Worker(new URL('./dump-worker.ts', import.meta.url), { type: 'module' });
  active = worker;
  worker.addEventListener('message', (event: MessageEvent<DumpResponse>) => {
    worker.terminate();
    performance.mark('dump:parsed');
    if (event.data.ok) render(file.name, event.data.analysis);
    else fail(event.data.code, event.data.message);
  });
  worker.addEventListener('error', (event) => {
    worker.terminate();
    fail('unknown', event.message);
  });
  worker.postMessage({ file, numbers: island.numbers } satisfies DumpRequest);
}

function fail(code: string, message: string): void {
  root.removeAttribute('aria-busy');
  status.textContent = '';
  const errors = t.errors as Record<string, string>;
  alert.textContent = fill(errors[code] ?? t.errors.unknown, { message });
}

function render(fileName: string, analysis: DumpAnalysis): void {
  current = analysis;
  const findings = analysis.peerConnections.flatMap((pc) => pc.findings);
  const list = results.querySelector<HTMLElement>('[data-findings]')!;
  list.replaceChildren(
    ...(findings.length === 0
      ? [el('li', { class: 'check', 'data-level': 'good' }, el('p', {}, t.noFindings))]
      : findings.map((finding, index) =>
          resultCard(island, {
            id: `${finding.id}-${index}`,
            title: findingText(island.strings, finding),
            level: finding.level,
            sentences: analysis.peerConnections.length > 1 ? [fill(t.report.pc, { id: finding.pcId })] : [],
            link: finding.link,
          }),
        )),
  );
  // A finding card's heading is the finding itself; its link is always shown, good or not.
  for (const [index, card] of [...list.querySelectorAll<HTMLElement>('.check[data-check]')].entries()) {
    const link = card.querySelector('.links') ? null : linkParagraph(island, findings[index]!.link);
    if (link) card.append(link);
  }
  results.querySelector('[data-browser]')!.textContent = fill(t.browser, { agent: analysis.userAgent || '?' });
  picker.replaceChildren(
    ...analysis.peerConnections.map((pc) =>
      el(
        'option',
        { value: pc.id },
        fill(t.pcOption, { id: pc.id, url: pc.session.url || '?', size: size(pc.mediaBytes) }),
      ),
    ),
  );
  results.hidden = false;
  showPeerConnection(analysis.peerConnections[0]!);
  root.removeAttribute('aria-busy');
  const seconds = (performance.now() - (performance.getEntriesByName('dump:start')[0]?.startTime ?? 0)) / 1000;
  status.textContent = fill(t.analysed, {
    name: fileName,
    count: analysis.peerConnections.length,
    seconds: formatNumber(seconds, island.locale, { min: 1, max: 1 }),
  });
  showReport({
    kind: 'dump',
    title: fileName,
    createdAt: new Date().toISOString(),
    markdown: dumpMarkdown(island.strings, island.links, analysis, fileName, island.numbers, island.locale),
  });
}

function showPeerConnection(pc: PeerConnectionAnalysis): void {
  renderSession(pc);
  renderMetrics(pc);
  for (const chart of charts) chart.destroy();
  const area = results.querySelector<HTMLElement>('[data-charts]')!;
  charts = pc.charts.map((chart, index) => drawChart(island, chart, index));
  area.replaceChildren(...charts.map((chart) => chart.figure));
  for (const chart of charts) chart.redraw();
  performance.mark('dump:charted');
  performance.measure('dump:parse-and-chart', 'dump:start', 'dump:charted');
  root.dataset.charted = String(pc.charts.length);
}

function renderSession(pc: PeerConnectionAnalysis): void {
  const s = t.session;
  const facts = sessionFacts(island.strings, pc.session);
  const rows: [string, string][] = [
    [s.media, facts.media],
    [s.codecsInUse, facts.codecs],
    [s.features, facts.features],
    [s.path, facts.path],
    [s.states, facts.states],
  ];
  results
    .querySelector('[data-session]')!
    .replaceChildren(...rows.flatMap(([term, description]) => [el('dt', {}, term), el('dd', {}, description)]));
}

function renderMetrics(pc: PeerConnectionAnalysis): void {
  const m = t.metricsTable;
  const names = island.numbers.thresholds;
  results.querySelector('[data-metrics]')!.replaceChildren(
    table(
      m.caption,
      [m.metric, m.stream, m.value, m.level, m.bands],
      pc.metrics.map((metric) => {
        const threshold = names[metric.id];
        return [
          threshold ? numberName(threshold, island.locale) : metric.id,
          fill(t.streams[metric.direction], { kind: metric.kind ? t.kinds[metric.kind] : '' }).trim(),
          `${formatNumber(metric.value, island.locale, { max: 2 })} ${threshold?.unit ?? ''}`.trim(),
          island.strings.common.levels[metric.level],
          threshold ? formatBands(threshold, LOCALES[island.locale].lang) : '',
        ];
      }),
    ),
  );
}

picker.addEventListener('change', () => {
  const pc = current?.peerConnections.find((entry) => entry.id === picker.value);
  if (pc) showPeerConnection(pc);
});

input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file) read(file);
});
zone.addEventListener('dragover', (event) => {
  event.preventDefault();
  zone.classList.add('over');
});
zone.addEventListener('dragleave', () => zone.classList.remove('over'));
zone.addEventListener('drop', (event) => {
  event.preventDefault();
  zone.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file) read(file);
});

// Colours follow the theme: redraw when the menu or the system setting changes it.
const redraw = () => charts.forEach((chart) => chart.redraw());
new MutationObserver(redraw).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
root.dataset.ready = 'true';
