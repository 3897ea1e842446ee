/** ICE gathering against STUN and TURN servers: which candidates come back, how fast, and which errors. */
import type { IceServer } from '../../../lib/diagnose/ice-servers.ts';
import { parseCandidateLine, type CandidateErrorEvent, type GatheredCandidate } from '../../../lib/diagnose/precall.ts';

export interface Gathering {
  candidates: GatheredCandidate[];
  errors: CandidateErrorEvent[];
  timedOut: boolean;
}

export async function gather(servers: readonly IceServer[], timeoutMs: number): Promise<Gathering> {
  const pc = new RTCPeerConnection({ iceServers: servers.map((server) => ({ ...server })) });
  const candidates: GatheredCandidate[] = [];
  const errors: CandidateErrorEvent[] = [];
  const started = performance.now();
  pc.addEventListener('icecandidateerror', (event) => {
    const error = event as RTCPeerConnectionIceErrorEvent;
    errors.push({ code: error.errorCode, url: error.url, text: error.errorText });
  });
  const done = new Promise<boolean>((resolve) => {
    pc.addEventListener('icecandidate', (event) => {
      if (!event.candidate) {
        resolve(false);
        return;
      }
      const parsed = parseCandidateLine(event.candidate.candidate);
      if (!parsed && !event.candidate.type) return;
      candidates.push({
        type: event.candidate.type ?? parsed!.type,
        protocol: event.candidate.protocol ?? parsed!.protocol,
        relayProtocol: (event.candidate as RTCIceCandidate & { relayProtocol?: string }).relayProtocol ?? undefined,
        at: performance.now() - started,
      });
    });
    setTimeout(() => resolve(true), timeoutMs);
  });
  // A data channel is enough to gather: no camera or microphone needed.
  pc.createDataChannel('probe');
  await pc.setLocalDescription(await pc.createOffer());
  const timedOut = await done;
  pc.close();
  return { candidates, errors, timedOut };
}
