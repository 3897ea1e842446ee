/**
 * What an SDP negotiated, per media section: codecs, and the resilience and
 * congestion-control features support asks about first (RED, FEC, NACK, PLI,
 * transport-cc, simulcast). Reads only the lines it needs (RFC 8866 and the
 * WebRTC attributes of RFC 8829/8853), never throws.
 */

export interface SdpCodec {
  payloadType: number;
  /** As in `a=rtpmap`, e.g. `VP8`, `H264`, `opus`, `rtx`, `red`, `ulpfec`. */
  name: string;
  clockRate: number;
  channels?: number;
  fmtp?: string;
  feedback: string[];
}

export interface SdpMedia {
  kind: string;
  mid?: string;
  direction: 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';
  /** Port 0: the section was rejected or stopped. */
  rejected: boolean;
  codecs: SdpCodec[];
  extensions: string[];
  simulcast: boolean;
  rids: string[];
}

export interface SdpFeatures {
  red: boolean;
  ulpfec: boolean;
  flexfec: boolean;
  nack: boolean;
  pli: boolean;
  transportCc: boolean;
  remb: boolean;
  opusFec: boolean;
  opusDtx: boolean;
  simulcast: boolean;
}

/** Codecs that are not media formats of their own. */
const HELPER_CODECS = new Set(['rtx', 'red', 'ulpfec', 'flexfec-03', 'cn', 'telephone-event']);

export function parseSdp(sdp: string): SdpMedia[] {
  const media: SdpMedia[] = [];
  let current: SdpMedia | undefined;
  let sessionDirection: SdpMedia['direction'] = 'sendrecv';
  const codec = (pt: number) => current?.codecs.find((candidate) => candidate.payloadType === pt);
  for (const raw of sdp.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('m=')) {
      const [kind = '', port = '', , ...formats] = line.slice(2).split(' ');
      current = {
        kind,
        direction: sessionDirection,
        rejected: port === '0',
        codecs: formats
          .map(Number)
          .filter(Number.isInteger)
          .map((payloadType) => ({ payloadType, name: '', clockRate: 0, feedback: [] })),
        extensions: [],
        simulcast: false,
        rids: [],
      };
      media.push(current);
      continue;
    }
    if (!line.startsWith('a=')) continue;
    const attribute = line.slice(2);
    const direction = ['sendrecv', 'sendonly', 'recvonly', 'inactive'].find((name) => attribute === name);
    if (direction) {
      if (current) current.direction = direction as SdpMedia['direction'];
      else sessionDirection = direction as SdpMedia['direction'];
      continue;
    }
    if (!current) continue;
    const [name = '', value = ''] = splitOnce(attribute, ':');
    if (name === 'mid') current.mid = value;
    else if (name === 'rtpmap') {
      const [pt = '', encoding = ''] = splitOnce(value, ' ');
      const [codecName = '', clock = '', channels] = encoding.split('/');
      const entry = codec(Number(pt));
      if (entry) {
        entry.name = codecName;
        entry.clockRate = Number(clock);
        if (channels) entry.channels = Number(channels);
      }
    } else if (name === 'fmtp') {
      const [pt = '', parameters = ''] = splitOnce(value, ' ');
      const entry = codec(Number(pt));
      if (entry) entry.fmtp = parameters;
    } else if (name === 'rtcp-fb') {
      const [pt = '', feedback = ''] = splitOnce(value, ' ');
      const targets = pt === '*' ? current.codecs : [codec(Number(pt))].filter((entry) => entry !== undefined);
      for (const entry of targets) entry.feedback.push(feedback);
    } else if (name === 'extmap') {
      const uri = value.split(' ')[1];
      if (uri) current.extensions.push(uri);
    } else if (name === 'simulcast') current.simulcast = true;
    else if (name === 'rid') current.rids.push(value.split(' ')[0] ?? '');
    else if (name === 'ssrc-group' && value.startsWith('SIM ')) current.simulcast = true;
  }
  return media;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

/** Media codecs of a section, in preference order, without RTX, RED, FEC or comfort noise. */
export function mediaCodecs(section: SdpMedia): SdpCodec[] {
  return section.codecs.filter((codec) => codec.name && !HELPER_CODECS.has(codec.name.toLowerCase()));
}

/** `H264 (Constrained Baseline 3.1)`, `VP9 (profile 0)`, `opus` */
export function codecLabel(codec: Pick<SdpCodec, 'name' | 'fmtp'>): string {
  const params = new URLSearchParams((codec.fmtp ?? '').replaceAll(';', '&'));
  if (codec.name.toUpperCase() === 'H264') {
    const profile = h264Profile(params.get('profile-level-id') ?? '');
    return profile ? `H264 (${profile})` : 'H264';
  }
  if (codec.name.toUpperCase() === 'VP9' && params.get('profile-id'))
    return `VP9 (profile ${params.get('profile-id')})`;
  return codec.name;
}

const H264_PROFILES: Record<string, string> = {
  '42': 'Baseline',
  '4d': 'Main',
  '58': 'Extended',
  '64': 'High',
  '6e': 'High 10',
  '7a': 'High 4:2:2',
  f4: 'High 4:4:4 Predictive',
};

/**
 * Names an H.264 `profile-level-id` (RFC 6184 §8.1): `42e01f` → "Constrained
 * Baseline 3.1", `640c1f` → "Constrained High 3.1". Empty when unknown.
 */
export function h264Profile(profileLevelId: string): string {
  if (!/^[0-9a-f]{6}$/i.test(profileLevelId)) return '';
  const id = profileLevelId.toLowerCase();
  const profileIdc = id.slice(0, 2);
  const constraints = Number.parseInt(id.slice(2, 4), 16);
  const level = Number.parseInt(id.slice(4, 6), 16);
  let name = H264_PROFILES[profileIdc];
  if (!name) return '';
  // constraint_set1 on Baseline, or set3 with set4+set5 on High, make the "Constrained" variants.
  if (profileIdc === '42' && constraints & 0x40) name = `Constrained ${name}`;
  if (profileIdc === '4d' && constraints & 0x80) name = `Constrained Baseline`;
  if (profileIdc === '64' && (constraints & 0x0c) === 0x0c) name = `Constrained ${name}`;
  const levelText = level === 9 ? '1b' : `${Math.floor(level / 10)}.${level % 10}`.replace(/\.0$/, '');
  return `${name} ${levelText}`;
}

const TRANSPORT_CC = 'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01';

export function sdpFeatures(sections: readonly SdpMedia[]): SdpFeatures {
  const live = sections.filter((section) => !section.rejected);
  const codecs = live.flatMap((section) => section.codecs);
  const names = new Set(codecs.map((codec) => codec.name.toLowerCase()));
  const feedback = new Set(codecs.flatMap((codec) => codec.feedback));
  const opus = codecs.filter((codec) => codec.name.toLowerCase() === 'opus');
  return {
    red: names.has('red'),
    ulpfec: names.has('ulpfec'),
    flexfec: names.has('flexfec-03'),
    nack: feedback.has('nack'),
    pli: feedback.has('nack pli'),
    transportCc: feedback.has('transport-cc') || live.some((section) => section.extensions.includes(TRANSPORT_CC)),
    remb: feedback.has('goog-remb'),
    opusFec: opus.some((codec) => /useinbandfec=1/.test(codec.fmtp ?? '')),
    opusDtx: opus.some((codec) => /usedtx=1/.test(codec.fmtp ?? '')),
    simulcast: live.some((section) => section.simulcast),
  };
}
