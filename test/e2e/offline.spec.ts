import { expect, test } from './fixtures';

test('after one visit the app reloads and works offline, editor included', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'ECS Sandbox' })).toBeVisible();
  // wait until the service worker controls the page and has precached the build
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'ECS Sandbox' })).toBeVisible();
  await page.getByRole('button', { name: 'Run task', exact: true }).click();
  await expect(page.getByText(/tasks? placed\./)).toBeVisible();
  await page.getByRole('tab', { name: 'Task definition' }).click();
  await expect(
    page.getByRole('region', { name: 'Task definition editor' }).locator('.monaco-editor'),
  ).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
});
