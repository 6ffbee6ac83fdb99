import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Exam prep in the built app: the practice bank answered from the keyboard, and an accessibility scan. */

async function openExamPrep(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Exam prep' }).click();
  await expect(page.getByRole('tab', { name: 'Practice bank' })).toHaveAttribute('aria-selected', 'true');
}

test('a bank item can be answered with the keyboard alone, and its explanations appear', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openExamPrep(page);
  const item = page.getByRole('tabpanel', { name: 'Practice bank' }).locator('fieldset.item');
  await expect(item).toBeVisible();

  await item.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await expect(item.getByRole('radio').first()).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(item.getByRole('status')).toHaveText(/Correct\.|Not quite\./);
  const explanations = item.locator('.why');
  expect(await explanations.count()).toBeGreaterThan(1);
  await expect(explanations.first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the exam prep screens have no serious or critical accessibility violations', async ({ page }) => {
  await openExamPrep(page);
  const scan = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect(await scan()).toEqual([]);

  await page.getByRole('tab', { name: 'Timed exam' }).click();
  await page.getByRole('spinbutton', { name: /Number of items/ }).fill('2');
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  expect(await scan()).toEqual([]);

  await page.getByRole('button', { name: 'Finish exam' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Finish the exam?' })).toBeVisible();
  expect(await scan()).toEqual([]);
  await page.getByRole('button', { name: 'Finish and see my result' }).click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  expect(await scan()).toEqual([]);

  await page.getByRole('tab', { name: 'Review' }).click();
  await expect(page.getByRole('table', { name: /Mastery by concept/ })).toBeVisible();
  expect(await scan()).toEqual([]);
});

async function startTimedExam(page: Page, items: number) {
  await page.getByRole('tab', { name: 'Timed exam' }).click();
  await page.getByRole('spinbutton', { name: /Number of items/ }).fill(String(items));
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('heading', { name: `Question 1 of ${items}` })).toBeVisible();
}

const navigator = (page: Page) => page.getByRole('navigation', { name: 'Questions' });

/** Answers the question on screen with its first option (or its shown order): the draw is random. */
async function answerCurrent(page: Page) {
  const panel = page.getByRole('tabpanel', { name: 'Timed exam' });
  const inputs = panel.locator('fieldset.item input');
  if (await inputs.count()) await inputs.first().check();
  else await panel.getByRole('button', { name: 'Answer with this order' }).click();
  await expect(panel.getByText(/Answer recorded/)).toBeVisible();
}

test('a picked answer is kept across leaving the screen and a reload, and the exam resumes', async ({
  page,
}) => {
  await openExamPrep(page);
  await startTimedExam(page, 3);
  const panel = page.getByRole('tabpanel', { name: 'Timed exam' });
  await answerCurrent(page);
  await expect(panel.getByText('1 of 3 answered')).toBeVisible();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();

  // away to the sandbox and back
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Exam prep' }).click();
  await page.getByRole('tab', { name: 'Timed exam' }).click();
  await expect(
    page.getByRole('heading', { name: /^Resume your exam — 1 of 3 answered, \d+:\d\d left$/ }),
  ).toBeVisible();

  // and a reload
  await page.reload();
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Exam prep' }).click();
  await page.getByRole('tab', { name: 'Timed exam' }).click();
  await page.getByRole('button', { name: 'Resume exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
  await expect(
    navigator(page).getByRole('button', { name: 'Question 1: answered, flagged for review' }),
  ).toBeVisible();
  await navigator(page)
    .getByRole('button', { name: /^Question 1/ })
    .click();
  await expect(panel.getByText(/Answer recorded/)).toBeVisible();
});

test('finishing with questions unanswered asks first, and flagged ones show in the navigator', async ({
  page,
}) => {
  await openExamPrep(page);
  await startTimedExam(page, 3);
  await navigator(page)
    .getByRole('button', { name: /^Question 3/ })
    .click();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await expect(
    navigator(page).getByRole('button', { name: 'Question 3: not answered, flagged for review' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Finish exam' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Finish the exam?' });
  await expect(dialog).toContainText('3 of 3 questions are not answered.');
  await expect(dialog).toContainText('1 question is flagged for review.');
  await expect(dialog.getByRole('button', { name: 'Keep working' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Question 3 of 3' })).toBeVisible();

  await page.getByRole('button', { name: 'Finish exam' }).click();
  await dialog.getByRole('button', { name: 'Finish and see my result' }).click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(page.getByText(/Below this practice exam’s pass mark of 75%/)).toBeVisible();
  await expect(page.getByText(/scaled score from 100 to 1,000/)).toBeVisible();
});
