import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Services in the built app, through the aws console: the scheduler keeps desired count, on the map. */

const taskButtons = (page: Page) => page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');

async function openConsole(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  const input = page.getByRole('textbox', { name: 'Command' });
  const log = page.getByRole('log', { name: 'Console output' });
  const run = async (line: string) => {
    await input.fill(line);
    await input.press('Enter');
  };
  return { run, log };
}

test('a service created in the console reaches its desired count, and scales when it changes', async ({
  page,
}) => {
  const { run, log } = await openConsole(page);
  await run(
    'aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 2',
  );
  await expect(log).toContainText('"serviceName": "web"');
  await expect(log).toContainText('"schedulingStrategy": "REPLICA"');
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(taskButtons(page)).toHaveCount(2);
  for (const label of await taskButtons(page).evaluateAll((els) => els.map((e) => e.ariaLabel ?? '')))
    expect(label).toContain('RUNNING');

  await run('aws ecs update-service --cluster demo --service web --desired-count 3');
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(taskButtons(page)).toHaveCount(3);
  await run(
    'aws ecs describe-services --cluster demo --services web --query "services[0].[desiredCount,runningCount]"',
  );
  await expect(log).toContainText(/\[\s*3,\s*3\s*\]/);
});
