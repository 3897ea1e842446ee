import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { article, chineseArticle, trees } from './content.ts';
import { expect, SCHEMES, test } from './fixtures.ts';
import { diagnoseStrings } from '../src/i18n/diagnose.ts';
import { fill } from '../src/i18n/fill.ts';
import { longCallDump } from '../src/lib/diagnose/test-fixtures.ts';

const { en, zh } = diagnoseStrings;
const FIXTURES = join(import.meta.dirname, '../src/lib/diagnose/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.json.gz`));
const ticketPath = `/troubleshoot/${trees[0]!.id}/ticket/`;

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

async function pickDump(page: Page, name: string, buffer: Buffer, mimeType = 'application/gzip'): Promise<void> {
  await page.locator('[data-file]').setInputFiles({ name, mimeType, buffer });
}

/** A real drop: a DataTransfer holding the file, dropped on the zone. */
async function dropDump(page: Page, name: string, buffer: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/gzip' }));
      return data;
    },
    { name, bytes: [...buffer] },
  );
  const zone = page.locator('[data-drop]');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

const findings = (page: Page) => page.locator('[data-findings]');

test.describe('webrtc-internals dump analyser', () => {
  test('a dropped bandwidth-starved dump: the finding in plain words, linked, with charts and a table for each', async ({
    page,
  }) => {
    await page.goto('/diagnose/dump/');
    await expect(page.locator('[data-dump][data-ready]')).toBeAttached();
    await dropDump(page, 'bandwidth-starved.json.gz', fixture('bandwidth-starved'));
    const finding = findings(page).locator('.check').first();
    await expect(finding).toContainText(
      'Sent video was limited by bandwidth for 25 s (89 % of the call) and stayed at 180p.',
    );
    await expect(finding.locator('.grade')).toHaveText('Bad');
    await expect(finding.getByRole('link', { name: /Read: / })).toHaveAttribute('href', article('KB-1203').shortPath);
    await expect(page.locator('[data-session]')).toContainText('Direct, not relayed.');
    await expect(page.locator('[data-session]')).toContainText('transport-cc');
    const charts = page.locator('figure[data-chart]');
    expect(await charts.count()).toBeGreaterThanOrEqual(6);
    for (const chart of await charts.all()) {
      await expect(chart.locator('canvas').first()).toBeAttached();
      await expect(chart.getByRole('table')).toBeAttached();
    }
    await expect(page.locator('figure[data-chart="quality-limitation"]').getByRole('table')).toContainText('bandwidth');
    await expect(page.locator('[data-report-preview]')).toContainText('stayed at 180p');
  });

  test('healthy and audio-only dumps, opened with the file picker from the keyboard', async ({ page }) => {
    await page.goto('/diagnose/dump/');
    await page.locator('[data-file]').focus();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (
      await chooser
    ).setFiles({ name: 'healthy.json.gz', mimeType: 'application/gzip', buffer: fixture('healthy') });
    await expect(findings(page)).toContainText(en.dump.noFindings);
    await expect(page.locator('figure[data-chart="frame-rate"]')).toBeAttached();

    await pickDump(page, 'audio-only.json.gz', fixture('audio-only'));
    await expect(page.locator('[data-status]')).toContainText('audio-only.json.gz: 2 peer connection(s)');
    await expect(findings(page)).toContainText(en.dump.noFindings);
    await expect(page.locator('figure[data-chart="concealment"], figure[data-chart="rtt"]').first()).toBeAttached();
    await expect(page.locator('figure[data-chart="frame-rate"]')).toHaveCount(0);
  });

  test('a garbage file and a truncated gzip get a clear message, not a blank page', async ({ page }) => {
    await page.goto('/diagnose/dump/');
    await pickDump(page, 'photo.jpg', Buffer.from('\xff\xd8\xff\xe0 not a dump at all', 'latin1'), 'image/jpeg');
    await expect(page.getByRole('alert')).toHaveText(en.dump.errors['not-json']);
    const gzip = fixture('healthy');
    await pickDump(page, 'cut.json.gz', gzip.subarray(0, Math.floor(gzip.length / 2)));
    await expect(page.getByRole('alert')).toHaveText(en.dump.errors['gzip-damaged']);
    const plain = gunzipSync(gzip).toString('utf8');
    await pickDump(page, 'cut.json', Buffer.from(plain.slice(0, plain.length / 3)), 'application/json');
    await expect(page.getByRole('alert')).toHaveText(en.dump.errors['truncated-json']);
    await expect(page.locator('[data-results]')).toBeHidden();
  });

  // How fast is for the benchmark (`npm run bench` times the same 50 MB dump); this test holds what a
  // reader sees: the dump is charted, and a key pressed meanwhile is handled before parsing ends.
  test('a 50 MB dump is parsed and charted while the page keeps answering keys', async ({ page }) => {
    test.setTimeout(120_000);
    const big = longCallDump(51 * 1024 * 1024);
    expect(big.byteLength).toBeGreaterThan(50 * 1024 * 1024);
    await page.goto('/diagnose/dump/');
    await page.evaluate(() => {
      const state = window as unknown as { keys: number[]; gaps: number[] };
      state.keys = [];
      state.gaps = [];
      document.addEventListener('keydown', () => state.keys.push(performance.now()));
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        state.gaps.push(now - last);
        last = now;
        setTimeout(tick, 10);
      };
      tick();
    });
    // Playwright passes files over 50 MB by path only.
    const file = test.info().outputPath('long-call.json');
    writeFileSync(file, big);
    await page.locator('[data-file]').setInputFiles(file);
    await expect(page.locator('[data-status]')).toContainText('Reading long-call.json (5');
    const pressedAt = await page.evaluate(() => performance.now());
    await page.keyboard.press('Shift');
    await expect(page.locator('[data-dump][data-charted]')).toBeAttached({ timeout: 30_000 });
    const timing = await page.evaluate(() => {
      const state = window as unknown as { keys: number[]; gaps: number[] };
      const mark = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
      const start = mark('dump:start');
      const parsed = mark('dump:parsed');
      return {
        total: performance.getEntriesByName('dump:parse-and-chart')[0]!.duration,
        parsed,
        key: state.keys[0]!,
        // The longest the main thread went without running a timer while the worker parsed.
        longestGap: Math.max(...state.gaps.slice(Math.round(start / 10))),
      };
    });
    console.log(
      `50 MB dump: parsed and charted in ${Math.round(timing.total)} ms; key handled ${Math.round(timing.key - pressedAt)} ms after it was sent`,
    );
    expect(timing.key, 'the key was handled while the worker was still parsing').toBeLessThan(timing.parsed);
    expect(await page.locator('figure[data-chart]').count()).toBeGreaterThanOrEqual(6);
  });

  for (const scheme of SCHEMES) {
    test(`axe finds no violation with results shown (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/diagnose/dump/');
      await pickDump(page, 'bandwidth-starved.json.gz', fixture('bandwidth-starved'));
      await expect(page.locator('[data-dump][data-charted]')).toBeAttached();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('nothing scrolls sideways at 360 px, with charts and tables shown', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/diagnose/dump/');
    await pickDump(page, 'bandwidth-starved.json.gz', fixture('bandwidth-starved'));
    await expect(page.locator('[data-dump][data-charted]')).toBeAttached();
    await page.waitForTimeout(300);
    for (const path of ['/diagnose/dump/', '/diagnose/']) {
      if (path === '/diagnose/') await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});

test('the ticket page attaches the saved dump summary, and it can be removed', async ({ page }) => {
  await page.goto('/diagnose/dump/');
  await pickDump(page, 'bandwidth-starved.json.gz', fixture('bandwidth-starved'));
  await expect(page.locator('[data-dump][data-charted]')).toBeAttached();
  await page.goto(ticketPath);
  const block = page.getByRole('region', { name: en.ticket.title });
  await expect(block.getByRole('link', { name: en.ticket.precall })).toHaveAttribute('href', '/diagnose/');
  await expect(block.getByRole('link', { name: en.ticket.dump })).toHaveAttribute('href', '/diagnose/dump/');
  await expect(block).toContainText('Attached: bandwidth-starved.json.gz');
  const preview = page.locator('[data-ticket-preview]');
  await expect(preview).toContainText('### Diagnostics');
  await expect(preview).toContainText('stayed at 180p');
  await block.getByRole('button', { name: `${en.ticket.remove}: bandwidth-starved.json.gz` }).click();
  await expect(preview).not.toContainText('### Diagnostics');
  await expect(block).toContainText(en.ticket.none);
});

test('on /zh/diagnose/dump/ the same dump reads in Chinese, and the Chinese ticket attaches the Chinese summary', async ({
  page,
}) => {
  await page.goto('/zh/diagnose/dump/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await pickDump(page, 'bandwidth-starved.json.gz', fixture('bandwidth-starved'));
  await expect(page.locator('[data-dump][data-charted]')).toBeAttached();
  const starved = fill(zh.dump.findings['bandwidth-limited'], { seconds: 25, percent: 89, height: 180 });
  const finding = findings(page).locator('.check').first();
  await expect(finding).toContainText(starved);
  await expect(finding.locator('.grade')).toHaveText(zh.common.levels.bad);
  await expect(finding.getByRole('link', { name: `参考：${chineseArticle('KB-1203').title}` })).toHaveAttribute(
    'href',
    `/zh${article('KB-1203').shortPath}`,
  );
  await expect(page.locator('[data-session]')).toContainText(zh.dump.session.direct);
  await expect(page.getByRole('table', { name: zh.dump.metricsTable.caption })).toContainText(
    `${zh.common.levels.good} <`,
  );
  // Chart titles, series and the limitation axis come from the dictionary too.
  await expect(page.locator('figure[data-chart="bitrate"] figcaption')).toHaveText(`${zh.dump.charts.bitrate}（kbps）`);
  await expect(page.locator('figure[data-chart="quality-limitation"]').getByRole('table')).toContainText(
    zh.dump.limitationLevels[1]!,
  );
  expect(await page.locator('[data-results]').innerText()).not.toMatch(/received|sent video|Direct|Bad|Good|Read: /);
  await expect(page.locator('[data-report-preview]')).toContainText(`#### ${zh.dump.report.heading}`);

  await page.goto(`/zh${ticketPath}`);
  const block = page.getByRole('region', { name: zh.ticket.title });
  await expect(block.getByRole('link', { name: zh.ticket.precall })).toHaveAttribute('href', '/zh/diagnose/');
  await expect(block.getByRole('link', { name: zh.ticket.dump })).toHaveAttribute('href', '/zh/diagnose/dump/');
  await expect(block).toContainText('已附上：bandwidth-starved.json.gz，');
  const preview = page.locator('[data-ticket-preview]');
  await expect(preview).toContainText(`### ${zh.ticket.section}`);
  await expect(preview).toContainText(starved);
});

test('the diagnostics code loads on its own pages only', async ({ page }) => {
  /** Strings that only the diagnostics code contains: uPlot, the analysis, the checks, the findings' wording. */
  const MARKERS = [
    'u-over',
    'qualityLimitationReason',
    'requestVideoFrameCallback',
    'dump-worker',
    en.dump.findings.freezes.slice(0, 30),
  ];
  const scriptsOf = async (path: string) => {
    const bodies: Promise<{ url: string; text: string }>[] = [];
    const listener = (response: import('@playwright/test').Response) => {
      if (response.request().resourceType() === 'script')
        bodies.push(response.text().then((text) => ({ url: response.url(), text })));
    };
    page.on('response', listener);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('response', listener);
    return Promise.all(bodies);
  };
  const own = [...(await scriptsOf('/diagnose/')), ...(await scriptsOf('/diagnose/dump/'))];
  for (const marker of MARKERS.slice(0, 3)) {
    expect(
      own.some((script) => script.text.includes(marker)),
      `the diagnostics pages load ${marker}`,
    ).toBe(true);
  }
  for (const path of ['/', article('KB-1301').path, '/search/?q=echo', `/troubleshoot/${trees[0]!.id}/`, ticketPath]) {
    for (const script of await scriptsOf(path)) {
      for (const marker of MARKERS)
        expect(script.text.includes(marker), `${path} loads ${script.url} with ${marker}`).toBe(false);
    }
  }
});
