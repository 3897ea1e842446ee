import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { benchCorpus, sampleArticlePath } from '../src/cli/bench/corpus.ts';
import { measureSearch } from '../src/cli/bench/measure.ts';
import { buildSite, scratch, serveStatic } from '../src/cli/shared/site-build.ts';

/** The search budget of the performance issue, in bytes as sent. */
const FIRST_QUERY_BUDGET = 150 * 1024;

test('on a 1,000-article knowledge base the first search query fetches at most 150 kB', async ({ page }) => {
  test.setTimeout(300_000);
  const work = scratch('kb-e2e-budget-');
  const content = join(work.dir, 'content');
  for (const file of benchCorpus(1000)) {
    mkdirSync(dirname(join(content, file.path)), { recursive: true });
    writeFileSync(join(content, file.path), file.text);
  }
  const build = await buildSite({ content, workDir: work.dir });
  expect(build.status, build.output.slice(-2000)).toBe(0);
  const server = await serveStatic(build.outDir);
  try {
    const [first = Infinity, second = Infinity] = await measureSearch(
      page,
      `${server.origin}${sampleArticlePath(1000)}`,
      ['packet loss', 'keyframes'],
    );
    console.log(`1,000 articles: first query ${(first / 1024).toFixed(1)} kB, second ${(second / 1024).toFixed(1)} kB`);
    expect(first).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
    expect(second).toBeLessThan(first);
  } finally {
    await server.close();
    work.remove();
  }
});
