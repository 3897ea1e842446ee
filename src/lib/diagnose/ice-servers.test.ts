import { describe, expect, it } from 'vitest';
import { fromConfig, fromEndpointJson, fromText } from './ice-servers.ts';

describe('ICE servers for the pre-call check', () => {
  it('reads typed lines: STUN alone, TURN with the credentials, https endpoints apart, bad lines named', () => {
    expect(
      fromText(
        'stun:stun.example.com:3478\n\n turn:turn.example.com?transport=tcp \nhttps://x.example/ice\nhttp://nope\nexample.com',
        'u',
        'p',
      ),
    ).toEqual({
      servers: [
        { urls: ['stun:stun.example.com:3478'] },
        { urls: ['turn:turn.example.com?transport=tcp'], username: 'u', credential: 'p' },
      ],
      endpoints: ['https://x.example/ice'],
      invalid: [
        { line: 5, url: 'http://nope' },
        { line: 6, url: 'example.com' },
      ],
    });
    expect(fromText('')).toEqual({ servers: [], endpoints: [], invalid: [] });
  });

  it('splits the site configuration into servers and endpoints', () => {
    expect(
      fromConfig([
        { urls: ['turns:t.example.com:443', 'https://t.example.com/creds'], username: 'a', credential: 'b' },
        { urls: 'stun:s.example.com' },
      ]),
    ).toEqual({
      servers: [
        { urls: ['turns:t.example.com:443'], username: 'a', credential: 'b' },
        { urls: ['stun:s.example.com'] },
      ],
      endpoints: ['https://t.example.com/creds'],
      invalid: [],
    });
  });

  it('reads what a credentials endpoint answers, in the usual shapes', () => {
    const server = { urls: ['turn:t.example.com'], username: 'u', credential: 'p' };
    expect(fromEndpointJson({ iceServers: [server] })).toEqual([server]);
    expect(fromEndpointJson([{ ...server, urls: 'turn:t.example.com' }])).toEqual([server]);
    expect(fromEndpointJson({ uris: ['turn:t.example.com'], username: 'u', password: 'p', ttl: 86400 })).toEqual([
      server,
    ]);
    expect(fromEndpointJson({ iceServers: [{ urls: 'javascript:alert(1)' }] })).toEqual([]);
    expect(fromEndpointJson('nonsense')).toEqual([]);
  });
});
