import { article, chineseTree, tree } from './content.ts';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { getNode } from '../src/lib/wizard/graph.ts';

const echo = tree('echo-howling');
const stutter = tree('video-stutter');

function question(treeData: typeof stutter.data, nodeId: string): string {
  const node = getNode(treeData, nodeId);
  if (node?.type !== 'question') throw new Error(`${nodeId} is not a question`);
  return node.question;
}

/** Answers the question on screen by its label, as a person would. */
async function answer(page: Page, label: string) {
  await page.getByRole('link', { name: label, exact: true }).click();
}

test('walks a tree to the article that fixes it, with a trail of the answers', async ({ page }) => {
  await page.goto(`/troubleshoot/${echo.id}/`);
  await expect(page.getByRole('heading', { level: 2, name: question(echo.data, 'what') })).toBeVisible();
  await answer(page, 'Their own voice, coming back after a moment');
  await answer(page, 'A phone on speaker');
  await answer(page, 'Yes, it is on');
  const trail = page.getByRole('navigation', { name: 'Your answers' });
  await expect(trail).toContainText('Their own voice, coming back after a moment');
  await expect(trail).toContainText('A phone on speaker');
  await expect(trail).toContainText('Yes, it is on');
  const fix = article('KB-1301');
  await page.getByRole('link', { name: fix.data.title }).click();
  await expect(page).toHaveURL(new RegExp(`${fix.path}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step is a plain link, down to the article', async ({ page }) => {
    await page.goto(`/troubleshoot/${echo.id}/`);
    await answer(page, 'A rising squeal or whistle');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Two devices in one room feed each other' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Yes, it is fixed' }).click();
    await expect(page.getByRole('heading', { name: 'Glad it is fixed' })).toBeVisible();
    const fix = article('KB-1301');
    await page.getByRole('link', { name: fix.data.title }).click();
    await expect(page).toHaveURL(new RegExp(`${fix.path}$`));
  });

  test('"No" moves to the next article and then to a usable ticket template', async ({ page }) => {
    await page.goto(`/troubleshoot/${echo.id}/howling/`);
    await page.getByRole('link', { name: 'No: show the next best fix' }).click();
    await expect(page.getByRole('heading', { name: /Next best fix \(2 of 2\)/ })).toBeVisible();
    await page.getByRole('link', { name: 'No: write a support ticket' }).click();
    await expect(page.locator('[data-ticket-preview]')).toContainText(`Symptom:** ${echo.data.title}`);
    await expect(page.locator('[data-ticket-preview]')).toContainText('SDK version:** ____');
  });

  test('the trail and the ticket keep the answers, and no control that needs JavaScript shows', async ({ page }) => {
    await page.goto(`/troubleshoot/${stutter.id}/`);
    await answer(page, 'Only some viewers or some users');
    await answer(page, 'I do not know yet');
    const trail = page.getByRole('navigation', { name: 'Your answers' });
    await expect(trail.getByRole('listitem')).toHaveCount(2);
    await expect(trail).toContainText('Only some viewers or some users');
    await page.getByRole('link', { name: 'None of these fit: write a support ticket' }).click();
    const preview = page.locator('[data-ticket-preview]');
    await expect(preview).toContainText(`- ${question(stutter.data, 'who')} **Only some viewers or some users**`);
    await expect(preview).toContainText(`- ${question(stutter.data, 'where')} **I do not know yet**`);
    await expect(preview).toContainText('- **Who is affected:** Only some viewers or some users');
    const open = new URL((await page.getByRole('link', { name: 'Open a new ticket' }).getAttribute('href'))!);
    expect(open.searchParams.get('body')).toContain('**I do not know yet**');
    for (const name of ['Copy as Markdown', 'Copy as plain text', 'Clear the form']) {
      await expect(page.getByRole('button', { name })).toBeHidden();
    }
    await expect(page.getByLabel('SDK version')).toBeHidden();
    await expect(page.getByText('The form needs JavaScript.')).toBeVisible();
  });
});

test('an outage answer puts the ticket first, with its severity chosen and the status page', async ({ page }) => {
  await page.goto(`/troubleshoot/${stutter.id}/`);
  await answer(page, 'Everyone in every room, starting at the same moment');
  await expect(page).toHaveTitle(/^Ticket: Video stutters or freezes/);
  const outage = page.getByRole('region', { name: 'This looks like an outage' });
  await expect(outage).toBeVisible();
  await expect(outage.getByRole('link', { name: 'Check the service status page' })).toHaveAttribute(
    'href',
    'https://status.example.com/',
  );
  const openNow = outage.getByRole('link', { name: 'Open the P1 ticket now' });
  expect(new URL((await openNow.getAttribute('href'))!).searchParams.get('title')).toBe(
    '[P1] Video stutters or freezes',
  );
  await expect(page.getByRole('radio', { name: /P1 · Major feature broken/ })).toBeChecked();
  const box = await outage.boundingBox();
  expect(box!.y, 'the outage box is on the first screen').toBeLessThan(page.viewportSize()!.height);
});

test('each step page has its own title: the question or the result', async ({ page }) => {
  await page.goto(`/troubleshoot/${stutter.id}/`);
  await expect(page).toHaveTitle(/^Video stutters or freezes · /);
  await answer(page, 'Only some viewers or some users');
  await expect(page).toHaveTitle(`${question(stutter.data, 'where')} · Video stutters or freezes · RTC Field Guide`);
  await answer(page, 'In another country or continent than the sender');
  await expect(page).toHaveTitle(/^Long distance adds loss and jitter · Video stutters or freezes · /);
  await page.getByRole('link', { name: 'No: show the next best fix' }).click();
  await expect(page).toHaveTitle(/^Next best fix \(2 of 3\): .+ · Video stutters or freezes · /);
});

test('the ticket keeps what was typed across a reload, until the form is cleared', async ({ page }) => {
  await page.goto(`/troubleshoot/${echo.id}/ticket/`);
  await page.getByRole('radio', { name: /P2 · Some users affected/ }).check();
  await page.getByLabel('Platform', { exact: true }).selectOption('ios');
  await page.getByLabel('SDK version', { exact: true }).fill('5.0.3');
  await page.getByLabel('Steps to reproduce', { exact: true }).fill('Two phones on speaker in one room');
  await page.reload();
  await expect(page.getByRole('radio', { name: /P2 · Some users affected/ })).toBeChecked();
  await expect(page.getByLabel('Platform', { exact: true })).toHaveValue('ios');
  await expect(page.getByLabel('SDK version', { exact: true })).toHaveValue('5.0.3');
  await expect(page.getByLabel('Steps to reproduce', { exact: true })).toHaveValue('Two phones on speaker in one room');
  await expect(page.locator('[data-ticket-preview]')).toContainText(
    '- Steps to reproduce: Two phones on speaker in one room',
  );

  await page.getByRole('button', { name: 'Clear the form' }).click();
  await expect(page.getByLabel('SDK version', { exact: true })).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('SDK version', { exact: true })).toHaveValue('');
  await expect(page.getByRole('radio', { name: /P2 · Some users affected/ })).not.toBeChecked();
});

test('reaches the ticket and the copied text carries every answer', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/troubleshoot/${stutter.id}/`);
  const answers = [
    [
      question(stutter.data, 'who'),
      'Everyone watching one sender (all viewers of a host, or the other side of a call)',
    ],
    [question(stutter.data, 'sender-scenario'), 'A person in a 1v1 call'],
    [question(stutter.data, 'call-limitation'), 'bandwidth'],
    [question(stutter.data, 'call-network'), 'Mobile data'],
  ] as const;
  for (const [, label] of answers) await answer(page, label);
  await page.getByRole('link', { name: 'No: show the next best fix' }).click();
  await page.getByRole('link', { name: 'No: write a support ticket' }).click();

  await page.getByRole('radio', { name: /P1 · Major feature broken/ }).check();
  await page.getByLabel('Scenario', { exact: true }).selectOption('1v1 video social');
  await page.getByLabel('Platform', { exact: true }).selectOption('android');
  await page.getByLabel('SDK version', { exact: true }).fill('4.2.1');
  await page.getByLabel('Steps to reproduce', { exact: true }).fill('1. Call from Android\n2. Walk out of Wi-Fi');
  await page.getByLabel('What you expected', { exact: true }).fill('Smooth video');
  await page.getByLabel('What happened instead', { exact: true }).fill('Freezes every few seconds');
  await page.getByLabel('What changed recently', { exact: true }).fill('SDK upgrade on Monday');
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('button', { name: 'Copied ✓' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());

  for (const [text, label] of answers) expect(copied).toContain(`- ${text} **${label}**`);
  expect(copied).toContain('## [P1] Video stutters or freezes on Android');
  expect(copied).toContain('- **Scenario:** 1v1 video social');
  expect(copied).toContain('- Steps to reproduce:\n  1. Call from Android\n  2. Walk out of Wi-Fi');
  expect(copied).toContain('- What you expected: Smooth video');
  expect(copied).toContain('- What happened instead: Freezes every few seconds');
  expect(copied).toContain('- What changed recently (release, SDK upgrade, config, region): SDK upgrade on Monday');
  expect(copied).toContain('- **SDK version:** 4.2.1');
  expect(copied).toContain('- **Network:** Mobile data');
  expect(copied).toContain(`- **Who is affected:** ${answers[0][1]}`);
  expect(copied).toContain('adb logcat -v threadtime');
  expect(copied).toMatch(
    /Troubleshooter path: http:\/\/127\.0\.0\.1:\d+\/troubleshoot\/video-stutter\/who\.one-sender\/[\w./-]+\/ticket\/\n/,
  );

  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain).toContain(`${answers[1][0]} ${answers[1][1]}`);
  expect(plain).not.toContain('**');

  const open = new URL((await page.getByRole('link', { name: 'Open a new ticket' }).getAttribute('href'))!);
  expect(open.searchParams.get('title')).toBe('[P1] Video stutters or freezes on Android');
  expect(open.searchParams.get('body')).toBe(copied);
});

test('a deep link to a middle step shows the same trail as walking there', async ({ page, browser }) => {
  await page.goto(`/troubleshoot/${stutter.id}/`);
  await answer(page, 'Only some viewers or some users');
  await answer(page, 'I do not know yet');
  await answer(page, 'Viewers of a live show');
  const trail = page.getByRole('navigation', { name: 'Your answers' }).getByRole('listitem');
  await expect(trail).toHaveCount(3);
  const walked = await trail.allInnerTexts();
  const deepLink = page.url();
  expect(deepLink).toMatch(
    /\/troubleshoot\/video-stutter\/who\.[\w-]+\/where\.[\w-]+\/receiver-scenario\.[\w-]+\/viewer-loss\/$/,
  );

  const fresh = await browser.newPage();
  await fresh.goto(deepLink);
  await expect(fresh.getByRole('navigation', { name: 'Your answers' }).getByRole('listitem')).toHaveCount(3);
  expect(await fresh.getByRole('navigation', { name: 'Your answers' }).getByRole('listitem').allInnerTexts()).toEqual(
    walked,
  );
  await expect(fresh.getByRole('heading', { level: 2, name: question(stutter.data, 'viewer-loss') })).toBeVisible();

  // Stepping back keeps the earlier answers only.
  await fresh.getByRole('link', { name: `Change answer to: ${question(stutter.data, 'where')}` }).click();
  await expect(fresh).toHaveURL(/\/troubleshoot\/video-stutter\/who\.[\w-]+\/where\/$/);
  await expect(fresh.getByRole('navigation', { name: 'Your answers' })).not.toContainText('I do not know yet');
  await fresh.close();
});

test('an old link with ?a= answers opens the page that carries them', async ({ page }) => {
  await page.goto(
    `/troubleshoot/${stutter.id}/viewer-loss/?a=who.some-receivers~where.i-do-not-know-yet~receiver-scenario.viewers-of-a-live-show`,
  );
  await expect(page).toHaveURL(
    /\/troubleshoot\/video-stutter\/who\.some-receivers\/where\.i-do-not-know-yet\/receiver-scenario\.viewers-of-a-live-show\/viewer-loss\/$/,
  );
  await expect(page.getByRole('navigation', { name: 'Your answers' }).getByRole('listitem')).toHaveCount(3);
});

test('ignores answers that do not lead to the page instead of showing a false trail', async ({ page }) => {
  await page.goto(`/troubleshoot/${stutter.id}/viewer-loss/?a=who.everyone-in-every-room-starting-at-the-same-moment`);
  await expect(page.getByRole('navigation', { name: 'Your answers' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: question(stutter.data, 'viewer-loss') })).toBeVisible();
});

test('can be walked with the keyboard alone', async ({ page }) => {
  await page.goto(`/troubleshoot/${echo.id}/`);
  const target = page.getByRole('link', { name: 'A rising squeal or whistle', exact: true });
  for (
    let presses = 0;
    presses < 40 && !(await target.evaluate((element) => element === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Two devices in one room feed each other' })).toBeVisible();
  const fixed = page.getByRole('link', { name: 'Yes, it is fixed' });
  await fixed.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Glad it is fixed' })).toBeVisible();
});

test('search finds a troubleshooter by its symptom, in Chinese too, and lists it first', async ({ page }) => {
  await page.goto('/search/?q=black screen');
  const first = page.locator('.results > li').first();
  await expect(first).toContainText(`Troubleshooter: ${tree('black-screen').data.title}`);
  // A Chinese query goes to the Chinese troubleshooter.
  await page.goto('/search/?q=黑屏');
  await expect(page.locator('.results > li').first()).toContainText(chineseTree('black-screen').title);
  await page.locator('.results > li').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/zh\/troubleshoot\/black-screen\/$/);
});

test('inner steps are not indexed, only tree starts', async ({ page }) => {
  await page.goto('/search/?q=qualityLimitationReason');
  await expect(page.locator('.results > li').first()).toBeVisible();
  const hrefs = await page
    .locator('.results a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  for (const href of hrefs.filter((path) => path.startsWith('/troubleshoot/'))) {
    expect(href).toMatch(/^\/troubleshoot\/[\w-]+\/$/);
  }
});
