import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Modes' });
const mapTasks = (page: Page) => page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');
const scenarioPicker = (page: Page) => page.getByRole('combobox', { name: 'Scenario' });
const timeControls = (page: Page) => page.getByRole('group', { name: 'Time controls' });
const lessonTitle = (page: Page) => page.locator('#lesson-title');

async function runThreeTasks(page: Page) {
  await page.getByRole('form', { name: 'Run task' }).getByRole('button', { name: 'Run task' }).click();
  await expect(mapTasks(page)).toHaveCount(3);
}

/** The page is no wider than the screen: nothing to scroll sideways to. */
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test('the built app renders its shell with the three modes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'ECS Sandbox' })).toBeVisible();
  for (const label of ['Lessons', 'Sandbox', 'Exam prep']) {
    await expect(nav(page).getByRole('button', { name: label })).toBeVisible();
  }
});

test('a link opens lesson 13 directly, and Back/Forward move between the lesson, the list and other modes', async ({
  page,
}) => {
  await page.goto('/#/lessons/13-placement-strategies');
  await expect(lessonTitle(page)).toHaveText('Placement strategies');
  await expect(nav(page).getByRole('button', { name: 'Lessons' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: '← All lessons' }).click();
  await expect(page).toHaveURL(/#\/lessons$/);
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();

  await nav(page).getByRole('button', { name: 'Exam prep' }).click();
  await expect(page).toHaveURL(/#\/exam$/);
  await expect(page.getByRole('tablist', { name: 'Exam prep' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
  await page.goBack();
  await expect(lessonTitle(page)).toHaveText('Placement strategies');
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();

  // an address naming no lesson says so and shows the list
  await page.goto('/#/lessons/99-no-such-lesson');
  await expect(page.getByText('There is no lesson "99-no-such-lesson"')).toBeVisible();
});

test('the sandbox survives a reload: tasks run before it are still on the map, undo still works', async ({
  page,
}) => {
  await page.goto('/#/sandbox');
  await runThreeTasks(page);
  await page.reload();
  await expect(mapTasks(page)).toHaveCount(3);
  await expect(scenarioPicker(page)).toHaveValue('mixed-fleet');
  await timeControls(page).getByRole('button', { name: /Undo/ }).click();
  await expect(mapTasks(page)).toHaveCount(0);
});

test('saved sandbox data that cannot be read is set aside with a message, never a crash', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ecs-sandbox:sandbox', '{"version":1,"scenarioId":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Your saved sandbox could not be read');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('ecs-sandbox:sandbox:corrupt:')),
  );
  expect(kept).toHaveLength(1);
  await expect(scenarioPicker(page)).toHaveValue('mixed-fleet');
});

test('switching scenario asks first when there is work to lose, and the previous session can be restored', async ({
  page,
}) => {
  await page.goto('/#/sandbox');
  await runThreeTasks(page);

  await scenarioPicker(page).selectOption({ label: 'A full cluster' });
  const dialog = page.getByRole('alertdialog', { name: 'Switch to "A full cluster"?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(scenarioPicker(page)).toHaveValue('mixed-fleet');
  await expect(mapTasks(page)).toHaveCount(3);

  await scenarioPicker(page).selectOption({ label: 'A full cluster' });
  await dialog.getByRole('button', { name: 'Switch scenario' }).click();
  await expect(scenarioPicker(page)).toHaveValue('full-cluster');
  await expect(page.getByRole('status').filter({ hasText: 'Your previous session' })).toContainText(
    'Mixed fleet across three AZs, 1 action',
  );

  await page.getByRole('button', { name: 'Restore previous session' }).click();
  await expect(scenarioPicker(page)).toHaveValue('mixed-fleet');
  await expect(mapTasks(page)).toHaveCount(3);
});

test('paused time is said plainly near the controls and wherever tasks wait', async ({ page }) => {
  await page.goto('/#/sandbox');
  await expect(timeControls(page).getByText('Time is paused — press Play')).toBeVisible();
  const banner = page.getByRole('status').filter({ hasText: 'waiting to start or stop' });
  await expect(banner).toBeHidden();

  await runThreeTasks(page);
  await expect(banner).toContainText('Time is paused — 3 tasks are waiting');
  // the banner stays while the learner works in another tab (the console, here)
  await page.getByRole('tab', { name: 'Console' }).click();
  await expect(banner).toBeVisible();

  await timeControls(page).getByRole('combobox', { name: 'Speed' }).selectOption('60');
  await timeControls(page).getByRole('button', { name: 'Play' }).click();
  await expect(timeControls(page).getByText('Time is running')).toBeVisible();
  await expect(banner).toBeHidden();
});

test('a phone (390×844) never scrolls sideways, in the sandbox or in a lesson', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/sandbox');
  await expect(
    mapTasks(page)
      .or(page.getByRole('img', { name: /^Cluster map by/ }))
      .first(),
  ).toBeVisible();
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.goto('/#/lessons/13-placement-strategies');
  await expect(lessonTitle(page)).toBeVisible();
  expect(await noSidewaysScroll(page)).toBe(true);
});

test('the first-visit card is shown once; its tour walks the sandbox and Esc closes it', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('region', { name: 'New here? Start here' });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Take the 60-second tour of the sandbox' }).click();
  await expect(card).toBeHidden();

  const tour = page.getByRole('dialog', { name: 'Pick a starting point' });
  await expect(tour).toBeFocused();
  await expect(page.locator('[data-tour="scenario"]')).toHaveClass(/tour-target/);
  await page.keyboard.press('ArrowRight');
  const second = page.getByRole('dialog', { name: 'Build and run' });
  await expect(second).toBeVisible();
  await second.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'The cluster map' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.tour-target')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'ECS Sandbox', level: 1 })).toBeVisible();
  await expect(card).toHaveCount(0);
});

test('the first-visit card can start lesson 01', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start lesson 01' }).click();
  await expect(page).toHaveURL(/#\/lessons\/01-four-nouns$/);
  await expect(lessonTitle(page)).toBeVisible();
});

test('Ctrl+Z in a lesson undoes nothing of the sandbox: each workbench owns its undo', async ({ page }) => {
  await page.goto('/#/sandbox');
  await runThreeTasks(page);
  await page.goto('/#/lessons/13-placement-strategies');
  await expect(lessonTitle(page)).toBeVisible();
  await lessonTitle(page).click();
  await page.keyboard.press('Control+z');
  await nav(page).getByRole('button', { name: 'Sandbox' }).click();
  await expect(mapTasks(page)).toHaveCount(3);
  // in the sandbox the same key still undoes the sandbox's own last action
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(mapTasks(page)).toHaveCount(0);
});

test('each exam prep tab has its own address, and Back returns to the previous tab', async ({ page }) => {
  await page.goto('/#/exam/timed');
  await expect(page.getByRole('tab', { name: 'Timed exam' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Review' }).click();
  await expect(page).toHaveURL(/#\/exam\/review$/);
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Timed exam' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Practice bank' }).click();
  await expect(page).toHaveURL(/#\/exam$/);
});
