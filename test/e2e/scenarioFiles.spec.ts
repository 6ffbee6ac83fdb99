import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mapTasks, runThreeTasks, taskLabels } from './mapTasks';

/** Scenario files in the built app: export, open elsewhere to the same sandbox, a bad file, a lesson scaffold. */

const openFiles = async (page: Page) => {
  await page.getByRole('button', { name: 'Files…' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Scenario files' })).toBeVisible();
};

test('an exported scenario file opens to the same sandbox in another browser', async ({ page, browser }) => {
  await runThreeTasks(page);
  const sent = await taskLabels(page);
  await openFiles(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export scenario' }).press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mixed-fleet-t\d+s\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'ecs-sandbox/scenario', version: 1 });

  const other = await browser.newPage();
  await other.goto('/#/sandbox');
  await openFiles(other);
  await other.getByLabel('Open a scenario file').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(other.getByRole('status').filter({ hasText: /^Opened mixed-fleet/ })).toBeVisible();
  await expect(mapTasks(other)).toHaveCount(3);
  expect(await taskLabels(other)).toEqual(sent);
  await other.close();
});

test('a file that is not a scenario is refused with the reason, and nothing is lost', async ({ page }) => {
  await runThreeTasks(page);
  await openFiles(page);
  await page.getByLabel('Open a scenario file').setInputFiles({
    name: 'clusters.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"clusters": []}'),
  });
  await expect(page.getByRole('alert')).toContainText('not an ECS Sandbox scenario file');
  await expect(mapTasks(page)).toHaveCount(3);
});

test('a lesson scaffold lists the five files, its scenario rebuilding the sandbox', async ({ page }) => {
  await runThreeTasks(page);
  await openFiles(page);
  await page.getByRole('button', { name: 'Make a lesson scaffold' }).press('Enter');
  const names = page.locator('.scaffold summary');
  await expect(names).toHaveText([
    /^lesson\.md/,
    /^scenario\.ts/,
    /^goals\.ts/,
    /^solution\.ts/,
    /^quiz\.ts/,
  ]);
  await names.nth(1).press('Enter');
  const scenario = page.getByLabel('scenario.ts contents');
  await expect(scenario).toHaveValue(/sim\.call\('ecs', 'RunTask', \{/);
  await expect(scenario).toHaveValue(/seed: 7,/);
});
