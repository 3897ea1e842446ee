/** Browser and environment: what WebRTC offers here. Collects only; src/lib/diagnose/precall.ts grades. */
import { CAPABILITY_PROBES, type CodecCapability } from '../../../lib/diagnose/precall.ts';

export type PermissionText = 'granted' | 'denied' | 'prompt' | 'unknown';

export interface Environment {
  missing: string[];
  secure: boolean;
  permissions: { camera: PermissionText; microphone: PermissionText };
  send: CodecCapability[];
  receive: CodecCapability[];
  /** MediaCapabilities answers for `type: 'webrtc'` decoding at 720p30. */
  hardware: { codec: string; supported?: boolean; smooth?: boolean; powerEfficient?: boolean }[];
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
  return Promise.all(
    CAPABILITY_PROBES.map(async ({ codec, contentType }) => {
      try {
        const info = await navigator.mediaCapabilities.decodingInfo({
          type: 'webrtc',
          video: { contentType, width: 1280, height: 720, bitrate: 1_500_000, framerate: 30 },
        });
        return { codec, supported: info.supported, smooth: info.smooth, powerEfficient: info.powerEfficient };
      } catch {
        return { codec };
      }
    }),
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
