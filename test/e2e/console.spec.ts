import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The aws console in the built app: input that used to freeze the tab, and the CLI's client-side answers. */

async function openConsole(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  return {
    input: page.getByRole('textbox', { name: 'Command' }),
    log: page.getByRole('log', { name: 'Console output' }),
  };
}

test('an unclosed quote before 40 backslashes gets an error at once and the page stays responsive', async ({
  page,
}) => {
  const { input, log } = await openConsole(page);
  await input.fill(
    `aws ecs run-task --cluster demo --task-definition web --placement-strategy 'key="${'\\'.repeat(40)}'`,
  );
  const sent = Date.now();
  await input.press('Enter');
  await expect(log).toContainText(
    "Error parsing parameter '--placement-strategy': Expected: '<double quoted>', received: '<none>'",
    { timeout: 3000 },
  );
  // the main thread answers promptly: the parse did not hold it
  await page.evaluate(() => 1);
  expect(Date.now() - sent).toBeLessThan(3000);
  await input.fill('aws --version');
  await input.press('Enter');
  await expect(log).toContainText('aws-cli/2.x (ECS Sandbox simulated console');
});

test('key@=value, an unknown key, a real command not simulated yet, and the version', async ({ page }) => {
  const { input, log } = await openConsole(page);
  const run = async (line: string) => {
    await input.fill(line);
    await input.press('Enter');
  };

  await run(
    'aws ecs run-task --cluster demo --task-definition web --placement-strategy type=spread,field@=attribute:ecs.availability-zone',
  );
  await expect(log).toContainText('"tasks": [');
  await expect(log).not.toContainText('Error parsing parameter');

  await run(
    'aws ecs run-task --cluster demo --task-definition web --placement-strategy type=spread,feild=attribute:ecs.availability-zone',
  );
  await expect(log).toContainText(
    'Parameter validation failed:\nUnknown parameter in placementStrategy[0]: "feild", must be one of: type, field',
  );

  await run('aws ecs create-task-set --service web');
  await expect(log).toContainText(
    'aws ecs create-task-set is a real AWS CLI command, but this sandbox does not simulate it yet.',
  );

  await run('aws ecs create-servise');
  await expect(log).toContainText('argument operation: Invalid choice, valid choices are:');

  await run('aws --version');
  await expect(log).toContainText('aws-cli/2.x (ECS Sandbox simulated console');
});

test('--query takes JMESPath filters as AWS docs write them, and names a bad one', async ({ page }) => {
  const { input, log } = await openConsole(page);
  const run = async (line: string) => {
    await input.fill(line);
    await input.press('Enter');
  };
  const lastOut = () => log.locator('pre.out').last();

  await run(
    'aws ecs describe-clusters --clusters demo --query "clusters[?registeredContainerInstancesCount > `0`].clusterName" --output text',
  );
  await expect(lastOut()).toHaveText('demo\n');

  await run(
    `aws ecs run-task --cluster demo --task-definition web --count 2 --query 'tasks[*].[group,lastStatus]' --output text`,
  );
  await expect(lastOut()).toHaveText(/^(family:web\t(PROVISIONING|PENDING)\n){2}$/);

  await run(`aws ecs list-tasks --cluster demo --query 'length(taskArns)'`);
  await expect(lastOut()).toHaveText('2\n');

  await run(`aws ecs list-tasks --cluster demo --query 'taskArns[?'`);
  await expect(log).toContainText('argument --query: Bad value for --query taskArns[?: ');
});
