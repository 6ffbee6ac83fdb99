import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Share links in the built app: a sandbox round-trips through its link; a damaged link says so. */

const mapTasks = (page: Page) => page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');
const scenarioPicker = (page: Page) => page.getByRole('combobox', { name: 'Scenario' });

async function runThreeTasks(page: Page) {
  await page.goto('/#/sandbox');
  await page.getByRole('spinbutton', { name: 'Count' }).fill('3');
  await page.getByRole('button', { name: 'Run task', exact: true }).click();
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(mapTasks(page)).toHaveCount(3);
}

/** The tasks on the map as their labels say (instance, AZ, state), in order. */
const taskLabels = (page: Page) =>
  mapTasks(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

test('a share link opens the same sandbox in another browser, over that learner’s own work', async ({
  page,
  browser,
}) => {
  await runThreeTasks(page);
  const sent = await taskLabels(page);
  await page.getByRole('button', { name: 'Share link' }).click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  const link = await field.inputValue();
  expect(link).toMatch(/#\/share\/[A-Za-z0-9+\-$]+$/);

  // another learner, with one task of their own
  const other = await browser.newPage();
  await runThreeTasks(other);
  await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.getByText(/Your previous session[\s\S]*is kept/)).toBeVisible();
  await expect(mapTasks(other)).toHaveCount(3);
  expect(await taskLabels(other)).toEqual(sent);
  expect(other.url()).toMatch(/#\/sandbox$/);
  await expect(scenarioPicker(other)).toHaveValue('mixed-fleet');
  await other.close();
});

test('a damaged share link is refused with a message, and the sandbox keeps working', async ({ page }) => {
  await runThreeTasks(page);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const cut = link.slice(0, link.length - 30).replace(/^https?:\/\/[^/]+/, '');
  // pasted into the open tab
  await page.goto(cut);
  await expect(page.getByRole('alert')).toContainText(/This share link/);
  // the learner's own sandbox is untouched
  await expect(mapTasks(page)).toHaveCount(3);
  // opened in a fresh tab: the link is read while the app starts
  await page.goto('about:blank');
  await page.goto('/#/share/not-a-sandbox-at-all');
  await expect(page.getByRole('alert')).toContainText(/This share link/);
  await expect(mapTasks(page)).toHaveCount(3);
});
