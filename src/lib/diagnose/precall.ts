import { grade } from '../numbers.ts';
import type { Level, Numbers } from '../../schemas/numbers.ts';
import { h264Profile } from './sdp.ts';
import { median, mostCommon } from './series.ts';
import type { FindingLink } from './findings.ts';

/**
 * The pre-call check's judgement, pure: the page measures (capabilities,
 * candidates, analyser samples, getStats samples) and passes plain numbers in;
 * these functions grade them with `content/numbers.yaml` and return what to say.
 */

export type CheckLevel = Level | 'info' | 'skipped' | 'error';

/** One line of the check's result, worded by the dictionary entry `key` with `params`. */
export interface CheckResult {
  id:
    | 'webrtc'
    | 'secureContext'
    | 'permissions'
    | 'codecs'
    | 'devices'
    | 'camera'
    | 'microphone'
    | 'speaker'
    | 'ice'
    | 'loopback';
  level: CheckLevel;
  key: string;
  params?: Record<string, string | number>;
  /** More sentences, each a dictionary key with params. */
  notes?: { key: string; params?: Record<string, string | number> }[];
  link?: FindingLink;
}

export const CHECK_LINKS = {
  permissions: { article: 'KB-1208' },
  camera: { article: 'KB-1205' },
  microphone: { article: 'KB-1307' },
  speaker: { article: 'KB-1307' },
  ice: { article: 'KB-1007' },
  turn: { article: 'KB-1016' },
  codecs: { article: 'KB-1220' },
  webrtc: { article: 'KB-1014' },
  loopback: { article: 'KB-1004', anchor: 'frame-rate' },
  bandwidth: { article: 'KB-1203' },
  cpu: { article: 'KB-1215' },
  glossary: { article: 'KB-1004' },
} as const satisfies Record<string, FindingLink>;

export const worst = (levels: readonly CheckLevel[]): CheckLevel => {
  const order: CheckLevel[] = ['error', 'bad', 'degraded', 'good', 'info', 'skipped'];
  return order.find((level) => levels.includes(level)) ?? 'skipped';
};

/* Codecs ------------------------------------------------------------------ */

export interface CodecCapability {
  mimeType: string;
  sdpFmtpLine?: string;
}

export interface CodecSupport {
  /** `VP8`, `VP9`, `AV1`, `H265` and one `H264 (profile)` entry per profile, in a fixed order. */
  names: string[];
  h264: boolean;
}

const VIDEO_ORDER = ['VP8', 'VP9', 'AV1', 'H265'];

/** What RTCRtpSender/RTCRtpReceiver.getCapabilities('video') offers, named the way support talks. */
export function codecSupport(codecs: readonly CodecCapability[] | null | undefined): CodecSupport {
  const names = new Set<string>();
  for (const codec of codecs ?? []) {
    const name = codec.mimeType.split('/')[1]?.toUpperCase() ?? '';
    if (name === 'H264') {
      const id = /profile-level-id=([0-9a-f]{6})/i.exec(codec.sdpFmtpLine ?? '')?.[1] ?? '';
      const profile = h264Profile(id).replace(/ [\d.b]+$/, '');
      names.add(profile ? `H264 ${profile}` : 'H264');
    } else if (VIDEO_ORDER.includes(name)) names.add(name);
  }
  const sorted = [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return { names: sorted, h264: sorted.some((name) => name.startsWith('H264')) };
}

function rank(name: string): number {
  const index = VIDEO_ORDER.indexOf(name);
  return index === -1 ? (name.startsWith('H264') ? VIDEO_ORDER.length : 99) : index;
}

/** MediaCapabilities `contentType`s to ask about for `type: 'webrtc'`. */
export const CAPABILITY_PROBES = [
  { codec: 'VP8', contentType: 'video/VP8' },
  { codec: 'VP9', contentType: 'video/VP9' },
  { codec: 'AV1', contentType: 'video/AV1' },
  { codec: 'H264', contentType: 'video/H264;level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f' },
  { codec: 'H265', contentType: 'video/H265' },
] as const;

export function codecsResult(send: CodecSupport, receive: CodecSupport): CheckResult {
  const missingH264 = !send.h264 || !receive.h264;
  return {
    id: 'codecs',
    level: send.names.length === 0 || receive.names.length === 0 ? 'bad' : missingH264 ? 'degraded' : 'good',
    key: 'codecs',
    params: { send: send.names.join(', '), receive: receive.names.join(', ') },
    notes: missingH264 ? [{ key: 'h264Missing' }] : [],
    link: CHECK_LINKS.codecs,
  };
}

/* Candidates --------------------------------------------------------------- */

export interface GatheredCandidate {
  /** host, srflx, prflx, relay */
  type: string;
  /** udp or tcp */
  protocol: string;
  /** For relay candidates: udp, tcp or tls to the TURN server. */
  relayProtocol?: string;
  /** Milliseconds after gathering started. */
  at: number;
}

export interface CandidateErrorEvent {
  code: number;
  url: string;
  text: string;
}

export interface CandidateTally {
  byType: Record<'host' | 'srflx' | 'relay', number>;
  /** `udp`, `tcp`, and for relays `relay/udp`, `relay/tcp`, `relay/tls`. */
  byProtocol: Record<string, number>;
  firstServerCandidateMs?: number;
  firstCandidateMs?: number;
}

export function tallyCandidates(candidates: readonly GatheredCandidate[]): CandidateTally {
  const byType = { host: 0, srflx: 0, relay: 0 };
  const byProtocol: Record<string, number> = {};
  let first: number | undefined;
  let firstAny: number | undefined;
  for (const candidate of candidates) {
    firstAny = Math.min(firstAny ?? Number.POSITIVE_INFINITY, candidate.at);
    const type = candidate.type === 'prflx' ? 'srflx' : candidate.type;
    if (type === 'host' || type === 'srflx' || type === 'relay') byType[type] += 1;
    const protocol = type === 'relay' ? `relay/${candidate.relayProtocol ?? candidate.protocol}` : candidate.protocol;
    byProtocol[protocol] = (byProtocol[protocol] ?? 0) + 1;
    if (type !== 'host') first = Math.min(first ?? Number.POSITIVE_INFINITY, candidate.at);
  }
  return { byType, byProtocol, firstServerCandidateMs: first, firstCandidateMs: firstAny };
}

/** The type and protocols of `candidate:… typ srflx …` when the browser leaves the fields empty. */
export function parseCandidateLine(line: string): Pick<GatheredCandidate, 'type' | 'protocol'> | undefined {
  const parts = line.replace(/^a=/, '').split(' ');
  const typ = parts.indexOf('typ');
  if (parts.length < 8 || typ === -1) return undefined;
  return { type: parts[typ + 1] ?? 'unknown', protocol: (parts[2] ?? '').toLowerCase() };
}

export interface IceTestInput {
  /** URLs of the servers tested; empty when none were configured or typed. */
  serverUrls: readonly string[];
  candidates: readonly GatheredCandidate[];
  errors: readonly CandidateErrorEvent[];
  timedOut: boolean;
  timeoutSeconds: number;
}

export function iceResult(input: IceTestInput, numbers: Numbers): CheckResult {
  const tally = tallyCandidates(input.candidates);
  const hasStun =
    input.serverUrls.some((url) => /^stuns?:/i.test(url)) || input.serverUrls.some((url) => /^turns?:/i.test(url));
  const hasTurn = input.serverUrls.some((url) => /^turns?:/i.test(url));
  const notes: CheckResult['notes'] = [];
  const levels: CheckLevel[] = [];
  if (input.serverUrls.length === 0) {
    notes.push({ key: 'iceNoServers' });
    levels.push('info');
  }
  if (tally.firstCandidateMs !== undefined) {
    notes.push({ key: 'iceFirstAny', params: { ms: Math.round(tally.firstCandidateMs) } });
  }
  if (tally.firstServerCandidateMs !== undefined) {
    const ms = Math.round(tally.firstServerCandidateMs);
    notes.push({ key: 'iceFirst', params: { ms } });
    levels.push(grade(numbers.thresholds['first-candidate']!, ms));
  }
  if (hasStun && tally.byType.srflx === 0) {
    notes.push({ key: 'iceNoSrflx' });
    levels.push('degraded');
  }
  if (hasTurn && tally.byType.relay === 0) {
    notes.push({ key: 'iceNoRelay' });
    levels.push('bad');
  }
  for (const error of input.errors)
    notes.push({ key: 'iceError', params: { code: error.code, url: error.url, text: error.text } });
  if (input.timedOut) notes.push({ key: 'iceTimeout', params: { seconds: input.timeoutSeconds } });
  if (tally.byType.host + tally.byType.srflx + tally.byType.relay === 0) levels.push('bad');
  if (levels.length === 0) levels.push('good');
  const protocols = Object.entries(tally.byProtocol)
    .map(([protocol, count]) => `${count} ${protocol}`)
    .join(', ');
  return {
    id: 'ice',
    level: worst(levels),
    key: 'ice',
    params: { ...tally.byType, protocols: protocols || '–' },
    notes,
    link: {
      ...(hasTurn && tally.byType.relay === 0 ? CHECK_LINKS.turn : CHECK_LINKS.ice),
      // The first error code gets its own page linked; the others are named in the notes.
      ...(input.errors[0] ? { error: { api: 'ice', code: String(input.errors[0].code) } } : {}),
    },
  };
}

/* Microphone --------------------------------------------------------------- */

export interface MicSamples {
  /** RMS of each ~100 ms window, linear 0–1. */
  windowRms: readonly number[];
  /** Samples seen, and how many were at 99 % of full scale or beyond. */
  samples: number;
  clippedSamples: number;
}

export const CLIP_LEVEL = 0.99;

const dbfs = (linear: number) => (linear > 0 ? 20 * Math.log10(linear) : -120);

export function micResult(label: string, input: MicSamples, numbers: Numbers): CheckResult {
  const loudest = input.windowRms.reduce((high, value) => Math.max(high, value), 0);
  const level = Math.round(dbfs(loudest));
  const clipped = input.samples > 0 ? Math.round((10000 * input.clippedSamples) / input.samples) / 100 : 0;
  const levelGrade = grade(numbers.thresholds['mic-level']!, level);
  const clipGrade = grade(numbers.thresholds['mic-clipping']!, clipped);
  const notes: CheckResult['notes'] = [];
  if (levelGrade === 'bad') notes.push({ key: 'microphoneSilent' });
  if (clipGrade !== 'good') notes.push({ key: 'microphoneClipping' });
  return {
    id: 'microphone',
    level: worst([levelGrade, clipGrade]),
    key: 'microphone',
    params: { label, level, clipped },
    notes,
    link: CHECK_LINKS.microphone,
  };
}

/* Camera ------------------------------------------------------------------- */

export interface CameraSamples {
  label: string;
  width: number;
  height: number;
  /** Frame rate the track reports (getSettings). */
  settingsFps?: number;
  /** Frames counted with requestVideoFrameCallback, per second. */
  measuredFps: number;
  requested: string;
}

export function cameraResult(input: CameraSamples, numbers: Numbers): CheckResult {
  const fps = Math.round(input.measuredFps);
  return {
    id: 'camera',
    level: input.width === 0 ? 'bad' : grade(numbers.thresholds['frame-rate']!, fps),
    key: 'camera',
    params: { label: input.label, width: input.width, height: input.height, fps, requested: input.requested },
    link: CHECK_LINKS.camera,
  };
}

/* Loopback call -------------------------------------------------------------- */

/** One getStats sample of the sending side's video, once a second. */
export interface LoopbackSample {
  /** Seconds since the call connected. */
  t: number;
  bytesSent: number;
  framesEncoded: number;
  totalEncodeTime: number;
  framesPerSecond?: number;
  frameWidth?: number;
  frameHeight?: number;
  qualityLimitationReason?: string;
}

export interface LoopbackSecond {
  t: number;
  kbps: number;
  fps?: number;
  width?: number;
  height?: number;
  reason?: string;
}

export interface LoopbackAnalysis {
  result: CheckResult;
  seconds: LoopbackSecond[];
}

/** The `bitrate-<height>p` reference of numbers.yaml closest to a frame height. */
export function bitrateReference(numbers: Numbers, height: number): { height: number; min: number } | undefined {
  const references = Object.entries(numbers.values)
    .map(([id, entry]) => ({ height: Number(/^bitrate-(\d+)p$/.exec(id)?.[1]), min: entry.min ?? entry.value ?? 0 }))
    .filter((entry) => Number.isFinite(entry.height));
  return references.sort((a, b) => Math.abs(a.height - height) - Math.abs(b.height - height))[0];
}

export function loopbackResult(samples: readonly LoopbackSample[], numbers: Numbers): LoopbackAnalysis {
  const seconds: LoopbackSecond[] = [];
  for (let index = 1; index < samples.length; index += 1) {
    const now = samples[index]!;
    const before = samples[index - 1]!;
    const span = now.t - before.t;
    if (span <= 0) continue;
    seconds.push({
      t: Math.round(now.t),
      kbps: Math.round(((now.bytesSent - before.bytesSent) * 8) / span / 1000),
      fps: now.framesPerSecond,
      width: now.frameWidth,
      height: now.frameHeight,
      reason: now.qualityLimitationReason,
    });
  }
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || seconds.length === 0 || last.framesEncoded === first.framesEncoded) {
    return { result: { id: 'loopback', level: 'bad', key: 'loopbackNoVideo', link: CHECK_LINKS.loopback }, seconds };
  }
  const fps = Math.round(median(seconds.flatMap((second) => (second.fps === undefined ? [] : [second.fps]))) ?? 0);
  const height = mostCommon(seconds.flatMap((second) => (second.height ? [second.height] : []))) ?? 0;
  const width = seconds.find((second) => second.height === height && second.width)?.width ?? last.frameWidth ?? 0;
  const encode =
    Math.round(
      ((last.totalEncodeTime - first.totalEncodeTime) * 1000 * 10) / (last.framesEncoded - first.framesEncoded),
    ) / 10;
  const limited = seconds.filter((second) => second.reason && second.reason !== 'none');
  const limitedPercent = Math.round((100 * limited.length) / seconds.length);
  const reason = mostCommon(limited.map((second) => second.reason!)) ?? 'none';
  const reference = bitrateReference(numbers, height);
  const reached = reference ? seconds.find((second) => second.kbps >= reference.min) : undefined;
  // Inside one page there is no network to be short of: "bandwidth" here is the estimate still
  // ramping up, worth a note but not a grade. A CPU that cannot keep up is graded.
  const cpuPercent = Math.round((100 * limited.filter((second) => second.reason === 'cpu').length) / seconds.length);
  const levels: CheckLevel[] = [
    grade(numbers.thresholds['frame-rate']!, fps),
    grade(numbers.thresholds['encode-time']!, encode),
    grade(numbers.thresholds['quality-limited']!, cpuPercent),
  ];
  const notes: CheckResult['notes'] = [];
  if (limited.length > 0) notes.push({ key: 'loopbackLimited', params: { reason, percent: limitedPercent } });
  if (reference) {
    notes.push(
      reached
        ? { key: 'loopbackRamp', params: { target: reference.min, height: reference.height, seconds: reached.t } }
        : { key: 'loopbackNoRamp', params: { target: reference.min, height: reference.height } },
    );
  }
  const link =
    reason === 'cpu' || grade(numbers.thresholds['encode-time']!, encode) !== 'good'
      ? CHECK_LINKS.cpu
      : reason === 'bandwidth' && limitedPercent > 0
        ? CHECK_LINKS.bandwidth
        : CHECK_LINKS.loopback;
  return {
    result: {
      id: 'loopback',
      level: worst(levels),
      key: 'loopback',
      params: {
        width,
        height,
        fps,
        encode,
        bitrate: seconds.at(-1)!.kbps,
        seconds: Math.round(last.t),
        limitedPercent,
      },
      notes,
      link,
    },
    seconds,
  };
}
