import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLocale } from './file-locale.ts';

const root = join('/', 'repo', 'content');
const url = (...parts: string[]) => pathToFileURL(join(root, ...parts));

describe('the language of a content file', () => {
  it('is Chinese under <contentRoot>/zh/ and English elsewhere', () => {
    expect(fileLocale(url('zh', 'guides', 'voice-rooms', 'echo.mdx'), root)).toBe('zh');
    expect(fileLocale(url('guides', 'voice-rooms', 'echo.mdx'), root)).toBe('en');
    expect(fileLocale(url('guides', 'zh', 'x.mdx'), root)).toBe('en');
    expect(fileLocale(pathToFileURL(join('/', 'repo', 'zh', 'x.mdx')), root)).toBe('en');
    expect(fileLocale(undefined, root)).toBe('en');
  });

  it('is Chinese under the zh/ folder of any of several roots', () => {
    const examples = join('/', 'repo', 'src', 'components', 'mdx', 'examples');
    const roots = [root, examples];
    expect(fileLocale(pathToFileURL(join(examples, 'zh', '1-callout.mdx')), roots)).toBe('zh');
    expect(fileLocale(pathToFileURL(join(examples, '1-callout.mdx')), roots)).toBe('en');
    expect(fileLocale(url('zh', 'guides', 'voice-rooms', 'echo.mdx'), roots)).toBe('zh');
  });
});
