import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadSiteConfig } from './site-config.ts';

const folders: string[] = [];
function folderWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-site-'));
  folders.push(dir);
  writeFileSync(join(dir, 'site.yaml'), yaml);
  return dir;
}

const VALID = `url: https://help.example.com
productName: Test KB
repository: https://github.com/example/kb
ticketUrl: https://github.com/example/kb/issues/new
`;

/** The message a bad site.yaml produces, with the temporary folder's name taken out. */
function messageOf(yaml: string): string {
  try {
    loadSiteConfig(folderWith(yaml));
  } catch (error) {
    return (error as Error).message.replace(/[^\s]*kb-site-\w+\//g, '');
  }
  throw new Error('expected the configuration to be refused');
}

describe('site config', () => {
  afterEach(() => {
    delete process.env.KB_BASE;
  });
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('fills defaults', () => {
    expect(loadSiteConfig(folderWith(VALID))).toMatchObject({ base: '/', branch: 'main', staleAfterDays: 365 });
  });

  it('takes an optional status page and feedback endpoint, https only', () => {
    const plain = loadSiteConfig(folderWith(VALID));
    expect(plain.statusUrl).toBeUndefined();
    expect(plain.feedback).toEqual({ reportZeroResults: false });
    expect(
      loadSiteConfig(
        folderWith(
          `${VALID}statusUrl: https://status.example.com/\nfeedback:\n  url: https://feedback.example.com/kb\n  reportZeroResults: true\n`,
        ),
      ),
    ).toMatchObject({
      statusUrl: 'https://status.example.com/',
      feedback: { url: 'https://feedback.example.com/kb', reportZeroResults: true },
    });
    expect(messageOf(`${VALID}statusUrl: http://status.example.com/\nfeedback:\n  url: ftp://x\n  cookies: true\n`))
      .toMatchInlineSnapshot(`
        "Invalid site configuration:
        site.yaml:5:12  site-config  \`statusUrl\` must use https:// (http:// is accepted only for localhost) (found "http://status.example.com/")
        site.yaml:7:8  site-config  \`feedback.url\` must be an absolute https:// URL (found "ftp://x")
        site.yaml:8:12  site-config  unknown field \`cookies\`: remove it or fix its spelling"
      `);
  });

  it('lets KB_BASE serve one build under a sub-path', () => {
    process.env.KB_BASE = '/help/';
    expect(loadSiteConfig(folderWith(VALID)).base).toBe('/help/');
  });

  it('names the line and field of a bad value', () => {
    expect(messageOf(VALID.replace('https://help.example.com', 'help.example.com') + 'base: /Help/\n'))
      .toMatchInlineSnapshot(`
        "Invalid site configuration:
        site.yaml:1:6  site-config  \`url\` must be an absolute https:// URL (found "help.example.com")
        site.yaml:5:7  site-config  \`base\` must start and end with "/" and use lowercase letters, digits and hyphens, e.g. "/" or "/help/" (found "/Help/")"
      `);
  });

  it('refuses script, data and plain-http links in anything the site prints on every page', () => {
    expect(
      messageOf(
        VALID.replace('https://github.com/example/kb/issues/new', '"javascript:alert(document.domain)//"')
          .replace('https://github.com/example/kb\n', 'data:text/html,x\n')
          .replace('https://help.example.com', 'http://help.example.com'),
      ),
    ).toMatchInlineSnapshot(`
      "Invalid site configuration:
      site.yaml:1:6  site-config  \`url\` must use https:// (http:// is accepted only for localhost) (found "http://help.example.com")
      site.yaml:3:13  site-config  \`repository\` must be an absolute https:// URL (found "data:text/html,x")
      site.yaml:4:12  site-config  \`ticketUrl\` must be an absolute https:// URL (found "javascript:alert(document.domain)//")"
    `);
    expect(loadSiteConfig(folderWith(VALID.replace('https://help.example.com', 'http://localhost:4321'))).url).toBe(
      'http://localhost:4321',
    );
  });

  it('takes STUN and TURN servers for the pre-call check, and refuses other schemes', () => {
    const servers = `iceServers:
  - urls: stun:stun.example.com:3478
  - urls: [turn:turn.example.com:3478, "turns:turn.example.com:443?transport=tcp"]
    username: test
    credential: secret
  - urls: https://turn.example.com/credentials
`;
    expect(loadSiteConfig(folderWith(VALID + servers)).iceServers).toHaveLength(3);
    expect(loadSiteConfig(folderWith(VALID)).iceServers).toEqual([]);
    expect(
      messageOf(`${VALID}iceServers:
  - urls: http://stun.example.com
  - urls: turn:turn.example.com
`),
    ).toMatchInlineSnapshot(`
      "Invalid site configuration:
      site.yaml:6:11  site-config  \`iceServers[0].urls\` must be a stun:, turn: or turns: URL (e.g. "turn:turn.example.com:443?transport=tcp"), or https:// (found "http://stun.example.com")
      site.yaml:7:5  site-config  \`iceServers[1].credential\` a turn: or turns: server needs \`username\` and \`credential\` (found {"urls":"turn:turn.example.com"})"
    `);
  });
});
