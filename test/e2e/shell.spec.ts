import { expect, test } from './fixtures';

test('the built app renders its shell with the three modes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'ECS Sandbox' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Modes' });
  for (const label of ['Lessons', 'Sandbox', 'Exam prep']) {
    await expect(nav.getByRole('button', { name: label })).toBeVisible();
  }
});
