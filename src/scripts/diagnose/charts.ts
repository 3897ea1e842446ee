/**
 * Draws the analyser's charts with uPlot (loaded on the dump page only). Each
 * chart is a figure whose text alternative is the table of min / median / max
 * beside it; colours come from the theme's CSS variables, resolved to real
 * colours, and are redrawn when the theme changes.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { fill } from '../../i18n/fill.ts';
import type { DiagnoseStrings } from '../../i18n/diagnose.ts';
import type { DiagnoseIsland } from '../../diagnose-data.ts';
import type { ChartData, ChartLine } from '../../lib/diagnose/charts.ts';
import { formatNumber } from '../../lib/diagnose/format.ts';
import { el } from './dom.ts';

const PALETTE = ['--accent', '--danger', '--tip', '--warning', '--note', '--muted'];

function cssColor(variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

export function lineLabel(strings: DiagnoseStrings, line: ChartLine): string {
  const kind = strings.dump.kinds[(line.kind ?? '') as 'audio' | 'video' | ''] ?? line.kind ?? '';
  const base = fill(strings.dump.lines[line.direction], { kind }).trim();
  return line.ssrc !== undefined
    ? `${base}${strings.common.punctuation.comma}${fill(strings.dump.lines.ssrc, { ssrc: line.ssrc })}`
    : base;
}

const format = (value: number | undefined, locale: DiagnoseIsland['locale']) =>
  value === undefined ? '–' : formatNumber(value, locale, { max: value < 10 ? 2 : 0 });

function options(strings: DiagnoseStrings, chart: ChartData, width: number): uPlot.Options {
  const text = cssColor('--muted');
  const grid = cssColor('--border');
  const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  const limitation = chart.id === 'quality-limitation';
  return {
    width,
    height: 220,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false }, ...(limitation ? { y: { range: [0, 3] } } : {}) },
    axes: [
      { ...axis, label: 's', labelSize: 20 },
      {
        ...axis,
        size: limitation ? 80 : 56,
        label: chart.unit,
        labelSize: 20,
        ...(limitation
          ? {
              splits: () => [0, 1, 2, 3],
              values: (_: uPlot, splits: number[]) => splits.map((split) => strings.dump.limitationLevels[split] ?? ''),
            }
          : {}),
      },
    ],
    series: [
      {},
      ...chart.lines.map((line, index) => ({
        label: lineLabel(strings, line),
        stroke: cssColor(PALETTE[index % PALETTE.length]!),
        width: 2,
        spanGaps: false,
        ...(limitation ? { paths: uPlot.paths.stepped?.({ align: 1 }) } : {}),
      })),
    ],
  };
}

export interface DrawnChart {
  figure: HTMLElement;
  redraw: () => void;
  destroy: () => void;
}

export function drawChart(
  island: Pick<DiagnoseIsland, 'strings' | 'locale'>,
  chart: ChartData,
  index: number,
): DrawnChart {
  const { strings, locale } = island;
  const unit =
    chart.unit && chart.id !== 'quality-limitation' ? fill(strings.common.punctuation.aside, { text: chart.unit }) : '';
  const title = `${strings.dump.charts[chart.id]}${unit}`;
  const titleId = `chart-${index}-title`;
  const tableId = `chart-${index}-table`;
  const columns = strings.dump.chartColumns;
  const plotArea = el('div', { class: 'plot', 'aria-hidden': 'true' });
  const limitation = chart.id === 'quality-limitation';
  const shown = (value: number | undefined) =>
    limitation && value !== undefined ? (strings.dump.limitationLevels[value] ?? '–') : format(value, locale);
  const summary = el(
    'table',
    { class: 'data-table', id: tableId },
    el('caption', { class: 'sr-only' }, fill(strings.dump.chartTable, { title })),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...[columns.line, columns.min, columns.median, columns.max].map((head) => el('th', { scope: 'col' }, head)),
      ),
    ),
    el(
      'tbody',
      {},
      ...chart.lines.map((line, lineIndex) =>
        el(
          'tr',
          {},
          el(
            'th',
            { scope: 'row' },
            el('span', { class: `swatch swatch-${lineIndex % PALETTE.length}`, 'aria-hidden': 'true' }),
            lineLabel(strings, line),
          ),
          el('td', {}, shown(line.min)),
          el('td', {}, shown(line.median)),
          el('td', {}, shown(line.max)),
        ),
      ),
    ),
  );
  const figure = el(
    'figure',
    { class: 'chart', 'aria-labelledby': titleId, 'aria-describedby': tableId, 'data-chart': chart.id },
    el('figcaption', { id: titleId }, title),
    plotArea,
    el('div', { class: 'scroll-x' }, summary),
  );
  const data: uPlot.AlignedData = [chart.x, ...chart.lines.map((line) => line.values)];
  let plot: uPlot | undefined;
  const draw = () => {
    plot?.destroy();
    const width = Math.max(
      240,
      Math.floor(plotArea.getBoundingClientRect().width || figure.getBoundingClientRect().width || 320),
    );
    plot = new uPlot(options(strings, chart, width), data, plotArea);
  };
  const observer = new ResizeObserver(() =>
    plot?.setSize({ width: Math.max(240, Math.floor(plotArea.getBoundingClientRect().width)), height: 220 }),
  );
  return {
    figure,
    redraw: () => {
      draw();
      observer.observe(plotArea);
    },
    destroy: () => {
      observer.disconnect();
      plot?.destroy();
    },
  };
}
