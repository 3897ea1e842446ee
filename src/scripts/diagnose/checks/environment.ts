/** Browser and environment: what WebRTC offers here. Collects only; src/lib/diagnose/precall.ts grades. */
import { CAPABILITY_PROBES, type CodecCapability } from '../../../lib/diagnose/precall.ts';

export type PermissionText = 'granted' | 'denied' | 'prompt' | 'unknown';

export interface Environment {
  missing: string[];
  secure: boolean;
  permissions: { camera: PermissionText; microphone: PermissionText };
  send: CodecCapability[];
  receive: CodecCapability[];
  /** MediaCapabilities answers for `type: 'webrtc'` at 720p30, decoding and encoding. */
  hardware: { codec: string; decode?: MediaCapabilitiesInfo; encode?: MediaCapabilitiesInfo }[];
}

async function permission(name: 'camera' | 'microphone'): Promise<PermissionText> {
  try {
    const status = await navigator.permissions.query({ name: name as PermissionName });
    return status.state;
  } catch {
    // Firefox and Safari do not know every permission name.
    return 'unknown';
  }
}

function capabilities(of: typeof RTCRtpSender | typeof RTCRtpReceiver | undefined): CodecCapability[] {
  try {
    return (of?.getCapabilities?.('video')?.codecs ?? []).map((codec) => ({
      mimeType: codec.mimeType,
      sdpFmtpLine: codec.sdpFmtpLine,
    }));
  } catch {
    return [];
  }
}

async function hardware(): Promise<Environment['hardware']> {
  if (!navigator.mediaCapabilities) return [];
  const ask = async (how: 'decodingInfo' | 'encodingInfo', contentType: string) => {
    try {
      const video = { contentType, width: 1280, height: 720, bitrate: 1_500_000, framerate: 30 };
      return how === 'decodingInfo'
        ? await navigator.mediaCapabilities.decodingInfo({ type: 'webrtc', video })
        : await navigator.mediaCapabilities.encodingInfo({ type: 'webrtc', video });
    } catch {
      return undefined;
    }
  };
  return Promise.all(
    CAPABILITY_PROBES.map(async ({ codec, contentType }) => ({
      codec,
      decode: await ask('decodingInfo', contentType),
      encode: await ask('encodingInfo', contentType),
    })),
  );
}

export async function collectEnvironment(): Promise<Environment> {
  const missing = [
    typeof RTCPeerConnection === 'undefined' && 'RTCPeerConnection',
    !navigator.mediaDevices?.getUserMedia && 'getUserMedia',
    (typeof RTCPeerConnection === 'undefined' || !('getStats' in RTCPeerConnection.prototype)) && 'getStats',
  ].filter((name): name is string => typeof name === 'string');
  const [camera, microphone, hardwareInfo] = await Promise.all([
    permission('camera'),
    permission('microphone'),
    hardware(),
  ]);
  return {
    missing,
    secure: window.isSecureContext,
    permissions: { camera, microphone },
    send: capabilities(typeof RTCRtpSender === 'undefined' ? undefined : RTCRtpSender),
    receive: capabilities(typeof RTCRtpReceiver === 'undefined' ? undefined : RTCRtpReceiver),
    hardware: hardwareInfo,
  };
}
