import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The three roles in the built app: a Fargate task whose secret permission sits on the task role fails to start
 * with the execution role's AccessDeniedException; attaching the permission to the execution role in the Identity
 * tab fixes it, the container sees the secret (masked until shown), and its log lines appear in the Logs tab.
 */

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const explainer = (page: Page) => page.getByRole('region', { name: 'Placement explainer' });

/** Runs one `thumbs` task on Fargate from the Run task form, lets it start or fail, and explains it. */
async function runThumbs(page: Page) {
  await page.getByRole('tab', { name: 'Run task' }).click();
  await page.getByRole('combobox', { name: 'Task definition' }).selectOption('thumbs:1');
  await page.getByRole('combobox', { name: 'Launch type' }).selectOption('FARGATE');
  await page.getByRole('spinbutton', { name: 'Count' }).fill('1');
  await page.getByRole('button', { name: 'Run task', exact: true }).click();
  await expect(page.getByText('1 of 1 task placed.')).toBeVisible();
  // until nothing is left to happen but the minute clock: the task has started, or failed to
  await page.getByRole('button', { name: /^Instant/ }).click();
  await page
    .getByRole('button', { name: /Why there\?/ })
    .last()
    .click();
}

test('a secret on the wrong role fails the task; the execution role fixes it; the logs show the app', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('secrets-and-roles');
  await expect(page.getByText(/reads its password from the Secrets Manager secret/)).toBeVisible();

  await runThumbs(page);
  const details = explainer(page);
  await expect(details).toContainText('ResourceInitializationError: unable to pull secrets or registry auth');
  await expect(details).toContainText(/Who is calling: \d+ calls?, 1 denied/);
  await expect(details).toContainText('secretsmanager:GetSecretValue');
  await expect(details).toContainText('ecsTaskExecutionRole');
  await page.screenshot({ path: '/tmp/a-identity-denied.png' });

  await page.getByRole('tab', { name: 'Identity' }).click();
  await page.getByRole('button', { name: 'ecsTaskExecutionRole', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Role ecsTaskExecutionRole' })).toBeVisible();
  await page.getByLabel('Attach a managed policy').selectOption({ label: 'SecretsManagerReadWrite' });
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(
    page.getByRole('button', { name: 'Detach SecretsManagerReadWrite from ecsTaskExecutionRole' }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/a-identity-tab.png' });

  await runThumbs(page);
  await expect(details).toContainText(/RUNNING/);
  await expect(details).not.toContainText('ResourceInitializationError');
  await details.getByText(/^Configuration/).click();
  await expect(details).toContainText('DB_PASSWORD');
  await expect(details).not.toContainText('correct-horse-battery');
  await details.getByRole('button', { name: /Show/ }).first().click();
  await expect(details).toContainText('correct-horse-battery');
  await page.screenshot({ path: '/tmp/a-identity-config.png' });

  await details.getByRole('button', { name: 'View logs' }).click();
  await expect(page.getByRole('heading', { name: /Logs of task/ })).toBeVisible();
  const lines = page.getByRole('list', { name: 'Log events, oldest first' });
  await expect(lines).toContainText('listening on 0.0.0.0:8080');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/a-logs-tab.png' });
});
