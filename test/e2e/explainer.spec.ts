import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { scenarios } from '../../src/app/scenarios';
import { expect, test } from './fixtures';
import { FARGATE_RENDER_INPUT } from '../builders/taskDefinition';

/**
 * The placement explainer in the built app: a request that leaves tasks unplaced keeps the app working, a
 * Fargate task explains its AZ, and selecting a task never makes the page itself scroll.
 */

const taskButtons = (page: Page) => page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');
const explainer = (page: Page) => page.getByRole('region', { name: 'Placement explainer' });
const clock = (page: Page) => page.getByRole('group', { name: 'Time controls' }).locator('output');

async function openSandbox(page: Page, scenario?: string) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  await expect(page.getByRole('form', { name: 'Run task' })).toBeVisible();
  if (scenario) {
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: scenario });
    // the switch waits for the later part of the engine: it is done when the scenario's description shows
    await expect(page.getByText(scenarios.find((s) => s.title === scenario)!.description)).toBeVisible();
  }
}

async function runTask(page: Page, count: number, taskDefinition?: string) {
  if (taskDefinition)
    await page.getByRole('combobox', { name: 'Task definition' }).selectOption(taskDefinition);
  await page.getByRole('spinbutton', { name: 'Count' }).fill(String(count));
  await page.getByRole('button', { name: 'Run task', exact: true }).click();
}

/** The document (the app shell) must never grow past the viewport: only panels scroll. */
async function expectShellFits(page: Page) {
  const { scrollHeight, innerHeight } = await page.evaluate(() => ({
    scrollHeight: document.scrollingElement!.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
}

test('a RunTask of 5 on the full cluster leaves 2 unplaced and the app keeps working', async ({ page }) => {
  await openSandbox(page, 'A full cluster');
  await runTask(page, 5, 'web:1');
  await expect(taskButtons(page)).toHaveCount(6); // the scenario's 3 batch tasks and 3 of the 5 web tasks

  const attempts = explainer(page).getByRole('list', { name: 'Recent failed attempts' }).getByRole('button');
  await expect(attempts).toHaveCount(1);
  await expect(attempts).toContainText('web:1: 2 tasks not placed (RESOURCE:MEMORY)');
  await attempts.click();
  await expect(
    explainer(page).getByRole('heading', { name: 'Why this request left tasks unplaced' }),
  ).toBeVisible();
  await expect(explainer(page)).toContainText('3 of 5 placed; 2 could not be placed.');

  // a second failing request on the now full cluster adds one entry, not a crash
  await runTask(page, 2);
  await expect(attempts).toHaveCount(2);

  // the clock runs, undo works, navigation works
  const before = await clock(page).textContent();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(clock(page)).not.toHaveText(before!);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: /Undo/ }).click();
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(taskButtons(page)).toHaveCount(3);
  await expect(attempts).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Lessons' }).click();
  await expect(page.getByRole('form', { name: 'Run task' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  await expect(page.getByRole('form', { name: 'Run task' })).toBeVisible();
});

test("a Fargate task's Why there? shows how its AZ was chosen", async ({ page }) => {
  await openSandbox(page);
  await page.getByRole('tab', { name: 'Console' }).click();
  const input = page.getByRole('textbox', { name: 'Command' });
  const definition = FARGATE_RENDER_INPUT;
  await input.fill(`aws ecs register-task-definition --cli-input-json '${JSON.stringify(definition)}'`);
  await input.press('Enter');
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText('"render"');

  await page.getByRole('tab', { name: 'Run task' }).click();
  await page.getByRole('combobox', { name: 'Task definition' }).selectOption('render:1');
  await page.getByRole('combobox', { name: 'Launch type' }).selectOption('FARGATE');
  await runTask(page, 3);
  await expect(page.getByText('3 of 3 tasks placed.')).toBeVisible();
  await page
    .getByRole('button', { name: /Why there\?/ })
    .last()
    .click();

  const region = explainer(page);
  await expect(region.getByRole('heading', { name: /runs in us-east-1[abc]/ })).toBeVisible();
  await expect(region).not.toContainText('No instance could take');
  const table = region.getByRole('table', { name: /Availability Zones the task's subnets offered/ });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  // the third task saw one task of its group in each of two AZs, and none in the one it went to
  await expect(rows.filter({ hasText: 'chosen' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'chosen' }).locator('td').nth(1)).toHaveText('0');
  await expect(rows.filter({ hasText: 'more tasks of the group' })).toHaveCount(2);
  await expect(region).toContainText("the sandbox's model");
  await expect(region.getByRole('region', { name: 'Compare strategies' })).toContainText(
    'runs on Fargate, which takes no placement strategy',
  );
  await page.screenshot({ path: '/tmp/a-explainer-fargate.png' });
});

test('selecting a task never scrolls the app shell, and a new selection starts at the top', async ({
  page,
}) => {
  await openSandbox(page, 'A full cluster');
  await runTask(page, 5, 'web:1');
  await taskButtons(page).last().click();
  await expect(explainer(page).getByRole('heading', { name: /went there/ })).toBeVisible();
  await expectShellFits(page);
  await page.screenshot({ path: '/tmp/a-explainer-ec2.png' });

  // scroll the explainer down, then pick another task: it opens at the top
  const scrolled = await explainer(page).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    return el.scrollTop;
  });
  expect(scrolled).toBeGreaterThan(0);
  await taskButtons(page).first().click();
  await expect.poll(() => explainer(page).evaluate((el) => el.scrollTop)).toBe(0);
  await expectShellFits(page);

  await explainer(page).getByRole('list', { name: 'Recent failed attempts' }).getByRole('button').click();
  await expect(explainer(page)).toContainText('could not be placed');
  await expectShellFits(page);
  await page.screenshot({ path: '/tmp/a-explainer-failed.png' });
  const results = await new AxeBuilder({ page })
    .include('section[aria-label="Placement explainer"]')
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
