import { describe, expect, it } from 'vitest';
import { codecLabel, h264Profile, mediaCodecs, parseSdp, sdpFeatures } from './sdp.ts';

const SDP = [
  'v=0',
  'o=- 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111 63',
  'a=mid:0',
  'a=sendrecv',
  'a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
  'a=rtpmap:111 opus/48000/2',
  'a=rtcp-fb:111 transport-cc',
  'a=fmtp:111 minptime=10;useinbandfec=1;usedtx=1',
  'a=rtpmap:63 red/48000/2',
  'm=video 9 UDP/TLS/RTP/SAVPF 96 97 102 45',
  'a=mid:1',
  'a=sendonly',
  'a=rtpmap:96 VP8/90000',
  'a=rtcp-fb:96 nack',
  'a=rtcp-fb:96 nack pli',
  'a=rtpmap:97 rtx/90000',
  'a=fmtp:97 apt=96',
  'a=rtpmap:102 H264/90000',
  'a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f',
  'a=rtpmap:45 ulpfec/90000',
  'a=rid:h send',
  'a=rid:l send',
  'a=simulcast:send h;l',
  'm=application 0 UDP/DTLS/SCTP webrtc-datachannel',
].join('\r\n');

describe('SDP summary', () => {
  it('lists media codecs without RTX, RED or FEC, with H.264 profiles named', () => {
    const [audio, video, data] = parseSdp(SDP);
    expect(audio).toMatchObject({ kind: 'audio', mid: '0', direction: 'sendrecv', rejected: false });
    expect(mediaCodecs(audio!).map(codecLabel)).toEqual(['opus']);
    expect(mediaCodecs(video!).map(codecLabel)).toEqual(['VP8', 'H264 (Constrained Baseline 3.1)']);
    expect(video).toMatchObject({ direction: 'sendonly', simulcast: true, rids: ['h', 'l'] });
    expect(data?.rejected).toBe(true);
  });

  it('finds RED, FEC, NACK, PLI, transport-cc, Opus FEC and DTX, and simulcast', () => {
    expect(sdpFeatures(parseSdp(SDP))).toEqual({
      red: true,
      ulpfec: true,
      flexfec: false,
      nack: true,
      pli: true,
      transportCc: true,
      remb: false,
      opusFec: true,
      opusDtx: true,
      simulcast: true,
    });
  });

  it.each([
    ['42e01f', 'Constrained Baseline 3.1'],
    ['42001f', 'Baseline 3.1'],
    ['4d001f', 'Main 3.1'],
    ['640c1f', 'Constrained High 3.1'],
    ['640034', 'High 5.2'],
    ['42e00b', 'Constrained Baseline 1.1'],
    ['zz', ''],
  ])('names H.264 profile-level-id %s as "%s"', (id, name) => {
    expect(h264Profile(id)).toBe(name);
  });
});
