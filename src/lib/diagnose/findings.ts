import { grade } from '../numbers.ts';
import type { Level, Numbers } from '../../schemas/numbers.ts';
import type { PeerConnectionModel, StatsObject } from './dump.ts';
import type { SessionSummary } from './session.ts';
import {
  growth,
  kindOf,
  lastNumber,
  lossPercent,
  median,
  mostCommon,
  numbers as numberSeries,
  objectsOfType,
  overallLoss,
  percentile,
  present,
  ratio,
  span,
} from './series.ts';

/**
 * What went wrong in a call, as pure functions over the dump model: each metric
 * is graded with the thresholds of `content/numbers.yaml`, and each finding says
 * in numbers what happened and which article explains it. The page only words
 * them (src/i18n/diagnose.ts) and renders.
 */

/** Ids of thresholds in numbers.yaml that the analyser grades with. */
export type MetricId =
  'rtt' | 'packet-loss' | 'jitter' | 'frame-rate' | 'freeze-rate' | 'concealment' | 'quality-limited' | 'encode-time';

export type StreamKind = 'audio' | 'video';

export interface Metric {
  id: MetricId;
  /** `inbound` / `outbound` stream of a kind, or the connection itself. */
  direction: 'inbound' | 'outbound' | 'connection';
  kind?: StreamKind;
  /** The stats object measured (an inbound-rtp or outbound-rtp id). */
  streamId?: string;
  value: number;
  level: Level;
}

/** Where a finding is explained: an article (short link id and anchor) or an error-code page. */
export interface FindingLink {
  article: string;
  anchor?: string;
  /** An error code of `content/errors/<api>.yaml`; its page is linked when the site has one. */
  error?: { api: string; code: string };
}

export type FindingId =
  | 'bandwidth-limited'
  | 'cpu-limited'
  | 'freezes'
  | 'packet-loss'
  | 'rtt'
  | 'jitter'
  | 'frame-rate'
  | 'concealment'
  | 'encode-time'
  | 'no-video-received'
  | 'ice-failed'
  | 'candidate-error'
  | 'relayed';

export interface Finding {
  id: FindingId;
  /** `info` is worth knowing but not a problem (a relayed call). */
  level: Level | 'info';
  pcId: string;
  /** Numbers and names the sentence is built from; the dictionary has a template per id. */
  params: Record<string, string | number>;
  link: FindingLink;
}

export const FINDING_LINKS: Record<FindingId, FindingLink> = {
  'bandwidth-limited': { article: 'KB-1203' },
  'cpu-limited': { article: 'KB-1215' },
  freezes: { article: 'KB-1204' },
  'packet-loss': { article: 'KB-1004', anchor: 'packet-loss' },
  rtt: { article: 'KB-1004', anchor: 'rtt' },
  jitter: { article: 'KB-1004', anchor: 'jitter' },
  'frame-rate': { article: 'KB-1004', anchor: 'frame-rate' },
  concealment: { article: 'KB-1308' },
  'encode-time': { article: 'KB-1215' },
  'no-video-received': { article: 'KB-1205' },
  'ice-failed': { article: 'KB-1007', error: { api: 'ice', code: 'ICE failed' } },
  'candidate-error': { article: 'KB-1016' },
  relayed: { article: 'KB-1417' },
};

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

function streams(pc: PeerConnectionModel, type: 'inbound-rtp' | 'outbound-rtp', kind: StreamKind): StatsObject[] {
  return objectsOfType(pc, type).filter((object) => kindOf(object) === kind);
}

const LIMITS = ['bandwidth', 'cpu', 'other'] as const;
type Limit = (typeof LIMITS)[number];

/** Seconds spent in each qualityLimitationReason: from the durations record, else by counting samples. */
export function limitationSeconds(outbound: StatsObject): Record<Limit | 'none', number> {
  const durations = outbound.fields.qualityLimitationDurations?.values.filter(
    (value): value is Record<string, number> => typeof value === 'object' && value !== null,
  );
  const result = { none: 0, bandwidth: 0, cpu: 0, other: 0 };
  if (durations && durations.length >= 2) {
    const first = durations[0]!;
    const last = durations.at(-1)!;
    for (const key of Object.keys(result) as (keyof typeof result)[]) {
      result[key] = Math.max(0, (Number(last[key]) || 0) - (Number(first[key]) || 0));
    }
    return result;
  }
  const reasons = outbound.fields.qualityLimitationReason;
  if (!reasons) return result;
  for (let index = 1; index < reasons.values.length; index += 1) {
    const reason = reasons.values[index];
    const seconds = (reasons.times[index]! - reasons.times[index - 1]!) / 1000;
    if (reason === 'none' || reason === 'bandwidth' || reason === 'cpu' || reason === 'other')
      result[reason] += seconds;
  }
  return result;
}

/** The frame height most often sent while the encoder was limited by `reason`. */
function heightWhileLimited(outbound: StatsObject, reason: Limit): number | undefined {
  const reasons = outbound.fields.qualityLimitationReason;
  const heights = numberSeries(outbound, 'frameHeight');
  if (!reasons || heights.values.length === 0) return mostCommon(present(heights));
  const byTime = new Map(heights.times.map((time, index) => [time, heights.values[index]]));
  const limited = reasons.times
    .filter((_, index) => reasons.values[index] === reason)
    .map((time) => byTime.get(time))
    .filter((height): height is number => typeof height === 'number' && height > 0);
  return mostCommon(limited) ?? mostCommon(present(heights));
}

export function callMetrics(pc: PeerConnectionModel, session: SessionSummary, numbers: Numbers): Metric[] {
  const metrics: Metric[] = [];
  const add = (metric: Omit<Metric, 'level'>) =>
    metrics.push({
      ...metric,
      value: round(metric.value, 2),
      level: grade(numbers.thresholds[metric.id]!, metric.value),
    });

  if (session.selectedPair?.rttMs !== undefined)
    add({ id: 'rtt', direction: 'connection', value: session.selectedPair.rttMs });
  for (const kind of ['audio', 'video'] as const) {
    for (const inbound of streams(pc, 'inbound-rtp', kind)) {
      if ((growth(inbound, 'packetsReceived') ?? 0) <= 0) continue;
      const loss = overallLoss(inbound);
      if (loss !== undefined) add({ id: 'packet-loss', direction: 'inbound', kind, streamId: inbound.id, value: loss });
      const jitter = median(present(numberSeries(inbound, 'jitter', 1000)));
      if (jitter !== undefined) add({ id: 'jitter', direction: 'inbound', kind, streamId: inbound.id, value: jitter });
      if (kind === 'video') {
        const fps = median(present(numberSeries(inbound, 'framesPerSecond')));
        if (fps !== undefined) add({ id: 'frame-rate', direction: 'inbound', kind, streamId: inbound.id, value: fps });
        const frozen = growth(inbound, 'totalFreezesDuration');
        const seconds = span(inbound);
        if (frozen !== undefined && seconds > 0)
          add({ id: 'freeze-rate', direction: 'inbound', kind, streamId: inbound.id, value: (100 * frozen) / seconds });
      } else {
        const concealed = growth(inbound, 'concealedSamples');
        const silent = growth(inbound, 'silentConcealedSamples') ?? 0;
        const total = growth(inbound, 'totalSamplesReceived');
        if (concealed !== undefined && total)
          add({
            id: 'concealment',
            direction: 'inbound',
            kind,
            streamId: inbound.id,
            value: (100 * (concealed - silent)) / total,
          });
      }
    }
  }
  for (const outbound of streams(pc, 'outbound-rtp', 'video')) {
    if ((growth(outbound, 'framesEncoded') ?? 0) <= 0) continue;
    const limits = limitationSeconds(outbound);
    const total = limits.none + limits.bandwidth + limits.cpu + limits.other;
    if (total > 0) {
      add({
        id: 'quality-limited',
        direction: 'outbound',
        kind: 'video',
        streamId: outbound.id,
        value: (100 * (total - limits.none)) / total,
      });
    }
    const encode = median(present(ratio(outbound, 'totalEncodeTime', 'framesEncoded', 1000)));
    if (encode !== undefined)
      add({ id: 'encode-time', direction: 'outbound', kind: 'video', streamId: outbound.id, value: encode });
  }
  return metrics;
}

/** Findings of one peer connection, worst first. */
export function callFindings(pc: PeerConnectionModel, session: SessionSummary, metrics: readonly Metric[]): Finding[] {
  const findings: Finding[] = [];
  const add = (id: FindingId, level: Finding['level'], params: Finding['params'], link = FINDING_LINKS[id]) =>
    findings.push({ id, level, pcId: pc.id, params, link });

  if (session.iceFailed) add('ice-failed', 'bad', {});
  for (const error of session.candidateErrors) {
    add(
      'candidate-error',
      'degraded',
      { code: error.code, url: error.url, text: error.text },
      { article: FINDING_LINKS['candidate-error'].article, error: { api: 'ice', code: String(error.code) } },
    );
  }

  for (const metric of metrics) {
    if (metric.level === 'good') continue;
    const kind = metric.kind ?? '';
    const stream = metric.streamId ? pc.stats[metric.streamId] : undefined;
    if (metric.id === 'quality-limited' && stream) {
      const limits = limitationSeconds(stream);
      const reason: Limit = LIMITS.reduce((best, limit) => (limits[limit] > limits[best] ? limit : best), 'bandwidth');
      add(reason === 'cpu' ? 'cpu-limited' : 'bandwidth-limited', metric.level, {
        seconds: round(limits[reason]),
        percent: round(metric.value),
        height: heightWhileLimited(stream, reason) ?? 0,
        reason,
      });
    } else if (metric.id === 'freeze-rate' && stream) {
      add('freezes', metric.level, {
        count: round(growth(stream, 'freezeCount') ?? 0),
        seconds: round(growth(stream, 'totalFreezesDuration') ?? 0, 1),
        percent: round(metric.value, 1),
        loss: round(overallLoss(stream) ?? 0, 1),
      });
    } else if (metric.id === 'packet-loss' && stream) {
      add('packet-loss', metric.level, {
        kind,
        percent: round(metric.value, 1),
        peak: round(percentile(present(lossPercent(stream)), 95) ?? 0, 1),
      });
    } else if (metric.id === 'rtt') add('rtt', metric.level, { ms: round(metric.value) });
    else if (metric.id === 'jitter') add('jitter', metric.level, { kind, ms: round(metric.value) });
    else if (metric.id === 'frame-rate') add('frame-rate', metric.level, { fps: round(metric.value) });
    else if (metric.id === 'concealment') add('concealment', metric.level, { percent: round(metric.value, 1) });
    else if (metric.id === 'encode-time') add('encode-time', metric.level, { ms: round(metric.value, 1) });
  }

  for (const inbound of streams(pc, 'inbound-rtp', 'video')) {
    const decoded = lastNumber(inbound, 'framesDecoded') ?? 0;
    if (decoded === 0 && span(inbound) >= 2) {
      add('no-video-received', 'bad', { packets: lastNumber(inbound, 'packetsReceived') ?? 0 });
    }
  }
  const pair = session.selectedPair;
  if (pair?.relayed) {
    const relay = pair.local.type === 'relay' ? pair.local : pair.remote;
    add('relayed', 'info', {
      protocol: relay.relayProtocol ?? relay.protocol,
      side: pair.local.type === 'relay' ? 'local' : 'remote',
    });
  }
  const order = { bad: 0, degraded: 1, info: 2, good: 3 };
  return findings.sort((a, b) => order[a.level] - order[b.level]);
}
