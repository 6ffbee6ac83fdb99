import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * ECS Sandbox on a phone (390×844, touch): a lesson is read, predicted and watched on the map, a quiz item is
 * answered, the editor gives way to a note, and no screen scrolls sideways or offers a control too small to tap.
 */

const WIDTH = 390;
test.use({ viewport: { width: WIDTH, height: 844 }, isMobile: true, hasTouch: true });

/**
 * Nothing to scroll sideways to. A mobile browser widens its layout to fit content that overflows, so the page is
 * measured against the phone's width, not against `innerWidth`.
 */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(innerWidth).toBe(WIDTH);
  expect(scrollWidth).toBeLessThanOrEqual(WIDTH);
}

/**
 * Visible controls smaller than 24×24 px (WCAG 2.5.8), but links inside a sentence, which the rule exempts.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, summary, a[href], [role="tab"]')]
      .filter((el) => !(el.matches('button.link') && el.closest('p')))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 23.5 || box.height < 23.5))
      .map(
        ({ el, box }) => `${el.outerHTML.slice(0, 80)} ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );

async function expectPhoneFriendly(page: Page) {
  await expectNoSidewaysScroll(page);
  expect(await smallTargets(page)).toEqual([]);
}

test('a lesson on a phone: read it, predict, watch the map; the editor says it needs a larger screen', async ({
  page,
}) => {
  await page.goto('/#/lessons');
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
  await expectPhoneFriendly(page);

  await page.getByRole('button', { name: /^Cluster, task definition, task, service \d+ min/ }).tap();
  await expect(
    page.getByRole('heading', { name: 'Cluster, task definition, task, service', level: 2 }),
  ).toBeVisible();
  // the text reads down the page, full width, before its sandbox
  const table = page.locator('.prose table').first();
  await table.scrollIntoViewIfNeeded();
  await expect(table).toBeInViewport();
  await expectPhoneFriendly(page);

  await page.getByRole('button', { name: 'make your prediction' }).tap();
  await page.getByRole('radio', { name: /stays STOPPED/ }).tap();
  await page.getByRole('button', { name: 'Commit my prediction' }).tap();
  await expect(page.getByText('Commit a prediction to unlock the sandbox.')).toBeHidden();
  await expect(page.getByText(/You predicted/)).toBeVisible();

  // the map, below the text, shows the lesson's running task inside the phone's width
  const task = page
    .getByRole('group', { name: /^Tasks:/ })
    .getByRole('button')
    .first();
  await task.scrollIntoViewIfNeeded();
  await expect(task).toBeInViewport();
  const box = (await task.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  await task.tap();
  await expect(
    page.getByRole('region', { name: 'Placement explainer' }).getByRole('table').first(),
  ).toBeVisible();
  await expectPhoneFriendly(page);

  // editing is for larger screens: a note instead of Monaco, which never loads
  await page.getByRole('checkbox', { name: 'Show every sandbox panel' }).tap();
  await page.getByRole('tab', { name: 'Task definition' }).tap();
  await expect(page.getByText('Editing needs a larger screen.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Register' })).toBeHidden();
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  await expectPhoneFriendly(page);
});

test('a quiz item on a phone: exam prep practice, answered by touch', async ({ page }) => {
  await page.goto('/#/exam');
  const item = page.getByRole('tabpanel', { name: 'Practice bank' }).locator('fieldset.item');
  await expect(item).toBeVisible();
  await expectPhoneFriendly(page);

  await item.getByRole('radio').first().tap();
  await expect(item.getByRole('radio').first()).toBeChecked();
  await page.getByRole('button', { name: 'Check answer' }).tap();
  await expect(item.getByRole('status')).toHaveText(/Correct\.|Not quite\./);
  await expect(item.locator('.why').first()).toBeVisible();
  await expectPhoneFriendly(page);
});
