/**
 * Reads a chrome://webrtc-internals dump into a typed model, once: peer
 * connection → stats object by id → series by field. Current Chrome writes the
 * dump gzip-compressed, older versions plain JSON; both are accepted. Pure (no
 * DOM): `DecompressionStream` exists in browsers, workers and Node alike.
 *
 * The dump format, as Chrome writes it:
 * `{ getUserMedia: [...], PeerConnections: { "<pid>-<lid>": { url, rtcConfiguration,
 * updateLog: [{ time|timestamp, type, value }], stats: { "<statsId>-<field>":
 * { startTime, endTime, statsType, values: "<JSON array>" } } } }, UserAgent }`.
 */

/** Why a file could not be read; each has a sentence in the dictionary. */
export type DumpErrorCode = 'empty' | 'gzip-damaged' | 'truncated-json' | 'not-json' | 'not-a-dump';

export class DumpError extends Error {
  readonly code: DumpErrorCode;
  constructor(code: DumpErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.code = code;
  }
}

export type StatValue = number | string | boolean | null | Record<string, unknown>;

/** One field of one stats object over time. `times` are epoch milliseconds, one per value. */
export interface FieldSeries {
  times: number[];
  values: StatValue[];
}

export interface StatsObject {
  id: string;
  /** `inbound-rtp`, `outbound-rtp`, `candidate-pair`, `transport`… */
  type: string;
  fields: Record<string, FieldSeries>;
}

export interface PeerConnectionEvent {
  /** Epoch milliseconds; NaN when the dump did not record a time. */
  time: number;
  type: string;
  value: string;
}

export interface PeerConnectionModel {
  /** `<pid>-<lid>` as in the dump. */
  id: string;
  url: string;
  rtcConfiguration: string;
  events: PeerConnectionEvent[];
  stats: Record<string, StatsObject>;
}

export interface DumpModel {
  userAgent: string;
  peerConnections: PeerConnectionModel[];
  /** Number of getUserMedia/getDisplayMedia requests and results in the dump. */
  getUserMediaCalls: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** The dump's text: gunzipped when the file is gzip, else read as UTF-8. */
export async function dumpText(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength === 0) throw new DumpError('empty');
  if (!isGzip(bytes)) return new TextDecoder().decode(bytes);
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    return await new Response(stream).text();
  } catch (error) {
    throw new DumpError('gzip-damaged', error instanceof Error ? error.message : String(error));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses the dump's JSON text into the model; a `DumpError` says what is wrong with it. */
export function parseDump(text: string): DumpModel {
  const trimmed = text.trim();
  if (trimmed === '') throw new DumpError('empty');
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // A dump cut off in transfer starts like one but never closes its outer object.
    if (trimmed.startsWith('{') && !trimmed.endsWith('}')) throw new DumpError('truncated-json', detail);
    throw new DumpError('not-json', detail);
  }
  if (!isRecord(raw) || !isRecord(raw.PeerConnections)) throw new DumpError('not-a-dump');
  const peerConnections = Object.entries(raw.PeerConnections).flatMap(([id, pc]) =>
    isRecord(pc) ? [readPeerConnection(id, pc)] : [],
  );
  return {
    userAgent: typeof raw.UserAgent === 'string' ? raw.UserAgent : '',
    peerConnections,
    getUserMediaCalls: Array.isArray(raw.getUserMedia) ? raw.getUserMedia.length : 0,
  };
}

function readPeerConnection(id: string, pc: Record<string, unknown>): PeerConnectionModel {
  const events: PeerConnectionEvent[] = Array.isArray(pc.updateLog)
    ? pc.updateLog.flatMap((entry: unknown) => {
        if (!isRecord(entry) || typeof entry.type !== 'string') return [];
        // Chrome writes `timestamp` (epoch ms); older versions `time` (a date string).
        const time =
          typeof entry.timestamp === 'number'
            ? entry.timestamp
            : typeof entry.time === 'string'
              ? Date.parse(entry.time)
              : Number.NaN;
        return [{ time, type: entry.type, value: typeof entry.value === 'string' ? entry.value : '' }];
      })
    : [];
  return {
    id,
    url: typeof pc.url === 'string' ? pc.url : '',
    rtcConfiguration: typeof pc.rtcConfiguration === 'string' ? pc.rtcConfiguration : '',
    events,
    stats: isRecord(pc.stats) ? readStats(pc.stats) : {},
  };
}

interface RawField {
  field: string;
  start: number;
  end: number;
  values: StatValue[];
}

function readStats(stats: Record<string, unknown>): Record<string, StatsObject> {
  const byObject = new Map<string, { type: string; fields: RawField[] }>();
  for (const [key, entry] of Object.entries(stats)) {
    if (!isRecord(entry) || typeof entry.values !== 'string') continue;
    // Ids may contain hyphens (codec ids carry the fmtp line), field names never do.
    const cut = key.lastIndexOf('-');
    if (cut <= 0) continue;
    let values: unknown;
    try {
      values = JSON.parse(entry.values);
    } catch {
      continue;
    }
    if (!Array.isArray(values)) continue;
    const id = key.slice(0, cut);
    const object = byObject.get(id) ?? { type: '', fields: [] };
    if (typeof entry.statsType === 'string') object.type = entry.statsType;
    object.fields.push({
      field: key.slice(cut + 1),
      start: typeof entry.startTime === 'string' ? Date.parse(entry.startTime) : Number.NaN,
      end: typeof entry.endTime === 'string' ? Date.parse(entry.endTime) : Number.NaN,
      values: values as StatValue[],
    });
    byObject.set(id, object);
  }
  const result: Record<string, StatsObject> = {};
  for (const [id, object] of byObject) {
    const clock = object.fields.find((field) => field.field === 'timestamp');
    const stamps = clock?.values.every((value) => typeof value === 'number') ? (clock.values as number[]) : undefined;
    const fields: Record<string, FieldSeries> = {};
    for (const field of object.fields) {
      fields[field.field] = { times: fieldTimes(field, stamps), values: field.values };
    }
    result[id] = { id, type: object.type, fields };
  }
  return result;
}

/**
 * Times of a field's values. Every field of an object is sampled together, but a
 * field that appeared later (e.g. `roundTripTime`) has fewer values: they are the
 * object's last samples up to the field's own end time. Without a `timestamp`
 * series, values are spread evenly between the field's start and end.
 */
function fieldTimes(field: RawField, stamps: number[] | undefined): number[] {
  const n = field.values.length;
  if (stamps && stamps.length >= n) {
    let last = stamps.length - 1;
    if (Number.isFinite(field.end)) {
      while (last >= n && (stamps[last] ?? 0) > field.end + 500) last -= 1;
    }
    return stamps.slice(last - n + 1, last + 1);
  }
  const { start, end } = field;
  if (!Number.isFinite(start) || !Number.isFinite(end) || n < 2) {
    return Array.from({ length: n }, (_, index) => (Number.isFinite(start) ? start : 0) + index * 1000);
  }
  const step = (end - start) / (n - 1);
  return Array.from({ length: n }, (_, index) => start + index * step);
}
