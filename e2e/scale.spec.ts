import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { benchCorpus, sampleArticlePath } from '../src/cli/bench/corpus.ts';
import { measureSearch } from '../src/cli/bench/measure.ts';
import { buildSite, scratch, serveStatic } from '../src/cli/shared/site-build.ts';

/** The search budgets of the performance and search issues, in bytes as sent. */
const FIRST_QUERY_BUDGET = 150 * 1024;
const FOUR_WORD_QUERY_BUDGET = 60 * 1024;

test('on a 1,000-article knowledge base the first query fetches at most 150 kB, a four-word one 60 kB more', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const work = scratch('kb-e2e-budget-');
  const content = join(work.dir, 'content');
  for (const file of benchCorpus(1000)) {
    mkdirSync(dirname(join(content, file.path)), { recursive: true });
    writeFileSync(join(content, file.path), file.text);
  }
  const build = await buildSite({ content, workDir: work.dir });
  expect(build.status, build.output.slice(-2000)).toBe(0);
  // The corpus publishes English only (no `languages: [en, zh]`): no Chinese page is built.
  expect(existsSync(join(build.outDir, 'zh'))).toBe(false);
  const server = await serveStatic(build.outDir);
  try {
    const [first, fourWords] = await measureSearch(page, `${server.origin}${sampleArticlePath(1000)}`, [
      'packet loss',
      'why does video freeze on android',
    ]);
    console.log(
      `1,000 articles: first query ${(first!.bytes / 1024).toFixed(1)} kB, four words ${(fourWords!.bytes / 1024).toFixed(1)} kB more`,
    );
    expect(first!.bytes).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
    expect(fourWords!.bytes).toBeLessThanOrEqual(FOUR_WORD_QUERY_BUDGET);
  } finally {
    await server.close();
    work.remove();
  }
});
