/**
 * Writer content is untrusted: these tests feed the real pipeline hostile pull
 * requests and check that nothing runs on the build machine, no secret is published,
 * hostile text renders inert in Chromium, and a failed, interrupted or concurrent
 * build leaves the published site as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite, copyContent, editFile, ROOT, scratch, serveStatic } from '../src/cli/shared/site-build.ts';
import { expect, test } from './fixtures.ts';

// One build at a time (the runner gives this project one worker); a failure never skips the next test.
test.describe.configure({ timeout: 300_000 });

let work: ReturnType<typeof scratch>;
test.beforeEach(() => {
  work = scratch('kb-e2e-hostile-');
});
test.afterEach(() => work.remove());

const SECRET = 'ghp_FAKE_SECRET_0123456789';

/** An article that would run code at build time and publish a secret, the ways the security review did. */
function exploitArticle(canary: string): string {
  const frontmatter = readFileSync(join(ROOT, 'content/guides/general/support-faq.mdx'), 'utf8')
    .split('\n---\n')[0]!
    .replace(/^id: .*$/m, 'id: KB-1999')
    .replace(/^type: .*$/m, 'type: guide')
    .replace(/^title: .*$/m, 'title: Probe article for pipeline testing');
  return `${frontmatter}
---

export const x = (await import('node:child_process')).execSync('touch ${canary}-export')

Body {globalThis.process?.getBuiltinModule?.('child_process').execSync('touch ${canary}-expression')} text.

Secret: {process.env.KB_PROBE_SECRET}
`;
}

test('a pull request that tries to run code is refused by the check and the build, and nothing runs', async () => {
  const content = copyContent(work.dir);
  const canary = join(work.dir, 'pwned');
  const article = exploitArticle(canary);
  writeFileSync(join(content, 'guides/general/probe-article.mdx'), article);
  const lineOf = (start: string) => article.split('\n').findIndex((line) => line.startsWith(start)) + 1;
  const env = { ...process.env, KB_CONTENT_DIR: content, KB_PROBE_SECRET: SECRET };

  const check = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['src/cli/check.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  expect(check.status).toBe(1);
  for (const [line, rule] of [
    [lineOf('export const'), 'mdx-esm'],
    [lineOf('Body {'), 'mdx-expression'],
    [lineOf('Secret:'), 'mdx-expression'],
  ] as const) {
    expect(check.stdout).toMatch(new RegExp(`guides/general/probe-article\\.mdx:${line}:\\d+ {2}${rule} {2}`));
  }

  const build = await buildSite({ content, workDir: work.dir, env: { KB_PROBE_SECRET: SECRET } });
  expect(build.status).not.toBe(0);
  expect(build.output).toMatch(new RegExp(`probe-article\\.mdx:${lineOf('export const')}:1 {2}mdx-esm`));
  expect(existsSync(`${canary}-export`), 'the export ran').toBe(false);
  expect(existsSync(`${canary}-expression`), 'the expression ran').toBe(false);
  expect(existsSync(build.outDir), 'nothing is published').toBe(false);
  expect(build.output).not.toContain(SECRET);
  expect(readdirSync(work.dir).filter((name) => name.startsWith('pwned'))).toEqual([]);
});

test('hostile text in titles, summaries, keywords and troubleshooters renders inert everywhere it lands', async ({
  page,
}) => {
  const content = copyContent(work.dir);
  // Valid content (it passes the check) whose text tries to break out of every output.
  const payload = (n: number) => `</script><script>window.__pwned=${n}</script><img src=x onerror=window.__pwned=${n}>`;
  editFile(join(content, 'guides/voice-rooms/echo-and-howling.mdx'), (text) =>
    text
      .replace(/^title: .*$/m, `title: 'Echo ${payload(1).slice(0, 60)}'`)
      .replace(/^summary: .*$/m, `summary: 'Summary ${payload(2)} & <!-- the rest of the summary stays text.'`)
      .replace(/^keywords: \[/m, `keywords: ['${payload(3)} \u2028 \u2029', `)
      .replace(/^owner: .*$/m, `owner: '${payload(4).slice(0, 55)}'`),
  );
  editFile(join(content, 'guides/general/support-faq.mdx'), (text) =>
    text.replace(/^## (.*)\?$/m, `## $1 ${payload(5).replaceAll('<', '&lt;')}?`),
  );
  editFile(join(content, 'troubleshooting/echo-howling.yaml'), (text) =>
    text
      .replace(/^title: .*$/m, `title: 'Echo ${payload(6)}'`)
      .replace(/^( +question: ).*$/m, `$1'Question ${payload(7)}?'`)
      .replace(/^( +- label: ).*$/m, `$1'Label ${payload(8)}'`)
      .replace(/^( +title: ).*$/m, `$1'Result ${payload(9)}'`),
  );
  const build = await buildSite({ content, workDir: work.dir });
  expect(build.status, build.output.slice(-3000)).toBe(0);

  const server = await serveStatic(build.outDir);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  try {
    const visit = async (path: string) => {
      await page.goto(`${server.origin}${path}`);
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), path).toBeUndefined();
    };
    await visit('/voice-rooms/echo-and-howling/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('</script><script>');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd.headline).toContain('</script><script>window.__pwned=1');
    await visit('/kb/1301/');
    await visit('/general/support-faq/');
    await visit('/troubleshoot/echo-howling/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x');
    await page
      .getByRole('link', { name: /^Label / })
      .first()
      .click();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await visit('/troubleshoot/echo-howling/ticket/');
    await visit(`/search/?q=${encodeURIComponent('window.__pwned')}`);
    await visit('/tags/');
    expect(dialogs).toEqual([]);

    const llms = await (await fetch(`${server.origin}/llms.txt`)).text();
    const line = llms.split('\n').find((entry) => entry.includes('KB-1301'))!;
    expect(line, 'one line, escaped').toMatch(/^- \[KB-1301 Echo \\</);
    expect(llms).not.toMatch(/(?<!\\)<script/);
    const markdown = await (await fetch(`${server.origin}/kb/1301.md`)).text();
    expect(markdown.split('\n')[0]).toMatch(/^# Echo \\<\/script>/);
  } finally {
    await server.close();
  }
});

test('a failed, interrupted or concurrent build leaves the published site as it was', async () => {
  const content = copyContent(work.dir);
  const good = await buildSite({ content, workDir: work.dir });
  expect(good.status, good.output.slice(-3000)).toBe(0);
  const published = good.outDir;
  const marker = join(published, 'published-marker.txt');
  writeFileSync(marker, 'the site that is live');
  const snapshot = () => ({
    marker: readFileSync(marker, 'utf8'),
    index: readFileSync(join(published, 'index.html'), 'utf8'),
    pagefind: existsSync(join(published, 'pagefind/pagefind-entry.json')),
    redirects: existsSync(join(published, '_redirects')),
  });
  const before = snapshot();
  const leftovers = () => readdirSync(dirname(published)).filter((name) => /^out\.(staging|previous)-/.test(name));

  // 1. A render-time failure the check cannot see: a screenshot that is not a readable image.
  writeFileSync(join(content, 'guides/general/broken.png'), Buffer.alloc(300, 7));
  editFile(join(content, 'guides/general/ice-connection-failed.mdx'), (text) =>
    text.replace('## Symptom {#symptom}', '![A screenshot](./broken.png)\n\n## Symptom {#symptom}'),
  );
  const failed = await buildSite({ content, workDir: work.dir });
  expect(failed.status).not.toBe(0);
  expect(failed.output).toContain('the previous dist/ is unchanged');
  expect(snapshot()).toEqual(before);
  expect(leftovers()).toEqual([]);
  editFile(join(content, 'guides/general/ice-connection-failed.mdx'), (text) =>
    text.replace('![A screenshot](./broken.png)\n\n', ''),
  );

  // 2. Interrupted while Astro renders pages.
  const interrupted = await buildSite({
    content,
    workDir: work.dir,
    onStart: (child) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (/generating static routes/i.test(chunk.toString())) child.kill('SIGINT');
      });
    },
  });
  expect(interrupted.status).not.toBe(0);
  expect(snapshot()).toEqual(before);
  expect(leftovers()).toEqual([]);

  // 3. Two builds at once in one checkout: the second refuses, the first completes.
  const env = {
    ...process.env,
    KB_CONTENT_DIR: content,
    KB_OUT_DIR: published,
    KB_CACHE_DIR: join(work.dir, 'cache'),
    NO_COLOR: '1',
  };
  const first = spawn(join(ROOT, 'node_modules/.bin/node'), ['src/cli/build.ts'], { cwd: ROOT, env });
  let firstOutput = '';
  first.stdout.on('data', (chunk) => (firstOutput += chunk));
  first.stderr.on('data', (chunk) => (firstOutput += chunk));
  await expect.poll(() => existsSync(join(ROOT, '.kb-build.lock')), { timeout: 30_000 }).toBe(true);
  const second = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['src/cli/build.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  expect(second.status).toBe(1);
  expect(second.stderr).toMatch(/Another build \(pid \d+, started .*\) is running in this checkout/);
  const firstStatus = await new Promise<number | null>((resolve) => first.on('close', resolve));
  expect(firstStatus, firstOutput.slice(-3000)).toBe(0);
  expect(existsSync(marker), 'the first build replaced the site as a whole').toBe(false);
  expect(existsSync(join(published, 'pagefind/pagefind-entry.json'))).toBe(true);
  expect(existsSync(join(ROOT, '.kb-build.lock'))).toBe(false);
  expect(leftovers()).toEqual([]);
});
