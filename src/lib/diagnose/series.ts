import type { PeerConnectionModel, StatValue, StatsObject } from './dump.ts';

/**
 * Small readers over the dump model: the stats objects of a kind, a field as
 * numbers, rates and ratios of cumulative counters. getStats counters only grow,
 * so everything per second is a difference between two samples.
 */

/** Points in time (epoch ms) with a number or a gap (`null`) at each. */
export interface Series {
  times: number[];
  values: (number | null)[];
}

export function objectsOfType(pc: PeerConnectionModel, type: string): StatsObject[] {
  return Object.values(pc.stats).filter((object) => object.type === type);
}

export function kindOf(object: StatsObject): string | undefined {
  const value = lastValue(object, 'kind') ?? lastValue(object, 'mediaType');
  return typeof value === 'string' ? value : undefined;
}

export function lastValue(object: StatsObject, field: string): StatValue | undefined {
  const values = object.fields[field]?.values;
  return values && values.length > 0 ? values[values.length - 1] : undefined;
}

export function lastNumber(object: StatsObject, field: string): number | undefined {
  const value = lastValue(object, field);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A field as numbers; anything else becomes a gap. `scale` converts units (s → ms: 1000). */
export function numbers(object: StatsObject, field: string, scale = 1): Series {
  const series = object.fields[field];
  if (!series) return { times: [], values: [] };
  return {
    times: series.times,
    values: series.values.map((value) => (typeof value === 'number' && Number.isFinite(value) ? value * scale : null)),
  };
}

/** Looks values up by time: fields of one object share the sampling clock. */
function byTime(series: Series): (time: number) => number | null {
  const index = new Map<number, number>();
  series.times.forEach((time, position) => index.set(time, position));
  return (time) => {
    const position = index.get(time);
    return position === undefined ? null : (series.values[position] ?? null);
  };
}

/**
 * Δ numerator ÷ Δ denominator between consecutive samples, times `scale`; a gap
 * when the denominator did not move or a counter went backwards (a reset).
 * Without a denominator, the change per second.
 */
export function ratio(object: StatsObject, numerator: string, denominator?: string, scale = 1): Series {
  const top = numbers(object, numerator);
  const bottom = denominator ? byTime(numbers(object, denominator)) : undefined;
  const times: number[] = [];
  const values: (number | null)[] = [];
  for (let index = 1; index < top.times.length; index += 1) {
    const time = top.times[index]!;
    const before = top.times[index - 1]!;
    const a = top.values[index];
    const b = top.values[index - 1];
    times.push(time);
    if (a == null || b == null || a < b) {
      values.push(null);
      continue;
    }
    const span = bottom ? delta(bottom, before, time) : (time - before) / 1000;
    values.push(span !== null && span > 0 ? ((a - b) / span) * scale : null);
  }
  return { times, values };
}

function delta(at: (time: number) => number | null, from: number, to: number): number | null {
  const a = at(to);
  const b = at(from);
  return a === null || b === null || a < b ? null : a - b;
}

/** Bits per second from a cumulative byte counter. */
export function bitrate(object: StatsObject, bytesField: string): Series {
  return ratio(object, bytesField, undefined, 8);
}

/** Δ lost ÷ (Δ lost + Δ received), in %, per sample: the packet-loss definition of numbers.yaml. */
export function lossPercent(inbound: StatsObject): Series {
  const lost = numbers(inbound, 'packetsLost');
  const lostAt = byTime(lost);
  const receivedAt = byTime(numbers(inbound, 'packetsReceived'));
  const times: number[] = [];
  const values: (number | null)[] = [];
  for (let index = 1; index < lost.times.length; index += 1) {
    const time = lost.times[index]!;
    const dLost = delta(lostAt, lost.times[index - 1]!, time);
    const dReceived = delta(receivedAt, lost.times[index - 1]!, time);
    times.push(time);
    values.push(
      dLost === null || dReceived === null || dLost + dReceived === 0 ? null : (100 * dLost) / (dLost + dReceived),
    );
  }
  return { times, values };
}

/** Loss over the whole series: total Δ lost ÷ total Δ sent, in %. */
export function overallLoss(inbound: StatsObject): number | undefined {
  const lost = numbers(inbound, 'packetsLost').values.filter((value): value is number => value !== null);
  const received = numbers(inbound, 'packetsReceived').values.filter((value): value is number => value !== null);
  if (lost.length < 2 || received.length < 2) return undefined;
  const dLost = lost.at(-1)! - lost[0]!;
  const dReceived = received.at(-1)! - received[0]!;
  return dLost + dReceived > 0 ? (100 * Math.max(0, dLost)) / (dLost + dReceived) : undefined;
}

/** Change of a counter from the first to the last sample. */
export function growth(object: StatsObject, field: string): number | undefined {
  const values = numbers(object, field).values.filter((value): value is number => value !== null);
  return values.length >= 2 ? values.at(-1)! - values[0]! : undefined;
}

/** Seconds covered by the samples of a field. */
export function span(object: StatsObject, field = 'timestamp'): number {
  const times = object.fields[field]?.times ?? [];
  return times.length >= 2 ? (times.at(-1)! - times[0]!) / 1000 : 0;
}

export function present(series: Series): number[] {
  return series.values.filter((value): value is number => value !== null);
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The value at a percentile (0–100), nearest rank. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The value seen most often, e.g. the resolution a stream stayed at. */
export function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
