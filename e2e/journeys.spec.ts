import { article, catalog, chineseArticle } from './content.ts';
import { expect, test } from './fixtures.ts';
import { SECTIONS } from '../src/lib/sections.ts';

const echo = article('KB-1301');
const echoZh = chineseArticle('KB-1301');

test('goes from the home page to a scenario and opens an article', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: SECTIONS['voice-rooms'].name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: SECTIONS['voice-rooms'].name })).toBeVisible();
  await page.getByRole('link', { name: echo.data.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`${echo.path}$`));
  await expect(page.getByRole('heading', { level: 1, name: echo.data.title })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: SECTIONS['voice-rooms'].name }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' }).first()).toBeAttached();
});

test('searches in English from the dialog and opens the result', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('howling');
  const result = dialog.getByRole('link', { name: echo.data.title }).first();
  await expect(result).toBeVisible();
  await expect(dialog.locator('.excerpt mark').first()).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${echo.path}$`));
});

test('opens search with Ctrl+K and closes it with Escape', async ({ page }) => {
  await page.goto(echo.path);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a Chinese query from an English page finds the Chinese article and lands on the section', async ({ page }) => {
  await page.goto('/search/?q=回声');
  const results = page.locator('.results');
  const link = results.getByRole('link', { name: echoZh.title }).first();
  await expect(link).toHaveAttribute('href', `/zh${echo.path}`);
  await expect(results.locator('mark', { hasText: /回声|回音/ }).first()).toBeVisible();
  const sub = results.locator(`a[href*="/zh${echo.path}#"]`).first();
  await expect(sub).toBeVisible();
  const href = await sub.getAttribute('href');
  await sub.click();
  const anchor = new URL(href!, page.url()).hash;
  await expect(page).toHaveURL(new RegExp(`/zh${echo.path}${anchor}$`));
  await expect(page.locator(anchor)).toBeInViewport();
});

test('filters results by platform, and the URL keeps query and filters', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('camera');
  await expect(page.locator('.results li').first()).toBeVisible();
  const before = await page.locator('.results > li').count();
  await page.getByRole('group', { name: 'Platform' }).getByRole('checkbox', { name: 'iOS' }).check();
  await expect(page).toHaveURL(/platform=ios/);
  await expect(page.getByRole('status')).toContainText('result');
  const titles = await page.locator('.results > li .result-title').allTextContents();
  expect(titles.length).toBeLessThanOrEqual(before);
  for (const title of titles) {
    const match = catalog.articles.find((candidate) => candidate.data.title === title);
    if (match) expect(match.data.platforms).toContain('ios');
  }

  await page.reload();
  await expect(page.getByRole('searchbox')).toHaveValue('camera');
  await expect(page.getByRole('group', { name: 'Platform' }).getByRole('checkbox', { name: 'iOS' })).toBeChecked();
});

test('on a slow connection, what was typed before the search script arrived is searched, not wiped', async ({
  page,
}) => {
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto('/search/', { waitUntil: 'commit' });
  await page.getByRole('searchbox').fill('NotReadableError');
  release();
  await expect(page.getByRole('status')).toContainText('“NotReadableError”');
  await expect(page.getByRole('searchbox')).toHaveValue('NotReadableError');
  await expect(page).toHaveURL(/q=NotReadableError/);
});

test('a keyboard user in the results keeps their place when a newer answer arrives', async ({ page }) => {
  await page.goto('/search/?q=echo');
  await expect(page.getByRole('status')).toContainText('“echo”');
  await page.getByRole('searchbox').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.results a').first()).toBeFocused();
  // The answer to a later keystroke lands while the focus is in the list.
  await page.getByRole('searchbox').evaluate((box: HTMLInputElement) => {
    box.value = 'echo android';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page.getByRole('status')).toContainText('“echo android”');
  await expect(page.locator('.results a').first()).toBeFocused();
});

test('a misspelt word is searched as the word it most likely meant, and says so', async ({ page }) => {
  await page.goto('/search/?q=bluetoth%20headset');
  await expect(page.getByRole('status')).toContainText('Showing results for “bluetooth”');
  const first = page.locator('.results > li').first();
  await expect(first).toContainText(/bluetooth/i);
});

test('a word no page has finds nothing, instead of the pages of some prefix of it', async ({ page }) => {
  // Pagefind answers a word it lacks with its longest indexed prefix ("zqxjvwk" → "z").
  await page.goto('/search/?q=zqxjvwk');
  await expect(page.getByRole('status')).toContainText('No results');
  await expect(page.locator('.results > li')).toHaveCount(0);
});

test('the 404 page searches for the words of the broken link at once', async ({ page }) => {
  const response = await page.goto('/voice-rooms/echo-howling/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveValue('echo howling');
  await expect(page.getByRole('link', { name: echo.data.title }).first()).toBeVisible();
  await page.getByRole('link', { name: /Open the search page/ }).click();
  await expect(page).toHaveURL(/\/search\/\?q=echo/);
});

test('the 404 page says when a short link names no article', async ({ page }) => {
  await page.goto('/kb/9999/');
  await expect(page.getByText('There is no article KB-9999.')).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveValue('');
});

test('filters alone, without a query, list what they match', async ({ page }) => {
  await page.goto('/search/?type=faq');
  const faqs = catalog.articles.filter((entry) => entry.data.type === 'faq');
  await expect(page.getByRole('status')).toHaveText(`${faqs.length} results for these filters.`);
  const titles = await page.locator('.results .result-title').allTextContents();
  expect(titles.sort()).toEqual(faqs.map((entry) => entry.data.title).sort());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says where to go instead, and shows no search box that could not work', async ({ page }) => {
    await page.goto('/search/?q=echo');
    await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeInViewport();
    await expect(page.getByRole('main').getByRole('link', { name: 'troubleshooter', exact: true })).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await page.goto('/');
    await expect(page.getByRole('searchbox')).toHaveCount(0);
  });
});
