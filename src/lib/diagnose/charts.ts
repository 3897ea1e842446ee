import type { PeerConnectionModel, StatsObject } from './dump.ts';
import {
  bitrate,
  kindOf,
  lastValue,
  lossPercent,
  median,
  numbers,
  objectsOfType,
  present,
  ratio,
  type Series,
} from './series.ts';

/**
 * The time series the analyser draws, one chart per question support asks
 * ("was bandwidth the limit?", "did video freeze?"). Each chart has one time axis
 * (seconds since the call's first sample) that all its lines share, as uPlot
 * wants, at most `maxPoints` points, and a min / median / max summary per line:
 * the table that is the chart's text alternative.
 */

export type ChartId =
  | 'bitrate'
  | 'packet-loss'
  | 'rtt'
  | 'jitter'
  | 'frame-rate'
  | 'resolution'
  | 'freezes'
  | 'jitter-buffer'
  | 'concealment'
  | 'quality-limitation';

export interface ChartLine {
  direction: 'inbound' | 'outbound' | 'connection' | 'remote';
  kind?: string;
  ssrc?: number;
  values: (number | null)[];
  min?: number;
  median?: number;
  max?: number;
}

export interface ChartData {
  id: ChartId;
  unit: string;
  /** Seconds since the first sample of the peer connection. */
  x: number[];
  lines: ChartLine[];
}

/** `qualityLimitationReason` as a step line: 0 none, 1 bandwidth, 2 cpu, 3 other. */
export const LIMITATION_LEVELS = ['none', 'bandwidth', 'cpu', 'other'] as const;

interface Source {
  direction: ChartLine['direction'];
  object: StatsObject;
  series: Series;
}

const DEFAULT_MAX_POINTS = 1200;

function ssrcOf(object: StatsObject): number | undefined {
  const value = lastValue(object, 'ssrc');
  return typeof value === 'number' ? value : undefined;
}

function scaled(series: Series, factor: number): Series {
  return { times: series.times, values: series.values.map((value) => (value === null ? null : value * factor)) };
}

function limitationSteps(object: StatsObject): Series {
  const field = object.fields.qualityLimitationReason;
  if (!field) return { times: [], values: [] };
  return {
    times: field.times,
    values: field.values.map((value) => {
      const level = LIMITATION_LEVELS.indexOf(value as (typeof LIMITATION_LEVELS)[number]);
      return level === -1 ? null : level;
    }),
  };
}

function sources(pc: PeerConnectionModel, id: ChartId): Source[] {
  const inbound = objectsOfType(pc, 'inbound-rtp');
  const outbound = objectsOfType(pc, 'outbound-rtp');
  const video = (list: StatsObject[]) => list.filter((object) => kindOf(object) === 'video');
  const audio = (list: StatsObject[]) => list.filter((object) => kindOf(object) === 'audio');
  const from = (direction: Source['direction'], list: StatsObject[], read: (object: StatsObject) => Series) =>
    list.map((object) => ({ direction, object, series: read(object) }));
  switch (id) {
    case 'bitrate':
      return [
        ...from('outbound', outbound, (object) => scaled(bitrate(object, 'bytesSent'), 1 / 1000)),
        ...from('inbound', inbound, (object) => scaled(bitrate(object, 'bytesReceived'), 1 / 1000)),
      ];
    case 'packet-loss':
      return [
        ...from('inbound', inbound, lossPercent),
        ...from('remote', objectsOfType(pc, 'remote-inbound-rtp'), (object) => numbers(object, 'fractionLost', 100)),
      ];
    case 'rtt': {
      const pairs = objectsOfType(pc, 'candidate-pair').filter(
        (pair) => present(numbers(pair, 'currentRoundTripTime')).length > 0 && lastValue(pair, 'state') === 'succeeded',
      );
      return [
        ...from('connection', pairs, (object) => numbers(object, 'currentRoundTripTime', 1000)),
        ...from('remote', objectsOfType(pc, 'remote-inbound-rtp'), (object) => numbers(object, 'roundTripTime', 1000)),
      ];
    }
    case 'jitter':
      return from('inbound', inbound, (object) => numbers(object, 'jitter', 1000));
    case 'frame-rate':
      return [
        ...from('outbound', video(outbound), (object) => numbers(object, 'framesPerSecond')),
        ...from('inbound', video(inbound), (object) => numbers(object, 'framesPerSecond')),
      ];
    case 'resolution':
      return [
        ...from('outbound', video(outbound), (object) => numbers(object, 'frameHeight')),
        ...from('inbound', video(inbound), (object) => numbers(object, 'frameHeight')),
      ];
    case 'freezes':
      // Seconds frozen per second of call: 1 means the picture stood still the whole interval.
      return from('inbound', video(inbound), (object) => scaled(ratio(object, 'totalFreezesDuration'), 100));
    case 'jitter-buffer':
      return from('inbound', inbound, (object) => ratio(object, 'jitterBufferDelay', 'jitterBufferEmittedCount', 1000));
    case 'concealment':
      return from('inbound', audio(inbound), (object) =>
        ratio(object, 'concealedSamples', 'totalSamplesReceived', 100),
      );
    case 'quality-limitation':
      return from('outbound', video(outbound), limitationSteps);
  }
}

const UNITS: Record<ChartId, string> = {
  bitrate: 'kbps',
  'packet-loss': '%',
  rtt: 'ms',
  jitter: 'ms',
  'frame-rate': 'fps',
  resolution: 'px',
  freezes: '%',
  'jitter-buffer': 'ms',
  concealment: '%',
  'quality-limitation': '',
};

export const CHART_IDS = Object.keys(UNITS) as ChartId[];

/** Charts of one peer connection; a chart with no data is left out. */
export function callCharts(pc: PeerConnectionModel, maxPoints = DEFAULT_MAX_POINTS): ChartData[] {
  const all = CHART_IDS.map((id) => ({
    id,
    sources: sources(pc, id).filter((source) => present(source.series).length > 0),
  }));
  const origin = all
    .flatMap((chart) => chart.sources.map((source) => source.series.times[0] ?? Number.POSITIVE_INFINITY))
    .reduce((low, time) => Math.min(low, time), Number.POSITIVE_INFINITY);
  return all
    .filter((chart) => chart.sources.length > 0)
    .map((chart) => align(chart.id, chart.sources, Number.isFinite(origin) ? origin : 0, maxPoints));
}

/**
 * One time axis for all lines: samples are bucketed into `maxPoints` intervals
 * (one second each for an ordinary dump); a bucket keeps the worst value of
 * loss-like lines and the mean of the others, so a spike is never averaged away.
 */
function align(id: ChartId, list: Source[], origin: number, maxPoints: number): ChartData {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const source of list) {
    first = Math.min(first, source.series.times[0] ?? first);
    last = Math.max(last, source.series.times.at(-1) ?? last);
  }
  const seconds = (last - first) / 1000;
  const width = Math.max(1, seconds / maxPoints);
  const buckets = Math.max(1, Math.min(maxPoints, Math.floor(seconds / width) + 1));
  const x = Array.from(
    { length: buckets },
    (_, index) => Math.round(((first - origin) / 1000 + index * width) * 10) / 10,
  );
  const peak =
    id === 'packet-loss' ||
    id === 'rtt' ||
    id === 'jitter' ||
    id === 'freezes' ||
    id === 'concealment' ||
    id === 'quality-limitation';
  const lines = list.map(({ direction, object, series }) => {
    const sums = new Float64Array(buckets);
    const counts = new Uint32Array(buckets);
    const worst = new Array<number | null>(buckets).fill(null);
    series.times.forEach((time, index) => {
      const value = series.values[index];
      if (value === null || value === undefined) return;
      const bucket = Math.min(buckets - 1, Math.round((time - first) / 1000 / width));
      sums[bucket]! += value;
      counts[bucket]! += 1;
      worst[bucket] = Math.max(worst[bucket] ?? value, value);
    });
    const values = Array.from({ length: buckets }, (_, bucket) =>
      counts[bucket] ? (peak ? worst[bucket]! : Math.round((sums[bucket]! / counts[bucket]!) * 100) / 100) : null,
    );
    const known = present(series);
    return {
      direction,
      kind: kindOf(object),
      ssrc: ssrcOf(object),
      values,
      min: known.reduce<number | undefined>(
        (low, value) => (low === undefined || value < low ? value : low),
        undefined,
      ),
      median: median(known),
      max: known.reduce<number | undefined>(
        (high, value) => (high === undefined || value > high ? value : high),
        undefined,
      ),
    };
  });
  return { id, unit: UNITS[id], x, lines };
}
