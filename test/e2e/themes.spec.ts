import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The three themes in the built app: each is picked from the Theme menu with the keyboard, survives a reload,
 * and leaves axe nothing to report (any impact) on the main screens; "System" follows the system's settings live.
 */

const themeMenu = (page: Page) => page.getByRole('combobox', { name: 'Theme' });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Modes' });

/** The page's background colour as computed, to tell the themes apart on screen and not only in the markup. */
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (v) => `${screen}: ${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}

/** The sandbox with work on it: tasks on the map, one explained beside the console with a line answered. */
async function scanSandbox(page: Page) {
  await nav(page).getByRole('button', { name: 'Sandbox' }).click();
  await page.getByRole('button', { name: 'Run task', exact: true }).click();
  const tasks = page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');
  await expect(tasks).toHaveCount(3);
  await tasks.first().click();
  const explainer = page.getByRole('region', { name: 'Placement explainer' });
  await expect(explainer.getByRole('table').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Console' }).click();
  const command = page.getByRole('textbox', { name: 'Command' });
  await command.fill('aws ecs list-clusters');
  await command.press('Enter');
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText('clusterArns');
  await expectNoViolations(page, 'sandbox');
}

async function scanLessons(page: Page) {
  await nav(page).getByRole('button', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
  await expectNoViolations(page, 'lessons list');
  await page.getByRole('button', { name: /^Cluster, task definition, task, service \d+ min/ }).click();
  await page.getByRole('radio', { name: /stays STOPPED/ }).check();
  await page.getByRole('button', { name: 'Commit my prediction' }).click();
  await expect(page.getByText('Commit a prediction to unlock the sandbox.')).toBeHidden();
  await expect(page.getByRole('img', { name: /^Cluster map by/ }).first()).toBeVisible();
  await expectNoViolations(page, 'lesson');
}

async function scanExamPrep(page: Page) {
  await nav(page).getByRole('button', { name: 'Exam prep' }).click();
  const item = page.getByRole('tabpanel', { name: 'Practice bank' }).locator('fieldset.item');
  await expect(item).toBeVisible();
  // an answered item shows its verdict and the explanations on tinted backgrounds
  await item.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(item.getByRole('status')).toHaveText(/Correct\.|Not quite\./);
  await expectNoViolations(page, 'exam prep');
}

const PICKS = [
  // the system asks for the opposite scheme, so a pick that did nothing would show
  { label: 'Light', theme: 'light', steps: 1, system: 'dark' },
  { label: 'Dark', theme: 'dark', steps: 2, system: 'light' },
  { label: 'High contrast', theme: 'contrast', steps: 3, system: 'light' },
] as const;

for (const pick of PICKS) {
  test(`${pick.label}: picked with the keyboard, kept after a reload, no axe violation on the main screens`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: pick.system });
    await page.goto('/#/sandbox');
    await expect(themeMenu(page)).toHaveValue('system');
    await expect(page.locator('html')).toHaveAttribute('data-theme', pick.system);
    const systemBackground = await pageBackground(page);

    await themeMenu(page).focus();
    for (let i = 0; i < pick.steps; i++) await page.keyboard.press('ArrowDown');
    await expect(themeMenu(page)).toHaveValue(pick.theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', pick.theme);
    expect(await pageBackground(page)).not.toBe(systemBackground);

    await page.reload();
    await expect(themeMenu(page)).toHaveValue(pick.theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', pick.theme);

    await scanSandbox(page);
    await scanLessons(page);
    await scanExamPrep(page);
  });
}

test('System follows the colour scheme and the contrast setting as they change', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/#/sandbox');
  const html = page.locator('html');
  await expect(themeMenu(page)).toHaveValue('system');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const dark = await pageBackground(page);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await pageBackground(page)).not.toBe(dark);

  await page.emulateMedia({ contrast: 'more' });
  await expect(html).toHaveAttribute('data-theme', 'contrast');
  expect(await pageBackground(page)).toBe('rgb(0, 0, 0)');

  // a pick stops the following; going back to System starts it again
  await themeMenu(page).selectOption('dark');
  await page.emulateMedia({ contrast: 'no-preference', colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await themeMenu(page).selectOption('system');
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test("index.html's shell, painted before any script runs, wears the system's theme as the app does", async ({
  page,
}) => {
  // the shell alone: the built page without its scripts, so nothing replaces it
  const shell = (await (await page.request.get('/')).text()).replace(
    /<script[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g,
    '',
  );
  const colours = (selector: string) =>
    page.locator(selector).evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.backgroundColor, style.color, getComputedStyle(document.body).backgroundColor];
    });
  const settings = [
    { colorScheme: 'light', contrast: 'no-preference' },
    { colorScheme: 'dark', contrast: 'no-preference' },
    { colorScheme: 'light', contrast: 'more' },
  ] as const;
  for (const setting of settings) {
    await page.emulateMedia(setting);
    await page.goto('/');
    const app = await colours('header.top');
    await page.setContent(shell);
    expect(await colours('.boot-top'), JSON.stringify(setting)).toEqual(app);
  }
});

test('the task definition editor follows the theme as it changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/#/sandbox');
  await themeMenu(page).selectOption('dark');
  await page.getByRole('tab', { name: 'Task definition' }).click();
  const editor = page.locator('.monaco-editor').first();
  await expect(editor).toHaveClass(/\bvs-dark\b/);
  await themeMenu(page).selectOption('contrast');
  await expect(editor).toHaveClass(/\bhc-black\b/);
  await themeMenu(page).selectOption('system');
  await expect(editor).toHaveClass(/\bvs\b/);
  await expect(editor).not.toHaveClass(/\bvs-dark\b/);
});
