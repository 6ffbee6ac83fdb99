import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../tools/csp/policy';
import { expect, test } from './fixtures';

/**
 * The built app ships its Content Security Policy as a `<meta>` (tools/csp): no 'unsafe-eval' and no inline
 * script. The request validators are precompiled (tools/validators), so running a task compiles nothing in the
 * page, and Monaco and its JSON worker work under it too. Every browser test runs under the policy, and a
 * violation is a console error, which fails any test (fixtures.ts); these tests also collect the violation
 * events themselves, so a report the console missed fails too.
 */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

test('the page carries the policy, and it refuses an inline script', async ({ page, pageErrors }) => {
  await recordViolations(page);
  await page.goto('/#/sandbox');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toBe(CONTENT_SECURITY_POLICY);
  // the policy is in force, not only present: an inline script is refused (and its report seen)
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    return new Promise<boolean>((done) =>
      setTimeout(() => done((window as unknown as { inlineRan?: boolean }).inlineRan === true), 100),
    );
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
  // Chromium also logs the refusal as an error: this one was asked for, so it does not fail the test
  await expect.poll(() => pageErrors).toEqual([expect.stringMatching(/inline script violates/)]);
  pageErrors.length = 0;
});

test('every mode opens under the policy with no violation', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/#/lessons');
  await page.getByRole('button', { name: /^Cluster, task definition, task, service \d+ min/ }).click();
  await expect(page.getByRole('heading', { name: 'Cluster, task definition, task, service' })).toBeVisible();
  await page.goto('/#/exam');
  await expect(page.getByRole('tab', { name: 'Practice bank' })).toHaveAttribute('aria-selected', 'true', {
    timeout: 60_000,
  });
  await page.goto('/#/sandbox');
  await page.getByRole('button', { name: 'Run task', exact: true }).click();
  await expect(page.getByRole('group', { name: /^Tasks:/ }).getByRole('button')).toHaveCount(3);
  expect(await violations(page)).toEqual([]);
});

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('runs a task and edits a task definition with no eval allowed', async ({ page }) => {
  await recordViolations(page);
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
