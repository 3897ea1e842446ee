import { article } from './content.ts';
import { expect, test } from './fixtures.ts';

// Two articles whose samples come in Android, iOS and Web tabs.
const first = article('KB-1302');
const second = article('KB-1208');

test('platform tabs work with the keyboard and remember the platform on the next page, before it paints', async ({
  page,
}) => {
  await page.goto(first.path);
  const tabs = page.getByRole('tablist', { name: 'Platform' }).first().getByRole('tab');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await tabs.filter({ hasText: 'iOS' }).click();
  await expect(page.getByRole('tabpanel', { name: 'iOS' }).first()).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Android' }).first()).toBeHidden();

  // Record which tab is selected at the moment the tab list first appears: the saved
  // platform must already be chosen then, not switched to after the page is shown.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const list = document.querySelector('[role="tablist"][aria-label="Platform"]:not([hidden])');
      if (!list) return;
      (window as { selectedWhenShown?: string }).selectedWhenShown =
        list.querySelector<HTMLElement>('[aria-selected="true"]')?.dataset.platform;
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
  });
  await page.goto(second.path);
  expect(await page.evaluate(() => (window as { selectedWhenShown?: string }).selectedWhenShown)).toBe('ios');
  await expect(page.getByRole('tab', { name: 'iOS' }).first()).toHaveAttribute('aria-selected', 'true');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every platform shows, each labelled, and no tab control is offered', async ({ page }) => {
    await page.goto(first.path);
    await expect(page.getByRole('tablist')).toHaveCount(0);
    for (const label of ['Android', 'iOS', 'Web']) {
      await expect(page.locator('.tab-label', { hasText: label }).first()).toBeVisible();
    }
  });
});
