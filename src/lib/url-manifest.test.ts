import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createCheckContext, runChecks } from './checks/index.ts';
import { FIXTURE_SITE } from './checks/fixtures/site.ts';
import { loadContent, siteModelOf } from './content-model.ts';
import { formatProblem } from './problems.ts';
import { formatManifest, manifestPath, updateManifest } from './url-manifest.ts';

/** Two articles (KB-7001 links KB-7002#fix) in a scratch copy, to rename and break. */
const FIXTURE = fileURLToPath(new URL('./checks/fixtures/link/pass', import.meta.url));
let root: string;
function scratch(manifest: string[]): string {
  root = mkdtempSync(join(tmpdir(), 'kb-manifest-'));
  cpSync(FIXTURE, root, { recursive: true });
  writeFileSync(manifestPath(root), formatManifest(manifest));
  return root;
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

const update = () => {
  const model = loadContent(root);
  return updateManifest(model, siteModelOf(model));
};
const urlProblems = () =>
  runChecks(createCheckContext(loadContent(root), { site: FIXTURE_SITE }))
    .filter((problem) => problem.rule.startsWith('url-') || problem.rule === 'redirect')
    .map((problem) => formatProblem({ ...problem, file: problem.file.replace(/^.*kb-manifest-\w+\//, '') }));

describe('the URL manifest', () => {
  it('only grows: new URLs are added, URLs that still resolve through a redirect stay', () => {
    scratch(['/general/old-name/', '/kb/7001/']);
    const a = join(root, 'guides/general/a.mdx');
    writeFileSync(a, readFileSync(a, 'utf8').replace('related: []', 'related: []\nredirectFrom: [/general/old-name/]'));
    const { urls, added, removed } = update();
    expect(removed).toEqual([]);
    expect(urls).toContain('/general/old-name/');
    expect(added).toEqual(expect.arrayContaining(['/general/a/', '/general/b/#fix', '/kb/7002/']));
  });

  it('drops, on purpose, only URLs that no longer resolve', () => {
    scratch(['/general/gone/', '/kb/7001/']);
    expect(update().removed).toEqual(['/general/gone/']);
  });

  it('fails the check when a published URL or a linked anchor vanishes, and says what to add', () => {
    scratch(['/general/a/', '/general/b/#fix', '/kb/7001/', '/kb/7002/']);
    const b = join(root, 'guides/general/b.mdx');
    writeFileSync(b, readFileSync(b, 'utf8').replace('## Fix it {#fix}', '## Repair it'));
    expect(urlProblems()).toMatchInlineSnapshot(`
      [
        "published-urls.txt:1:1  url-new (warning)  7 published URL(s) are not in the manifest yet (e.g. /general/, /general/a/#fix, /general/b/); run \`npm run urls:update\` and commit the file",
        "published-urls.txt:7:1  url-vanished  /general/b/#fix: KB-7002 no longer has the heading anchor #fix; pin it on the heading that replaced it, e.g. \`## New title {#fix}\`",
      ]
    `);
  });

  it('warns about URLs published but not yet in the manifest', () => {
    scratch(['/general/a/', '/kb/7001/']);
    expect(urlProblems()).toMatchInlineSnapshot(`
      [
        "published-urls.txt:1:1  url-new (warning)  9 published URL(s) are not in the manifest yet (e.g. /general/, /general/a/#fix, /general/b/); run \`npm run urls:update\` and commit the file",
      ]
    `);
  });

  it('refuses a redirect that claims a live page or a path another article claims', () => {
    scratch([]);
    for (const name of ['a', 'b']) {
      const file = join(root, `guides/general/${name}.mdx`);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('related: []', 'related: []\nredirectFrom: [/general/old/, /general/a/]'),
      );
    }
    expect(urlProblems().filter((line) => line.includes('redirect'))).toMatchInlineSnapshot(`
      [
        "guides/general/a.mdx:12:31  redirect  /general/a/ is a live page; an article can only take over paths that no longer exist",
        "guides/general/b.mdx:12:16  redirect  /general/old/ already redirects to KB-7001; a path can lead to one article only",
        "guides/general/b.mdx:12:31  redirect  /general/a/ is a live page; an article can only take over paths that no longer exist",
      ]
    `);
  });
});
