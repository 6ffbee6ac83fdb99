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
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  expect(await scan()).toEqual([]);

  await page.getByRole('tab', { name: 'Review' }).click();
  await expect(page.getByRole('table', { name: /Mastery by concept/ })).toBeVisible();
  expect(await scan()).toEqual([]);
});
