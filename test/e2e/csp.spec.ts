import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The built app under a Content Security Policy with no 'unsafe-eval' and no inline script: the request
 * validators are precompiled (tools/validators), so running a task compiles nothing in the page, and Monaco and
 * its JSON worker work too. Style attributes stay allowed: Svelte and Monaco set them.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
].join('; ');

// the service worker would answer requests itself, without the header this test adds
test.use({ serviceWorkers: 'block' });

/** Serves every response with the policy and records each violation the page reports. */
async function withPolicy(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': POLICY },
      });
    } catch {
      // the page moved on or closed while this response was on its way (the later chunks load on idle):
      // there is nothing left to serve it to
    }
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('runs a task and edits a task definition with no eval allowed', async ({ page }) => {
  await withPolicy(page);
  await page.goto('/#/sandbox');
  await page.getByRole('button', { name: 'Run task', exact: true }).click();
  await expect(page.getByRole('group', { name: /^Tasks:/ }).getByRole('button')).toHaveCount(3);

  await page.getByRole('tab', { name: /task definition/i }).click();
  const editor = page.getByRole('region', { name: 'Task definition editor' });
  await expect(editor.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  // completion comes from Monaco's JSON worker: it answers only if the worker runs under the policy
  await editor.locator('.view-line').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"');
  const suggestions = page.locator('.suggest-widget .monaco-list-row');
  await expect(async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Space');
    await expect(suggestions.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });

  expect(await violations(page)).toEqual([]);
});
