import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
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

/** The sandbox on the scenario with web-svc behind an ALB, the Services panel open on web-svc. */
async function openWebService(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  await page.getByRole('combobox', { name: /Scenario/ }).selectOption('web-behind-alb');
  await page.getByRole('tab', { name: 'Services' }).click();
  await page.getByRole('button', { name: 'web-svc' }).click();
  return page.getByRole('region', { name: 'Service web-svc' });
}

const deploymentsText = (details: ReturnType<Page['getByRole']>) =>
  details.getByRole('list', { name: 'Deployments' });

test('a rolling update of a service behind an ALB: both deployments, then only the new one, every target healthy', async ({
  page,
}) => {
  const details = await openWebService(page);
  await expect(details.getByText(/healthy web-tg: i-/)).toHaveCount(4);
  await details.getByLabel('Task definition').selectOption('web:2');
  await details.getByRole('button', { name: 'Update service' }).click();
  await page.getByRole('button', { name: /Next event/ }).click();
  await expect(deploymentsText(details)).toContainText('ACTIVE');
  await expect(deploymentsText(details)).toContainText('web:2');
  // the rollout timeline draws both deployments between the bounds (50/150 of 4: 2 and 6) and names each step
  const chart = details.getByRole('img', { name: /^Rollout timeline of service web-svc/ });
  await expect(chart).toHaveAttribute('aria-label', /bounds 2 to 6 \(50\/150 %\), 2 deployments/);
  await expect(chart.locator('.ro-areas .ro-area-old')).toHaveCount(1);
  await expect(chart.locator('.ro-areas .ro-area-new')).toHaveCount(1);
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(deploymentsText(details)).toContainText(/PRIMARY web:2 · desired 4 · running 4/);
  await expect(deploymentsText(details)).toContainText('COMPLETED');
  await expect(deploymentsText(details)).not.toContainText('ACTIVE');
  await expect(details.getByText(/healthy web-tg: i-/)).toHaveCount(4);
  // the map agrees: four web:2 tasks, no old-deployment mark left
  const tasks = page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');
  await expect(tasks).toHaveCount(4);
  for (const label of await tasks.evaluateAll((els) => els.map((e) => e.ariaLabel ?? ''))) {
    expect(label).toMatch(/^task web:2 RUNNING .*target healthy$/);
  }
});

test('rolling out an image that crashes: the circuit breaker fails the deployment and rolls back to web:1', async ({
  page,
}) => {
  const details = await openWebService(page);
  await details.getByLabel('Task definition').selectOption('web:3');
  await details.getByRole('button', { name: 'Update service' }).click();
  // step event by event until the breaker trips: the failed deployment is listed until its tasks are gone
  const next = page.getByRole('button', { name: /Next event/ });
  for (let i = 0; i < 80 && !(await deploymentsText(details).textContent())?.includes('FAILED'); i++) {
    await next.click();
  }
  await expect(deploymentsText(details)).toContainText(
    'ECS deployment circuit breaker: tasks failed to start.',
  );
  await expect(deploymentsText(details)).toContainText(
    /PRIMARY web:1 .*rolling back to deploymentId ecs-svc\//,
  );
  const chart = details.getByRole('img', { name: /^Rollout timeline of service web-svc/ });
  await expect(chart).toHaveAttribute('aria-label', /failed/i);
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(deploymentsText(details)).toContainText(/PRIMARY web:1 · desired 4 · running 4/);
  await expect(deploymentsText(details)).toContainText('COMPLETED');
  await expect(details.getByText(/healthy web-tg: i-/)).toHaveCount(4);
  // the story stays on the timeline after the failed deployment has left the list
  await expect(chart).toHaveAttribute('aria-label', /An earlier rollout to web:3 failed/);
});

test('draining an instance moves the service’s tasks elsewhere; failing one makes the service heal', async ({
  page,
}) => {
  const details = await openWebService(page);
  await expect(details).toContainText('running 4');
  await page.getByRole('tab', { name: 'Instances' }).click();
  const rows = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Drain' }) });
  const first = rows.first();
  const drained = (await first.locator('strong').textContent())!;
  await first.getByRole('button', { name: 'Drain' }).click();
  await page.getByRole('button', { name: /Instant/ }).click();
  const tasks = page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');
  await expect(tasks).toHaveCount(4);
  for (const label of await tasks.evaluateAll((els) => els.map((e) => e.ariaLabel ?? ''))) {
    expect(label).not.toContain(drained.slice(0, 8));
  }

  const survivor = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Fail hardware' }) });
  const failed = (await survivor.first().locator('strong').textContent())!;
  await survivor.first().getByRole('button', { name: 'Fail hardware' }).click();
  await page.getByRole('button', { name: /Instant/ }).click();
  await page.getByRole('tab', { name: 'Services' }).click();
  const healed = page.getByRole('region', { name: 'Service web-svc' });
  await expect(healed).toContainText('running 4');
  for (const label of await tasks.evaluateAll((els) => els.map((e) => e.ariaLabel ?? ''))) {
    expect(label).not.toContain(failed.slice(0, 8));
  }
});

test('creates a service from the create-service JSON in the editor; a wrong member is refused with its path', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  await page.getByRole('tab', { name: 'Services' }).click();
  await page.getByRole('button', { name: 'JSON (create-service)' }).click();
  const editor = page.getByRole('region', { name: 'Create service request JSON' });
  await expect(editor.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  // the form's request is the starting text
  await expect(editor.locator('.view-lines')).toContainText('"serviceName": "web-svc"');
  const replaceText = async (text: string) => {
    await editor.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+a');
    // pasted, not typed: typing would let the editor close brackets and quotes on its own
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('ControlOrMeta+v');
    await expect(editor.locator('.view-lines')).toContainText(text.slice(-20));
  };
  const create = page.getByRole('button', { name: 'Create service' });

  await replaceText(
    JSON.stringify({ cluster: 'demo', serviceName: 'api', taskDefinition: 'web', desiredCount: 'two' }),
  );
  await create.click();
  await expect(page.getByRole('status').filter({ hasText: 'desiredCount' })).toContainText(
    /InvalidParameterException/,
  );

  await replaceText(
    JSON.stringify({ cluster: 'demo', serviceName: 'api', taskDefinition: 'web', desiredCount: 2 }),
  );
  await create.click();
  const details = page.getByRole('region', { name: 'Service api' });
  await expect(details).toBeVisible();
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(details).toContainText('desired 2, running 2');
});

test('the Services panel, mid-rollout, has no accessibility violations', async ({ page }) => {
  const details = await openWebService(page);
  await details.getByLabel('Task definition').selectOption('web:2');
  await details.getByRole('button', { name: 'Update service' }).click();
  await page.getByRole('button', { name: /Next event/ }).click();
  await expect(deploymentsText(details)).toContainText('ACTIVE');
  const results = await new AxeBuilder({ page }).include('[aria-label="Build and run"]').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
