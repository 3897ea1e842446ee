import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSample, benchCorpus, sampleArticlePath } from './corpus.ts';
import { blobId, STAMP_LENGTH } from '../../i18n/translations.ts';
import { createCheckContext, runChecks } from '../../lib/checks/index.ts';
import { loadContent } from '../../lib/content-model.ts';
import { formatProblem } from '../../lib/problems.ts';
import { loadSiteConfig } from '../../lib/site-config.ts';

describe('benchCorpus', () => {
  const english = benchCorpus(40);
  const bilingual = benchCorpus(40, { languages: ['en', 'zh'] });
  const dir = mkdtempSync(join(tmpdir(), 'kb-corpus-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the seed alone or in options, and is deterministic', () => {
    expect(benchCorpus(40, 42)).toEqual(english);
    expect(benchCorpus(40, { seed: 42 })).toEqual(english);
    expect(benchCorpus(40, 7)).not.toEqual(english);
  });

  it('writes the same English files in both variants; only site.yaml lists the languages', () => {
    const byPath = new Map(bilingual.map((file) => [file.path, file.text]));
    for (const file of english) {
      if (file.path === 'site.yaml') expect(byPath.get(file.path)).toBe(`${file.text}languages: [en, zh]\n`);
      else expect(byPath.get(file.path), file.path).toBe(file.text);
    }
  });

  it('translates every article and troubleshooter, stamped with the English bytes', () => {
    const sources = english.filter((file) => /^(guides|troubleshooting)\//.test(file.path));
    const translations = bilingual.filter((file) => file.path.startsWith('zh/'));
    expect(translations.map((file) => file.path).sort()).toEqual(sources.map((file) => `zh/${file.path}`).sort());
    for (const source of sources) {
      const stamp = blobId(Buffer.from(source.text)).slice(0, STAMP_LENGTH);
      expect(translations.find((file) => file.path === `zh/${source.path}`)!.text).toContain(`source: "${stamp}"`);
    }
  });

  it('passes the content check with Chinese published', () => {
    for (const file of bilingual) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.text);
    }
    const site = loadSiteConfig(dir);
    expect(site.languages).toEqual(['en', 'zh']);
    const context = createCheckContext(loadContent(dir), { site, today: new Date('2026-11-22') });
    const errors = runChecks(context).filter((problem) => problem.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });

  it('samples article paths evenly, the middle one included in its own helper', () => {
    expect(articleSample(40, 4)).toEqual([
      '/show-streaming/article-10001/',
      '/one-to-one/article-10012/',
      '/voice-rooms/article-10023/',
      '/going-overseas/article-10034/',
    ]);
    const sample = articleSample(1000, 50);
    expect(new Set(sample).size).toBe(50);
    expect(new Set(sample.map((path) => path.split('/')[1])).size).toBe(5);
    expect(articleSample(3, 50)).toHaveLength(3);
    expect(sampleArticlePath(40)).toBe('/show-streaming/article-10021/');
  });
});
