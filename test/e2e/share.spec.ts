import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { expect, test } from './fixtures';
import { mapTasks, runThreeTasks, taskLabels } from './mapTasks';

/** Share links in the built app: a sandbox round-trips through its link; a damaged link says so. */

const scenarioPicker = (page: Page) => page.getByRole('combobox', { name: 'Scenario' });

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

test('random and mutated links never break the page: each opens or is refused, and the sandbox still works', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await runThreeTasks(page);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const payload = link.slice(link.indexOf('#/share/') + '#/share/'.length);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$%';
  const mutants = fc.sample(
    fc.oneof(
      // a payload cut, with a character flipped or a run inserted
      fc
        .tuple(fc.nat(payload.length - 1), fc.constantFrom(...alphabet), fc.nat(3))
        .map(([at, c, cut]) => payload.slice(0, at) + c + payload.slice(at + 1, payload.length - cut)),
      fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 400 }),
    ),
    { numRuns: 16, seed: 14 },
  );
  for (const mutant of mutants) {
    // pasted into the open tab: the hashchange path
    await page.evaluate((hash) => (location.hash = hash), `#/share/${mutant}`);
    await expect(page).toHaveURL(/#\/sandbox$/);
    await expect(page.getByRole('button', { name: 'Run task', exact: true })).toBeEnabled();
  }
  // still a working sandbox: whatever it shows now (the last link's or the learner's), a task can be run
  const before = await mapTasks(page).count();
  await page.getByRole('spinbutton', { name: 'Count' }).fill('1');
  await page.getByRole('button', { name: 'Run task', exact: true }).click();
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(mapTasks(page)).toHaveCount(before + 1);
});
