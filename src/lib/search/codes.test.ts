import { describe, expect, it } from 'vitest';
import { codeKeys, matchCodes, type CodePage } from './codes.ts';

const page = (path: string, names: string[]): CodePage => ({ path, title: path, ...codeKeys(names) });
const pages = [
  page('websocket-1006', ['1006', 'Abnormal Closure', 'WebSocket 1006']),
  page('notreadable', ['NotReadableError', 'Could not start video source']),
  page('pri', ['!pri', '0x21707269', 'AVAudioSessionErrorCodeInsufficientPriority']),
  page('ice-failed', ['ICE failed', 'iceConnectionState failed', 'ICE connection failed']),
  page('camera-1', ['1', 'ERROR_CAMERA_IN_USE', 'camera error']),
  page('play-failed', ['NetStream.Play.Failed', 'Play.Failed']),
];
const match = (query: string) => {
  const { exact, named, mentioned } = matchCodes(query, pages);
  return { exact: exact.map((p) => p.path), named: named.map((p) => p.path), mentioned: mentioned.map((p) => p.path) };
};
const none = { exact: [], named: [], mentioned: [] };

describe('matchCodes', () => {
  it('finds a code by any of its names, whatever the case, spaces and separators', () => {
    expect(match('notreadableerror').exact).toEqual(['notreadable']);
    expect(match('error_camera_in_use').exact).toEqual(['camera-1']);
    expect(match('0x21707269').exact).toEqual(['pri']);
    expect(match('abnormal closure').exact).toEqual(['websocket-1006']);
    expect(match('  Could not start video source ').exact).toEqual(['notreadable']);
    expect(match('1').exact).toEqual(['camera-1']);
  });

  it('finds a name pasted with the "Error:" the console printed before it', () => {
    expect(match('Error: Ice connection failed').exact).toEqual(['ice-failed']);
    expect(match('Uncaught (in promise) Error: iceConnectionState failed').exact).toEqual(['ice-failed']);
    // A code named Error is still found as typed.
    expect(match('error').exact).toEqual([]);
  });

  it('finds a code-like name or a long message pasted inside a longer line', () => {
    expect(match('Uncaught NotReadableError: Could not start video source').named).toEqual(['notreadable']);
    expect(match('got ERROR_CAMERA_IN_USE on a Pixel').named).toEqual(['camera-1']);
    expect(match('Closing connection: NetStream.Play.Failed.').named).toEqual(['play-failed']);
  });

  it('counts a code number in a sentence as a mention, not as naming it', () => {
    expect(match('ws closed with 1006 after 60 s')).toEqual({ ...none, mentioned: ['websocket-1006'] });
  });

  it('never takes a number inside another, a small number, or the words of a description', () => {
    expect(match('error 10060')).toEqual(none);
    expect(match('stops after 1 min')).toEqual(none);
    expect(match('voice failed')).toEqual(none);
    expect(match('my ICE failed again')).toEqual(none);
    expect(match('flip camera error after reboot')).toEqual(none);
    expect(match('hls.js play() failed')).toEqual(none);
  });
});
