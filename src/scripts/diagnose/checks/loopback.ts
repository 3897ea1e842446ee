/** A call between two peer connections in this page: the sending side's video stats, once a second. */
import type { LoopbackSample } from '../../../lib/diagnose/precall.ts';

export async function runLoopback(
  track: MediaStreamTrack,
  seconds: number,
  onSecond: (second: number) => void,
): Promise<LoopbackSample[]> {
  const caller = new RTCPeerConnection();
  const callee = new RTCPeerConnection();
  caller.addEventListener('icecandidate', (event) => void (event.candidate && callee.addIceCandidate(event.candidate)));
  callee.addEventListener('icecandidate', (event) => void (event.candidate && caller.addIceCandidate(event.candidate)));
  const sender = caller.addTrack(track, new MediaStream([track]));
  try {
    await caller.setLocalDescription();
    await callee.setRemoteDescription(caller.localDescription!);
    await callee.setLocalDescription();
    await caller.setRemoteDescription(callee.localDescription!);
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (caller.connectionState === 'connected') resolve();
        if (caller.connectionState === 'failed') reject(new Error('ICE failed'));
      };
      caller.addEventListener('connectionstatechange', check);
      setTimeout(() => reject(new Error('no connection after 10 s')), 10_000);
      check();
    });
    const samples: LoopbackSample[] = [];
    const started = performance.now();
    for (let second = 0; second <= seconds; second += 1) {
      if (second > 0) await new Promise((resolve) => setTimeout(resolve, started + second * 1000 - performance.now()));
      const report = await sender.getStats();
      report.forEach((stats: Record<string, unknown>) => {
        if (stats.type !== 'outbound-rtp') return;
        samples.push({
          t: (performance.now() - started) / 1000,
          bytesSent: Number(stats.bytesSent ?? 0),
          framesEncoded: Number(stats.framesEncoded ?? 0),
          totalEncodeTime: Number(stats.totalEncodeTime ?? 0),
          framesPerSecond: typeof stats.framesPerSecond === 'number' ? stats.framesPerSecond : undefined,
          frameWidth: typeof stats.frameWidth === 'number' ? stats.frameWidth : undefined,
          frameHeight: typeof stats.frameHeight === 'number' ? stats.frameHeight : undefined,
          qualityLimitationReason:
            typeof stats.qualityLimitationReason === 'string' ? stats.qualityLimitationReason : undefined,
        });
      });
      onSecond(second);
    }
    return samples;
  } finally {
    caller.close();
    callee.close();
  }
}
