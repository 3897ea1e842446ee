import { describe, expect, it } from 'vitest';
import {
  cameraResult,
  codecSupport,
  codecsResult,
  iceResult,
  loopbackResult,
  micResult,
  parseCandidateLine,
  tallyCandidates,
} from './precall.ts';
import { numbers } from './test-fixtures.ts';

describe('pre-call check, graded with numbers.yaml', () => {
  it('names codecs and H.264 profiles from getCapabilities', () => {
    const support = codecSupport([
      { mimeType: 'video/H264', sdpFmtpLine: 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f' },
      { mimeType: 'video/H264', sdpFmtpLine: 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=640c1f' },
      { mimeType: 'video/rtx' },
      { mimeType: 'video/AV1' },
      { mimeType: 'video/VP8' },
      { mimeType: 'video/red' },
    ]);
    expect(support).toEqual({
      names: ['VP8', 'AV1', 'H264 Constrained Baseline', 'H264 Constrained High'],
      h264: true,
    });
    const noH264 = codecSupport([{ mimeType: 'video/VP8' }]);
    expect(codecsResult(support, noH264)).toMatchObject({
      level: 'degraded',
      notes: [{ key: 'h264Missing' }],
      link: { article: 'KB-1220' },
    });
    expect(codecsResult(support, support).level).toBe('good');
  });

  it('counts candidates by type and protocol and grades the first server candidate', () => {
    expect(parseCandidateLine('candidate:1 1 tcp 1518280447 192.0.2.1 9 typ host tcptype active')).toEqual({
      type: 'host',
      protocol: 'tcp',
    });
    const candidates = [
      { type: 'host', protocol: 'udp', at: 5 },
      { type: 'srflx', protocol: 'udp', at: 120 },
      { type: 'relay', protocol: 'udp', relayProtocol: 'tls', at: 900 },
    ];
    expect(tallyCandidates(candidates)).toEqual({
      byType: { host: 1, srflx: 1, relay: 1 },
      byProtocol: { udp: 2, 'relay/tls': 1 },
      firstServerCandidateMs: 120,
      firstCandidateMs: 5,
    });
    const urls = ['stun:s.example.com', 'turns:t.example.com:443'];
    expect(
      iceResult({ serverUrls: urls, candidates, errors: [], timedOut: false, timeoutSeconds: 10 }, numbers).level,
    ).toBe('good');
    const noRelay = iceResult(
      {
        serverUrls: urls,
        candidates: candidates.slice(0, 2),
        errors: [{ code: 701, url: urls[1]!, text: 'TURN allocate request timed out.' }],
        timedOut: true,
        timeoutSeconds: 10,
      },
      numbers,
    );
    expect(noRelay.level).toBe('bad');
    expect(noRelay.link).toEqual({ article: 'KB-1016', error: { api: 'ice', code: '701' } });
    expect(noRelay.notes?.map((note) => note.key)).toEqual([
      'iceFirstAny',
      'iceFirst',
      'iceNoRelay',
      'iceError',
      'iceTimeout',
    ]);
  });

  it('says plainly what cannot be tested without servers', () => {
    const result = iceResult(
      {
        serverUrls: [],
        candidates: [{ type: 'host', protocol: 'udp', at: 3 }],
        errors: [],
        timedOut: false,
        timeoutSeconds: 10,
      },
      numbers,
    );
    expect(result.level).toBe('info');
    expect(result.notes).toEqual([{ key: 'iceNoServers' }, { key: 'iceFirstAny', params: { ms: 3 } }]);
  });

  it('finds a silent and a clipping microphone', () => {
    const silent = micResult('Mic', { windowRms: [0.0001, 0.0002], samples: 1000, clippedSamples: 0 }, numbers);
    expect(silent).toMatchObject({ level: 'bad', params: { level: -74 }, notes: [{ key: 'microphoneSilent' }] });
    const clipping = micResult('Mic', { windowRms: [0.5], samples: 1000, clippedSamples: 50 }, numbers);
    expect(clipping).toMatchObject({
      level: 'bad',
      params: { level: -6, clipped: 5 },
      notes: [{ key: 'microphoneClipping' }],
    });
    expect(micResult('Mic', { windowRms: [0.1], samples: 1000, clippedSamples: 0 }, numbers).level).toBe('good');
  });

  it('grades the camera by the frame rate it really delivered', () => {
    const camera = { label: 'Cam', width: 1280, height: 720, measuredFps: 14.6, requested: '1280×720 at 30 fps' };
    expect(cameraResult(camera, numbers)).toMatchObject({ level: 'degraded', params: { fps: 15 } });
  });

  it('reads the loopback call: frame rate, resolution, encode time, limitation and the bitrate ramp', () => {
    const samples = Array.from({ length: 7 }, (_, t) => ({
      t,
      bytesSent: 60_000 * t * t,
      framesEncoded: 30 * t,
      totalEncodeTime: 0.004 * 30 * t,
      framesPerSecond: 30,
      frameWidth: 640,
      frameHeight: 360,
      qualityLimitationReason: t < 2 ? 'bandwidth' : 'none',
    }));
    const { result, seconds } = loopbackResult(samples, numbers);
    expect(seconds.map((second) => second.kbps)).toEqual([480, 1440, 2400, 3360, 4320, 5280]);
    expect(result).toMatchObject({
      level: 'good',
      params: { width: 640, height: 360, fps: 30, encode: 4, limitedPercent: 17 },
    });
    expect(result.notes).toEqual([
      { key: 'loopbackLimited', params: { reason: 'bandwidth', percent: 17 } },
      { key: 'loopbackRamp', params: { target: 400, height: 360, seconds: 1 } },
    ]);
    const cpuBound = samples.map((sample) => ({ ...sample, qualityLimitationReason: 'cpu' }));
    expect(loopbackResult(cpuBound, numbers).result).toMatchObject({ level: 'bad', link: { article: 'KB-1215' } });
    expect(loopbackResult([], numbers).result.key).toBe('loopbackNoVideo');
  });
});
