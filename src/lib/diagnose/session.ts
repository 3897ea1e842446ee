import type { PeerConnectionModel, StatsObject } from './dump.ts';
import { codecLabel, mediaCodecs, parseSdp, sdpFeatures, type SdpFeatures } from './sdp.ts';
import { kindOf, lastNumber, lastValue, median, numbers, objectsOfType, present } from './series.ts';

/**
 * The negotiated session of one peer connection, as support reads it first:
 * which codecs, which resilience features, and which path the media took.
 */

export interface CandidateInfo {
  /** host, srflx, prflx or relay */
  type: string;
  /** udp or tcp: the transport between the peers (or to the TURN server). */
  protocol: string;
  /** For relay candidates: how this side reaches its TURN server (udp, tcp, tls). */
  relayProtocol?: string;
  address?: string;
  port?: number;
  networkType?: string;
}

export interface SelectedPair {
  local: CandidateInfo;
  remote: CandidateInfo;
  relayed: boolean;
  rttMs?: number;
}

export interface MediaSummary {
  kind: string;
  mid?: string;
  direction: string;
  /** Negotiated codecs in preference order, e.g. `VP8`, `H264 (Constrained Baseline 3.1)`. */
  codecs: string[];
}

export interface CandidateError {
  code: number;
  url: string;
  text: string;
}

export interface SessionSummary {
  pcId: string;
  url: string;
  /** Epoch ms of the first and last stats sample. */
  start?: number;
  end?: number;
  media: MediaSummary[];
  features?: SdpFeatures;
  /** Codecs the stats say were sent or received, e.g. `VP8 (96)` → `VP8`. */
  codecsInUse: string[];
  selectedPair?: SelectedPair;
  connectionStates: string[];
  iceFailed: boolean;
  candidateErrors: CandidateError[];
}

interface Description {
  type: string;
  sdp: string;
  /** Set by this side (local) or received from the other (remote). */
  side?: 'local' | 'remote';
}

/** A description from the update log: JSON `{type, sdp}` (current Chrome) or "type: offer, sdp: …" (older). */
export function readDescription(value: string): Description | undefined {
  try {
    const parsed = JSON.parse(value) as unknown;
    if (parsed && typeof parsed === 'object' && 'sdp' in parsed && typeof parsed.sdp === 'string') {
      return { type: 'type' in parsed && typeof parsed.type === 'string' ? parsed.type : '', sdp: parsed.sdp };
    }
  } catch {
    // Older format below.
  }
  const match = /^type: (\w+), sdp: ([\s\S]*)$/.exec(value);
  return match ? { type: match[1]!, sdp: match[2]! } : undefined;
}

const DESCRIPTION_EVENTS = new Set([
  'setLocalDescriptionOnSuccess',
  'setRemoteDescription',
  'createOfferOnSuccess',
  'createAnswerOnSuccess',
]);

/** The description that settled the session: the last answer, else the last offer. */
export function negotiatedDescription(pc: PeerConnectionModel): Description | undefined {
  const descriptions = pc.events
    .filter((event) => DESCRIPTION_EVENTS.has(event.type))
    .map((event): Description | undefined => {
      const description = readDescription(event.value);
      return description && { ...description, side: event.type === 'setRemoteDescription' ? 'remote' : 'local' };
    })
    .filter((description): description is Description => description !== undefined && description.sdp !== '');
  const answers = descriptions.filter(
    (description) => description.type === 'answer' || description.type === 'pranswer',
  );
  return answers.at(-1) ?? descriptions.at(-1);
}

const FLIPPED: Record<string, string> = { sendonly: 'recvonly', recvonly: 'sendonly' };

/** `url: turn:…\nerror_code: 701\nerror_text: …` or JSON, as Chrome versions wrote them. */
export function readCandidateError(value: string): CandidateError | undefined {
  let text = value;
  try {
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed === 'string') text = parsed;
    else if (parsed && typeof parsed === 'object') {
      const record = parsed as Record<string, unknown>;
      const code = Number(record.errorCode ?? record.error_code);
      if (Number.isInteger(code)) {
        return {
          code,
          url: String(record.url ?? ''),
          text: String(record.errorText ?? record.error_text ?? ''),
        };
      }
    }
  } catch {
    // Plain text below.
  }
  const code = /error_?code:\s*"?(\d+)/i.exec(text);
  if (!code) return undefined;
  return {
    code: Number(code[1]),
    url: /url:\s*"?([^\s",]+)/i.exec(text)?.[1] ?? '',
    text: (/error_?text:\s*"?([^"\n]*)/i.exec(text)?.[1] ?? '').trim(),
  };
}

function candidate(object: StatsObject | undefined): CandidateInfo | undefined {
  if (!object) return undefined;
  const text = (field: string) => {
    const value = lastValue(object, field);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  return {
    type: text('candidateType') ?? 'unknown',
    protocol: text('protocol') ?? 'unknown',
    relayProtocol: text('relayProtocol'),
    address: text('address') ?? text('ip'),
    port: lastNumber(object, 'port'),
    networkType: text('networkType'),
  };
}

/** The pair the transport says it uses; else the nominated, succeeded pair that carried the most bytes. */
export function selectedPair(pc: PeerConnectionModel): SelectedPair | undefined {
  const pairs = objectsOfType(pc, 'candidate-pair');
  const transportChoice = objectsOfType(pc, 'transport')
    .map((transport) => lastValue(transport, 'selectedCandidatePairId'))
    .find((id): id is string => typeof id === 'string' && id in pc.stats);
  const bytes = (pair: StatsObject) => (lastNumber(pair, 'bytesSent') ?? 0) + (lastNumber(pair, 'bytesReceived') ?? 0);
  const pair =
    (transportChoice ? pc.stats[transportChoice] : undefined) ??
    pairs
      .filter((candidatePair) => lastValue(candidatePair, 'state') === 'succeeded')
      .sort((a, b) => bytes(b) - bytes(a))[0];
  if (!pair) return undefined;
  const localId = lastValue(pair, 'localCandidateId');
  const remoteId = lastValue(pair, 'remoteCandidateId');
  const local = candidate(typeof localId === 'string' ? pc.stats[localId] : undefined);
  const remote = candidate(typeof remoteId === 'string' ? pc.stats[remoteId] : undefined);
  if (!local || !remote) return undefined;
  const rtt = median(present(numbers(pair, 'currentRoundTripTime', 1000)));
  return { local, remote, relayed: local.type === 'relay' || remote.type === 'relay', rttMs: rtt };
}

function codecsInUse(pc: PeerConnectionModel): string[] {
  const names = new Set<string>();
  for (const rtp of [...objectsOfType(pc, 'outbound-rtp'), ...objectsOfType(pc, 'inbound-rtp')]) {
    const codecId = lastValue(rtp, 'codecId');
    const codec = typeof codecId === 'string' ? pc.stats[codecId] : undefined;
    const mime = codec ? lastValue(codec, 'mimeType') : undefined;
    if (typeof mime === 'string') {
      const fmtp = lastValue(codec!, 'sdpFmtpLine');
      names.add(
        `${kindOf(rtp) ?? ''} ${codecLabel({ name: mime.split('/')[1] ?? mime, fmtp: typeof fmtp === 'string' ? fmtp : undefined })}`.trim(),
      );
      continue;
    }
    const shown = lastValue(rtp, '[codec]');
    if (typeof shown === 'string') names.add(`${kindOf(rtp) ?? ''} ${shown.replace(/\s*\(\d+\)$/, '')}`.trim());
  }
  return [...names].sort();
}

function unquote(value: string): string {
  try {
    const parsed = JSON.parse(value) as unknown;
    return typeof parsed === 'string' ? parsed : value;
  } catch {
    return value;
  }
}

export function sessionSummary(pc: PeerConnectionModel): SessionSummary {
  const description = negotiatedDescription(pc);
  const sections = description ? parseSdp(description.sdp).filter((section) => !section.rejected) : [];
  const stamps = Object.values(pc.stats).flatMap((object) => {
    const times = object.fields.timestamp?.times ?? [];
    return times.length > 0 ? [times[0]!, times.at(-1)!] : [];
  });
  const iceStates = pc.events
    .filter((event) => event.type === 'oniceconnectionstatechange' || event.type === 'iceconnectionstatechange')
    .map((event) => unquote(event.value));
  const connectionStates = pc.events
    .filter((event) => event.type === 'onconnectionstatechange' || event.type === 'connectionstatechange')
    .map((event) => unquote(event.value));
  return {
    pcId: pc.id,
    url: pc.url,
    start: stamps.length > 0 ? Math.min(...stamps) : undefined,
    end: stamps.length > 0 ? Math.max(...stamps) : undefined,
    media: sections.map((section) => ({
      kind: section.kind,
      mid: section.mid,
      // Directions are written from this side: the other side's "recvonly" means we send.
      direction: description?.side === 'remote' ? (FLIPPED[section.direction] ?? section.direction) : section.direction,
      codecs: [...new Set(mediaCodecs(section).map(codecLabel))],
    })),
    features: sections.length > 0 ? sdpFeatures(sections) : undefined,
    codecsInUse: codecsInUse(pc),
    selectedPair: selectedPair(pc),
    connectionStates,
    iceFailed: iceStates.includes('failed') || connectionStates.includes('failed'),
    candidateErrors: pc.events
      .filter((event) => event.type === 'icecandidateerror' || event.type === 'onicecandidateerror')
      .map((event) => readCandidateError(event.value))
      .filter((error): error is CandidateError => error !== undefined),
  };
}
