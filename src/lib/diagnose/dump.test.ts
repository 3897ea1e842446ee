import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DumpError, dumpText, parseDump } from './dump.ts';
import { fixtureBytes, fixtureModel, FIXTURES } from './test-fixtures.ts';

async function errorOf(bytes: Uint8Array): Promise<string> {
  try {
    parseDump(await dumpText(bytes));
  } catch (error) {
    if (error instanceof DumpError) return error.code;
    throw error;
  }
  return 'no error';
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading a webrtc-internals dump', () => {
  it.each(FIXTURES)(
    'reads the gzip dump Chrome wrote (%s): both peer connections, their stats and events',
    async (name) => {
      const model = await fixtureModel(name);
      expect(model.userAgent).toMatch(/Chrome\/\d+/);
      expect(model.peerConnections.map((pc) => pc.id)).toHaveLength(2);
      for (const pc of model.peerConnections) {
        expect(pc.events.some((event) => event.type === 'setRemoteDescription')).toBe(true);
        const types = new Set(Object.values(pc.stats).map((object) => object.type));
        expect(types).toContain('candidate-pair');
        expect(types).toContain('transport');
      }
    },
  );

  it('reads plain JSON (older Chrome) exactly like gzip', async () => {
    const plain = gunzipSync(fixtureBytes('healthy'));
    expect(parseDump(await dumpText(new Uint8Array(plain)))).toEqual(await fixtureModel('healthy'));
  });

  it('gives every value of a field its sampling time', async () => {
    const [sender] = (await fixtureModel('healthy')).peerConnections;
    const outbound = Object.values(sender!.stats).find((object) => object.type === 'outbound-rtp')!;
    const { times, values } = outbound.fields.bytesSent!;
    expect(times).toHaveLength(values.length);
    expect(times).toEqual(outbound.fields.timestamp!.values.slice(-values.length));
    expect(times.every((time, index) => index === 0 || time > times[index - 1]!)).toBe(true);
  });

  it('keeps codec ids that contain hyphens whole', () => {
    const model = parseDump(
      JSON.stringify({
        PeerConnections: {
          '1-1': {
            stats: {
              'COT01_102_level-asymmetry-allowed=1;profile-level-id=42e01f-mimeType': {
                startTime: '2026-01-01T00:00:00Z',
                endTime: '2026-01-01T00:00:01Z',
                statsType: 'codec',
                values: '["video/H264","video/H264"]',
              },
            },
          },
        },
      }),
    );
    expect(Object.keys(model.peerConnections[0]!.stats)).toEqual([
      'COT01_102_level-asymmetry-allowed=1;profile-level-id=42e01f',
    ]);
  });

  it('says what is wrong with a file that is not a dump', async () => {
    const gzip = fixtureBytes('healthy');
    expect(await errorOf(new Uint8Array())).toBe('empty');
    expect(await errorOf(utf8('   \n'))).toBe('empty');
    expect(await errorOf(gzip.slice(0, Math.floor(gzip.length / 2)))).toBe('gzip-damaged');
    const plain = gunzipSync(gzip).toString('utf8');
    expect(await errorOf(utf8(plain.slice(0, plain.length / 2)))).toBe('truncated-json');
    expect(await errorOf(utf8('<!doctype html><title>Not a dump</title>'))).toBe('not-json');
    expect(await errorOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]))).toBe('not-json');
    expect(await errorOf(utf8('{"hello":"world"}'))).toBe('not-a-dump');
    expect(await errorOf(utf8('[1,2,3]'))).toBe('not-a-dump');
  });
});
