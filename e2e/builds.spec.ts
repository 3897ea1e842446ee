import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { article } from './content.ts';
import { buildSite, copyContent, editFile, ROOT, scratch, serveStatic } from '../src/cli/shared/site-build.ts';
import { expect, test } from './fixtures.ts';

// One build at a time (the runner gives this project one worker); a failure never skips the next test.
test.describe.configure({ timeout: 300_000 });

/** Each test works in a scratch folder of its own, deleted afterwards. */
let work: ReturnType<typeof scratch>;
test.beforeEach(() => {
  work = scratch('kb-e2e-build-');
});
test.afterEach(() => work.remove());

test('a broken article fails the build naming the file, the line and the field', async () => {
  const content = copyContent(work.dir);
  editFile(join(content, 'guides/voice-rooms/music-mode.mdx'), (text) =>
    text.replace(/^type: guide$/m, 'type: tutorial').replace(/^sdk: .*$/m, 'sdk: "latest"'),
  );
  const build = await buildSite({ content, workDir: work.dir });
  expect(build.status).not.toBe(0);
  expect(build.output).toMatch(
    /guides\/voice-rooms\/music-mode\.mdx:5:7 {2}frontmatter {2}`type` must be one of "guide", "faq", "troubleshooting", "reference" \(found "tutorial"\)/,
  );
  expect(build.output).toMatch(
    /guides\/voice-rooms\/music-mode\.mdx:7:6 {2}frontmatter {2}`sdk` must be a semver range/,
  );
  expect(build.output).toContain('2 content error(s)');
  expect(
    build.output.match(/  (frontmatter|related|link|url-vanished|tree-[a-z-]+)  /g),
    'one mistake, one error each',
  ).toHaveLength(2);
  expect(existsSync(join(build.outDir, 'index.html')), 'nothing is half-published').toBe(false);
});

test('a troubleshooter pointing nowhere fails the build naming the tree file and node', async () => {
  const content = copyContent(work.dir);
  editFile(join(content, 'troubleshooting/echo-howling.yaml'), (text) =>
    text.replace('next: aec-on', 'next: aec-enabled'),
  );
  const build = await buildSite({ content, workDir: work.dir });
  expect(build.status).not.toBe(0);
  expect(build.output).toMatch(
    /troubleshooting\/echo-howling\.yaml:\d+:\d+ {2}tree-unknown-node {2}option "Yes, it is on" of node "aec" leads to node "aec-enabled", which does not exist/,
  );
});

test('renaming an article fails until redirectFrom keeps its old URL; then, under /help/, pages and search work', async ({
  page,
}) => {
  const content = copyContent(work.dir);
  const oldFile = join(content, 'guides/voice-rooms/echo-and-howling.mdx');
  const newFile = join(content, 'guides/voice-rooms/echo-howling-fixes.mdx');
  renameSync(oldFile, newFile);

  const failed = await buildSite({ content, workDir: work.dir });
  expect(failed.status).not.toBe(0);
  expect(failed.output).toMatch(
    /published-urls\.txt:\d+:1 {2}url-vanished {2}\/voice-rooms\/echo-and-howling\/ was published and is gone; add `redirectFrom: \["\/voice-rooms\/echo-and-howling\/"\]`/,
  );

  // Its Chinese translation was left behind at the old path: the check says where it belongs.
  expect(failed.output).toContain(
    'content/zh/guides/voice-rooms/echo-and-howling.mdx:1:1  translation  no English article at content/guides/voice-rooms/echo-and-howling.mdx',
  );

  editFile(newFile, (text) =>
    text.replace(/^owner: (.*)$/m, 'owner: $1\nredirectFrom: [/voice-rooms/echo-and-howling/]'),
  );
  renameSync(
    join(content, 'zh/guides/voice-rooms/echo-and-howling.mdx'),
    join(content, 'zh/guides/voice-rooms/echo-howling-fixes.mdx'),
  );
  // A draft with a word nothing else contains: it must be neither built nor searchable.
  writeFileSync(
    join(content, 'guides/general/draft-zebracorn.mdx'),
    readFileSync(join(content, 'guides/general/support-faq.mdx'), 'utf8')
      .replace(/^id: .*$/m, 'id: KB-1999')
      .replace(/^title: .*$/m, 'title: Zebracorn rollout notes')
      .replace(/^draft: .*\n/m, '')
      .replace(/^owner: (.*)$/m, 'owner: $1\ndraft: true')
      .replace(/^## (.*)$/m, '## $1\n\nZebracorn latency appears only in this draft.'),
  );
  // A new article from the scaffold, published right away: it must pass the check and build.
  const scaffold = spawnSync(
    'npm',
    [
      'run',
      'new',
      '--',
      '--root',
      content,
      '--scenario',
      'voice-rooms',
      '--type',
      'faq',
      '--title',
      'Scaffolded FAQ for voice rooms',
      '--summary',
      'A new article made by npm run new, checked and built like any other article.',
      '--publish',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(scaffold.status, scaffold.stderr).toBe(0);
  const id = /as (KB-\d+)/.exec(scaffold.stdout)![1]!;
  expect(scaffold.stdout).toMatch(/Created .*guides\/voice-rooms\/scaffolded-faq-for-voice-rooms\.mdx as KB-\d+/);
  // Published without a Chinese translation, it fails the check, which says how to start one.
  const env = { ...process.env, KB_CONTENT_DIR: content };
  const node = join(ROOT, 'node_modules/.bin/node');
  const check = spawnSync(node, ['src/cli/check.ts'], { cwd: ROOT, env, encoding: 'utf8' });
  expect(check.status).toBe(1);
  expect(check.stdout).toMatch(
    new RegExp(
      `scaffolded-faq-for-voice-rooms\\.mdx:1:1 {2}translation {2}no Chinese translation .*npm run translate -- ${id}`,
    ),
  );
  const translate = spawnSync(node, ['src/cli/translate.ts', id], { cwd: ROOT, env, encoding: 'utf8' });
  expect(translate.status, translate.stderr).toBe(0);
  // The translator's part: the scaffold starts in English, and the check refuses it until it is Chinese.
  editFile(join(content, 'zh/guides/voice-rooms/scaffolded-faq-for-voice-rooms.mdx'), (text) =>
    text
      .replace(/^title: .*$/m, 'title: 语聊房新文章示例')
      .replace(/^summary: .*$/m, 'summary: 用 npm run new 生成的新文章，和其他文章一样经过检查和构建。'),
  );

  const build = await buildSite({ content, workDir: work.dir, base: '/help/' });
  expect(build.status, build.output.slice(-3000)).toBe(0);
  expect(readFileSync(join(build.outDir, '_redirects'), 'utf8')).toContain(
    '/help/voice-rooms/echo-and-howling/  /help/voice-rooms/echo-howling-fixes/  301',
  );
  expect(existsSync(join(build.outDir, 'general/draft-zebracorn/index.html'))).toBe(false);
  expect(existsSync(join(build.outDir, 'voice-rooms/scaffolded-faq-for-voice-rooms/index.html'))).toBe(true);
  expect(
    readFileSync(join(build.outDir, 'zh/voice-rooms/scaffolded-faq-for-voice-rooms/index.html'), 'utf8'),
  ).toContain('语聊房新文章示例');
  // This content folder is outside the repository: no "Edit this page" link into ../../tmp/.
  expect(
    readFileSync(join(build.outDir, 'voice-rooms/scaffolded-faq-for-voice-rooms/index.html'), 'utf8'),
  ).not.toContain('/edit/');

  const server = await serveStatic(build.outDir, '/help/');
  try {
    const { origin } = server;
    await page.goto(`${origin}/help/voice-rooms/echo-and-howling/#fix`);
    await expect(page).toHaveURL(`${origin}/help/voice-rooms/echo-howling-fixes/#fix`);
    await page.goto(`${origin}/help/kb/1301/`);
    await expect(page).toHaveURL(`${origin}/help/voice-rooms/echo-howling-fixes/`);

    // Every internal link on the page stays under /help/.
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((href) => !href.startsWith('/help/'))).toEqual([]);

    await page.keyboard.press('/');
    await page.getByRole('dialog').getByRole('searchbox').fill('howling');
    const result = page.getByRole('dialog').locator('.results a').first();
    await expect(result).toHaveAttribute('href', /^\/help\//);
    await page.goto(`${origin}/help/search/?q=回声`);
    await expect(page.locator('.results a').first()).toHaveAttribute('href', /^\/help\//);
    await page.goto(`${origin}/help/search/?q=zebracorn`);
    await expect(page.getByRole('status')).toHaveText(/for “zebracorn”/);
    await expect(page.getByRole('link', { name: 'Zebracorn rollout notes' })).toHaveCount(0);
    await expect(page.locator('.results a[href*="draft-zebracorn"]')).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test('"Did this help?" votes and searches that found nothing reach the feedback endpoint: simple POSTs of JSON, without cookies', async ({
  page,
  context,
}) => {
  // A receiver like the one README.md describes: it answers 204 and needs no CORS headers.
  const received: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method, url: request.url, headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/kb-feedback`;

  const content = copyContent(work.dir);
  editFile(join(content, 'site.yaml'), (text) => `${text}\nfeedback:\n  url: ${endpoint}\n  reportZeroResults: true\n`);
  const build = await buildSite({ content, workDir: work.dir });
  expect(build.status, build.output.slice(-3000)).toBe(0);
  const server = await serveStatic(build.outDir);
  try {
    // The site and the receiver share a host: a cookie of the site would go along unless omitted.
    await context.addCookies([{ name: 'session', value: 'secret', url: server.origin }]);
    const echo = article('KB-1301');
    await page.goto(`${server.origin}${echo.path}`);
    const feedback = page.getByRole('region', { name: 'Did this help?' });
    await feedback.getByRole('button', { name: 'No', exact: true }).click();
    await feedback.getByLabel('What was missing or wrong? (optional)').fill('Nothing about Bluetooth headsets');
    await feedback.getByRole('button', { name: 'Send' }).click();
    await expect(feedback.getByRole('status')).toHaveText('Thank you: that helps us fix the guide.');
    await expect.poll(() => received.length).toBe(1);

    const [vote] = received;
    expect(vote!.method).toBe('POST');
    expect(vote!.url).toBe('/kb-feedback');
    expect(vote!.headers.cookie, 'no cookies').toBeUndefined();
    expect(vote!.headers['content-type'], 'a simple request: no preflight').toMatch(/^text\/plain/);
    const payload = JSON.parse(vote!.body);
    expect(payload).toEqual({
      type: 'vote',
      page: echo.path,
      id: 'KB-1301',
      helpful: false,
      reason: 'Nothing about Bluetooth headsets',
      lang: 'en',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(Math.abs(Date.parse(payload.at) - Date.now())).toBeLessThan(120_000);

    // On a troubleshooter result, "Did this fix it? No" is the vote, sent as the walk goes on.
    await page.goto(`${server.origin}/troubleshoot/echo-howling/howling/`);
    const recommended = await page.locator('[data-result-article]').getAttribute('data-result-article');
    await page.getByRole('link', { name: 'No: show the next best fix' }).click();
    await expect(page.getByRole('heading', { name: /Next best fix/ })).toBeVisible();
    await expect.poll(() => received.length).toBe(2);
    expect(JSON.parse(received[1]!.body)).toMatchObject({
      type: 'vote',
      page: '/troubleshoot/echo-howling/howling/',
      id: recommended,
      helpful: false,
    });
    expect(received[1]!.headers.cookie).toBeUndefined();

    // A search that finds nothing is reported once the reader stops typing; one that
    // finds something is not.
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('鑫鑫鑫')}`);
    await expect(page.getByRole('status').filter({ hasText: 'No results' })).toBeVisible();
    await expect.poll(() => received.length).toBe(3);
    expect(JSON.parse(received[2]!.body)).toMatchObject({ type: 'zero-results', page: '/search/', query: '鑫鑫鑫' });
    await page.getByRole('searchbox').first().fill('echo');
    await expect(page.locator('.results > li').first()).toBeVisible();
    await page.waitForTimeout(3000);
    expect(received).toHaveLength(3);
  } finally {
    await server.close();
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  }
});
