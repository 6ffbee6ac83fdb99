import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The sandbox workbench in the built app: run-task form, cluster map, explainer, console, time and undo. */

const taskButtons = (page: Page) => page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');

async function openSandbox(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  await expect(page.getByRole('form', { name: 'Run task' })).toBeVisible();
}

/** Runs the form's request with the keyboard only: focus the button and press Enter. */
async function submitRunTask(page: Page) {
  await page.getByRole('button', { name: 'Run task', exact: true }).focus();
  await page.keyboard.press('Enter');
}

test('runs 3 tasks spread by AZ and shows one in each of the three AZs', async ({ page }) => {
  await openSandbox(page);
  await page.getByRole('spinbutton', { name: 'Count' }).fill('3');
  await expect(page.getByRole('combobox', { name: 'Strategy 1 field' })).toHaveValue(
    'attribute:ecs.availability-zone',
  );
  await submitRunTask(page);
  await expect(page.getByText('3 of 3 tasks placed.')).toBeVisible();
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(taskButtons(page)).toHaveCount(3);
  const labels = await taskButtons(page).evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label') ?? ''),
  );
  const azs = new Set(labels.map((l) => /us-east-1[abc]/.exec(l)?.[0]));
  expect([...azs].sort()).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
  for (const l of labels) expect(l).toContain('RUNNING');
});

test('explains why instances were rejected, from the engine trace', async ({ page }) => {
  await openSandbox(page);
  await page
    .getByRole('textbox', { name: 'memberOf expression' })
    .fill('attribute:ecs.instance-type =~ t3.*');
  await expect(page.getByText(/Matches 2 instances/)).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Count' }).fill('1');
  await submitRunTask(page);
  await expect(page.getByText('1 of 1 task placed.')).toBeVisible();
  await page
    .getByRole('button', { name: /Why there\?/ })
    .first()
    .click();
  const explainer = page.getByRole('region', { name: 'Placement explainer' });
  await expect(explainer.getByText(/2 of 6 instances could take the task/)).toBeVisible();
  await expect(
    explainer.getByRole('row').filter({ hasText: 'MemberOf placement constraint unsatisfied.' }),
  ).toHaveCount(4);
  await expect(explainer.getByRole('row').filter({ hasText: 'chosen' })).toContainText('t3.medium');
});

test('RE2 stays off the first page and loads when a pattern is first typed', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await openSandbox(page);
  await expect(page.getByRole('button', { name: 'Run task', exact: true })).toBeEnabled();
  const isRe2 = (url: string) => /\/re2-[^/]+\.js$/.test(url);
  expect(scripts.filter(isRe2)).toEqual([]);
  const field = page.getByRole('textbox', { name: 'memberOf expression' });
  await field.click();
  await page.keyboard.type('attribute:ecs.instance-type =~ m5.*');
  await expect(page.locator('#memberof-status')).toHaveText(/Matches 2 instances/);
  expect(scripts.filter(isRe2)).toHaveLength(1);
});

test('a memberOf syntax error is reported with its position as you type', async ({ page }) => {
  await openSandbox(page);
  await page.getByRole('textbox', { name: 'memberOf expression' }).fill('attribute:ecs.instance-type');
  await expect(page.locator('#memberof-status')).toContainText(/column 28/);
  await expect(page.getByRole('textbox', { name: 'memberOf expression' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
});

/** Opens the sandbox's console and lists the clusters; returns the command line and the output log. */
async function consoleListingClusters(page: Page) {
  await openSandbox(page);
  await page.getByRole('tab', { name: 'Console' }).click();
  const input = page.getByRole('textbox', { name: 'Command' });
  await input.fill('aws ecs list-clusters');
  await input.press('Enter');
  const log = page.getByRole('log', { name: 'Console output' });
  await expect(log).toContainText('cluster/demo');
  return { input, log };
}

test('the console runs a command and prints a CLI-style error for a wrong one', async ({ page }) => {
  const { input, log } = await consoleListingClusters(page);
  await expect(log).toContainText('"clusterArns"');
  await expect(log).toContainText('arn:aws:ecs:us-east-1:123456789012:cluster/demo');
  await input.fill('aws ecs run-task --cluster nowhere --task-definition web');
  await input.press('Enter');
  await expect(log).toContainText(
    'An error occurred (ClusterNotFoundException) when calling the RunTask operation',
  );
  await input.fill('aws ecs run-tsk');
  await input.press('Enter');
  await expect(log).toContainText('Invalid choice');
  // history: ↑ brings back the last line
  await input.press('ArrowUp');
  await expect(input).toHaveValue('aws ecs run-tsk');
});

test('the console keeps its screen and history while another tab is open', async ({ page }) => {
  const { input, log } = await consoleListingClusters(page);
  await page.getByRole('tab', { name: 'Run task' }).click();
  await expect(page.getByRole('form', { name: 'Run task' })).toBeVisible();
  await page.getByRole('tab', { name: 'Console' }).click();
  await expect(log).toContainText('cluster/demo');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('aws ecs list-clusters');
});

test('undo takes the last run back, and the scrubber rewinds time', async ({ page }) => {
  await openSandbox(page);
  await page.getByRole('spinbutton', { name: 'Count' }).fill('2');
  await submitRunTask(page);
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(taskButtons(page)).toHaveCount(2);

  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(taskButtons(page)).toHaveCount(0);
  await page.getByRole('button', { name: /Redo/ }).click();
  await expect(taskButtons(page)).toHaveCount(2);

  const scrubber = page.getByRole('slider');
  const start = await scrubber.getAttribute('min');
  await scrubber.fill(start!);
  await expect(taskButtons(page)).toHaveCount(0);
  const end = await scrubber.getAttribute('max');
  await scrubber.fill(end!);
  await expect(taskButtons(page)).toHaveCount(2);
});

test('keyboard only: run a task, select it on the map, read its explanation', async ({ page }) => {
  await openSandbox(page);
  await page.getByRole('spinbutton', { name: 'Count' }).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1');
  await submitRunTask(page);
  await page.getByRole('button', { name: /Instant/ }).focus();
  await page.keyboard.press('Enter');
  await taskButtons(page).first().focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Placement explainer' }).getByText(/it went to i-/),
  ).toBeVisible();
  // Ctrl+Z undoes the run from anywhere outside a text field, Ctrl+Shift+Z brings it back
  await page.getByRole('tab', { name: 'Why there?' }).focus();
  await page.keyboard.press('Control+z');
  await expect(taskButtons(page)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(taskButtons(page)).toHaveCount(1);
});

test('the sandbox has no serious or critical accessibility violations', async ({ page }) => {
  await openSandbox(page);
  await submitRunTask(page);
  await page.getByRole('button', { name: /Instant/ }).click();
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('disconnecting an agent makes placement on that instance fail with AGENT', async ({ page }) => {
  await openSandbox(page);
  await page.getByRole('tab', { name: 'Instances' }).click();
  const rows = page.getByRole('region', { name: 'Container instances' }).getByRole('listitem');
  const disconnect = page.getByRole('button', { name: 'Disconnect agent' });
  await expect(disconnect).toHaveCount(6);
  // cut every agent but one off: the next task can only go to the one still connected
  for (let i = 0; i < 5; i++) await disconnect.first().click();
  await expect(rows.filter({ hasText: 'disconnected' })).toHaveCount(5);
  await page.getByRole('tab', { name: 'Run task' }).click();
  await page.getByRole('spinbutton', { name: 'Count' }).fill('1');
  await submitRunTask(page);
  await expect(page.getByText('1 of 1 task placed.')).toBeVisible();
  await page
    .getByRole('button', { name: /Why there\?/ })
    .first()
    .click();
  const explainer = page.getByRole('region', { name: 'Placement explainer' });
  await expect(explainer.getByRole('row').filter({ hasText: /\bAGENT\b/ })).toHaveCount(5);
});
