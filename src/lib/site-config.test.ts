import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSiteConfig, SiteConfigError } from './site-config.ts';

function folderWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-site-'));
  writeFileSync(join(dir, 'site.yaml'), yaml);
  return dir;
}

const VALID = `url: https://help.example.com
productName: Test KB
repository: https://github.com/example/kb
ticketUrl: https://github.com/example/kb/issues/new
`;

describe('site config', () => {
  afterEach(() => {
    delete process.env.KB_BASE;
  });

  it('fills defaults', () => {
    expect(loadSiteConfig(folderWith(VALID))).toMatchObject({ base: '/', branch: 'main', staleAfterDays: 365 });
  });

  it('lets KB_BASE serve one build under a sub-path', () => {
    process.env.KB_BASE = '/help/';
    expect(loadSiteConfig(folderWith(VALID)).base).toBe('/help/');
  });

  it('names the line and field of a bad value', () => {
    const dir = folderWith(VALID.replace('https://help.example.com', 'help.example.com') + 'base: help\n');
    expect(() => loadSiteConfig(dir)).toThrow(SiteConfigError);
    try {
      loadSiteConfig(dir);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(
        /site\.yaml:1:6 {2}site-config {2}`url` must be an absolute URL such as "https:\/\/help\.example\.com" \(found "help\.example\.com"\)/,
      );
      expect(message).toMatch(/site\.yaml:5:7 {2}site-config {2}`base` must start and end with "\/"/);
    }
  });
});
