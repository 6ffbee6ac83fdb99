import { test, expect } from '@playwright/test';

test('the built app renders its shell with the three modes', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'ECS Sandbox' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Modes' });
  for (const label of ['Lessons', 'Sandbox', 'Exam prep']) {
    await expect(nav.getByRole('button', { name: label })).toBeVisible();
  }
  expect(errors).toEqual([]);
});
