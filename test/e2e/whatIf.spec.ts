import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** What-if forks in the built app, with the keyboard only: fork, change, run both on, compare. */

/** The comparison table's cells for a key number: [now, what if, difference]. */
const cells = (page: Page, label: RegExp) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label }) })
    .getByRole('cell');

const panel = (page: Page) => page.getByRole('region', { name: 'What if…' });

const mapTasks = (page: Page, figure: RegExp) =>
  page
    .getByRole('figure', { name: figure })
    .getByRole('group', { name: /^Tasks:/ })
    .getByRole('button');

test('a fork compares two futures side by side, reached and driven from the keyboard', async ({ page }) => {
  // the axe scan walks three cluster maps: about 9 s of it on a loaded two-core machine
  test.slow();
  await page.goto('/#/sandbox');
  // the Explain tabs: arrows move between them, Tab goes into the open one
  await page.getByRole('tab', { name: 'Why there?' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'What if' })).toHaveAttribute('aria-selected', 'true');
  const forkButton = page.getByRole('button', { name: 'Fork here' });
  await expect(forkButton).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(forkButton).toBeFocused();
  await page.keyboard.press('Enter');

  // focus lands on the change picker: the first offered change drains an instance
  const picker = page.getByRole('combobox', { name: 'Common change' });
  await expect(picker).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const drain = (await picker.locator('option:checked').textContent())!;
  expect(drain).toMatch(/^drain /);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('status')).toHaveText(`Made in the what-if: ${drain}.`);

  // and a command typed as in the console: three tasks, in the what-if only
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /aws command/ })).toBeFocused();
  await page.keyboard.type('aws ecs run-task --cluster demo --task-definition web --count 3');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('status')).toHaveText(/^Made in the what-if: ecs run-task/);

  const tenMinutes = page.getByRole('group', { name: 'Advance both futures' }).getByRole('button', {
    name: '10 min',
  });
  await tenMinutes.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/both futures are 10 min 00 s past the fork/)).toBeVisible();

  await expect(page.getByRole('figure', { name: 'Now' })).toBeVisible();
  await expect(
    page.getByRole('figure', {
      name: `What if: ${drain}; ecs run-task --cluster demo --task-definition web --count 3`,
    }),
  ).toBeVisible();
  await expect(mapTasks(page, /^Now$/)).toHaveCount(0);
  await expect(mapTasks(page, /^What if:/)).toHaveCount(3);
  await expect(cells(page, /^Tasks placed/)).toHaveText(['0', '3', '3 more']);
  await expect(cells(page, /^Instances that can take tasks/)).toHaveText(['6', '5', '1 fewer']);
  // the learner's own sandbox is where it was: no task on its map
  await expect(
    page
      .getByRole('region', { name: 'Cluster' })
      .locator('.map')
      .getByRole('group', { name: /^Tasks:/ })
      .getByRole('button'),
  ).toHaveCount(0);

  const results = await new AxeBuilder({ page }).include('.what-if').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  await page.getByRole('button', { name: 'Discard fork' }).focus();
  await page.keyboard.press('Enter');
  await expect(forkButton).toBeFocused();
  await expect(page.getByRole('figure')).toHaveCount(0);
});

test('a refused command is shown and changes nothing; the two maps stack on a narrow screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 900 });
  await page.goto('/#/sandbox');
  await page.getByRole('tab', { name: 'What if' }).click();
  await page.getByRole('button', { name: 'Fork here' }).click();
  const field = page.getByRole('textbox', { name: /aws command/ });
  await field.fill('aws ecs run-task --cluster nowhere --task-definition web');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toContainText('ClusterNotFoundException');
  await expect(field).toHaveValue('aws ecs run-task --cluster nowhere --task-definition web');
  await expect(page.getByRole('figure', { name: 'What if: no change yet' })).toBeVisible();
  const now = await page.getByRole('figure', { name: 'Now' }).boundingBox();
  const whatIf = await page.getByRole('figure', { name: /^What if/ }).boundingBox();
  expect(whatIf!.y).toBeGreaterThanOrEqual(now!.y + now!.height);
});
