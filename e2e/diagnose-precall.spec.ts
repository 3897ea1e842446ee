import AxeBuilder from '@axe-core/playwright';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Page } from '@playwright/test';
import { article, chineseArticle } from './content.ts';
import { expect, SCHEMES, test } from './fixtures.ts';
import { diagnoseStrings, type DiagnoseStrings } from '../src/i18n/diagnose.ts';
import { fill } from '../src/i18n/fill.ts';
import { REPORTS_KEY } from '../src/lib/diagnose/saved-reports.ts';
import { CHROMIUM } from '../src/cli/shared/chromium.ts';

/** The pre-call check (/diagnose/) with Chromium's fake camera and microphone, which need their own browser. */
test.use({
  launchOptions: {
    ...CHROMIUM,
    args: [...CHROMIUM.args, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

const { en, zh } = diagnoseStrings;

/** Clicks start and waits for the summary: "Check complete: …" in the page's language. */
async function runCheck(page: Page, strings: DiagnoseStrings): Promise<void> {
  await page.getByRole('button', { name: strings.precall.start }).click();
  await expect(page.getByRole('status').filter({ hasText: doneText(strings) })).toBeVisible({ timeout: 60_000 });
}

const doneText = (strings: DiagnoseStrings) => strings.precall.done.slice(0, strings.precall.done.indexOf('{'));

/** axe on the page as it stands, in the light and then the dark theme: the check runs once for both. */
async function expectNoAxeViolations(page: Page): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
      `${scheme} theme`,
    ).toEqual([]);
  }
}

test.describe('pre-call check', () => {
  test('finds the devices, lists the codecs, and reads and grades a loopback call', async ({ page, context }) => {
    test.setTimeout(90_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/diagnose/');
    // Keyboard only: the start button is reachable and starts the check.
    await page.getByRole('button', { name: en.precall.start }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: doneText(en) })).toBeVisible({ timeout: 60_000 });

    const card = (id: string) => page.locator(`[data-check="${id}"]`);
    await expect(card('webrtc')).toContainText('Good');
    await expect(card('devices')).toContainText(/1 camera\(s\), [1-9] microphone\(s\)/);
    await expect(page.locator('[data-device-list]')).toContainText('fake_device_0');
    await expect(card('codecs')).toContainText('VP8');
    await expect(page.getByRole('table', { name: en.precall.codecTable.caption })).toContainText('H264');
    await expect(card('camera')).toContainText(/fake_device_0: \d+×\d+ at \d+ fps delivered/);
    await expect(card('microphone')).toContainText(/loudest level -?\d+ dBFS/);
    // No servers in content/site.yaml and none typed: the page says what it cannot test.
    await expect(card('ice')).toContainText(en.precall.results.iceNoServers);

    const loopback = card('loopback');
    await expect(loopback).toContainText(/\d+×\d+ at \d+ fps, encode time [\d.]+ ms per frame, \d+ kbps after \d+ s\./);
    await expect(loopback.locator('.grade')).toHaveText(/^(Good|Degraded|Bad)$/);
    const seconds = page.getByRole('table', { name: en.precall.loopbackTable.caption }).locator('tbody tr');
    expect(await seconds.count()).toBeGreaterThanOrEqual(5);

    // The report names every check, is kept for the ticket, and copies as Markdown.
    const preview = page.locator('[data-report-preview]');
    await expect(preview).toContainText('**Loopback call**');
    await page.getByRole('button', { name: en.common.copyMarkdown }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#### Pre-call check');
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), REPORTS_KEY);
    expect(stored.reports.precall.markdown).toContain('**Devices found** (Good)');
  });

  test('tests typed TURN servers and links the error code a server answers with', async ({ page }) => {
    test.setTimeout(60_000);
    // A closed TCP port on this machine's own address refuses at once: Chrome reports 701.
    // (Not a port below 1024: browsers refuse TURN there without trying.)
    const server = createServer().listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));
    const address =
      Object.values(networkInterfaces())
        .flat()
        .find((entry) => entry?.family === 'IPv4' && !entry.internal)?.address ?? '127.0.0.1';
    await page.goto('/diagnose/');
    const form = page.locator('[data-servers]');
    await form
      .getByLabel(en.precall.servers.urls)
      .fill(`turn:${address}:${port}?transport=tcp\nhttp://not-ice.example`);
    await form.getByLabel(en.precall.servers.username).fill('test');
    await form.getByLabel(en.precall.servers.credential).fill('test');
    await form.getByRole('button', { name: en.precall.servers.run }).click();
    await expect(form.getByRole('alert')).toHaveText(
      fill(en.precall.servers.invalid, { line: 2, url: 'http://not-ice.example' }),
    );
    const ice = page.locator('[data-check="ice"]');
    await expect(ice).toContainText(en.precall.results.iceNoRelay, { timeout: 20_000 });
    await expect(ice).toContainText(/Error 701 from turn:/);
    await expect(ice.getByRole('link', { name: /Read: / })).toHaveAttribute('href', article('KB-1016').shortPath);
  });

  test('axe finds no violation on the finished pre-call check, light and dark', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/diagnose/');
    await runCheck(page, en);
    await expectNoAxeViolations(page);
  });

  test('on /zh/diagnose/ the check runs and reports in Chinese, links Chinese articles, and passes axe', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/zh/diagnose/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.precall.title);
    await runCheck(page, zh);

    const card = (id: string) => page.locator(`[data-check="${id}"]`);
    await expect(card('webrtc')).toContainText(`${zh.precall.checks.webrtc} ${zh.common.levels.good}`);
    await expect(card('devices')).toContainText(/摄像头 1 个，麦克风 [1-9] 个/);
    await expect(card('camera')).toContainText(/fake_device_0：实际采集 \d+×\d+、\d+ fps/);
    await expect(card('ice')).toContainText(zh.precall.results.iceNoServers);
    await expect(card('loopback')).toContainText(/\d+×\d+、\d+ fps，每帧编码耗时 [\d.]+ ms/);
    await expect(page.getByRole('table', { name: zh.precall.loopbackTable.caption })).toBeVisible();
    // Nothing the scripts wrote is left in English.
    expect(await page.locator('[data-precall]').innerText()).not.toMatch(/Check complete|Good|Degraded|Read: |\(s\)/);

    // Links the script builds (from the data island) and links in the template both stay on the Chinese site.
    await expect(card('ice').getByRole('link', { name: `参考：${chineseArticle('KB-1007').title}` })).toHaveAttribute(
      'href',
      `/zh${article('KB-1007').shortPath}`,
    );
    const links = await page
      .locator('[data-precall] a[href^="/"]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBeGreaterThan(2);
    for (const href of links) expect(href).toMatch(/^\/zh\//);

    // The report is Chinese too: what is copied and what the ticket page will attach.
    await expect(page.locator('[data-report-preview]')).toContainText(`**${zh.precall.checks.loopback}**`);
    await page.getByRole('button', { name: zh.common.copyMarkdown }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`#### ${zh.precall.report.heading}`);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), REPORTS_KEY);
    expect(stored.reports.precall.markdown).toContain(`**${zh.precall.checks.devices}**（${zh.common.levels.good}）：`);

    await expectNoAxeViolations(page);
  });
});
