import type { Page } from '@playwright/test';
import { scenarios } from '../../src/app/scenarios';
import { expect, test } from './fixtures';

/**
 * One test per ready-made scenario in src/app/scenarios.ts, doing what the scenario is there to teach, in the
 * built app. A scenario with no entry in `uses` fails, so a new scenario cannot go untested.
 */

const mapTasks = (page: Page) => page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');
const mapSummary = (page: Page) => page.getByRole('img', { name: /^Cluster map by/ });
const explainer = (page: Page) => page.getByRole('region', { name: 'Placement explainer' });
const runForm = (page: Page) => page.getByRole('form', { name: 'Run task' });

/** Opens the sandbox and loads `id` from the scenario picker, confirming if the app asks. */
async function loadScenario(page: Page, id: string) {
  page.on('dialog', (d) => void d.accept());
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  const picker = page.getByRole('combobox', { name: 'Scenario' });
  // start from another scenario, so the switch itself is part of the test
  const other = scenarios.find((s) => s.id !== id)!;
  for (const s of [other, scenarios.find((x) => x.id === id)!]) {
    await picker.selectOption({ label: s.title });
    const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    if (await confirm.first().isVisible()) {
      await confirm
        .first()
        .getByRole('button', { name: /switch|load|discard|continue|yes|ok/i })
        .first()
        .click();
    }
    await expect(page.getByText(s.description)).toBeVisible();
  }
}

async function runFromForm(page: Page, fill: { taskDefinition?: string; count: number; spreadBy?: string }) {
  const form = runForm(page);
  if (fill.taskDefinition) {
    await form
      .getByRole('combobox', { name: 'Task definition' })
      .selectOption({ label: fill.taskDefinition });
  }
  await form.getByRole('spinbutton', { name: 'Count' }).fill(String(fill.count));
  if (fill.spreadBy) {
    await form.getByRole('combobox', { name: 'Strategy 1 type' }).selectOption('spread');
    await form.getByRole('combobox', { name: 'Strategy 1 field' }).fill(fill.spreadBy);
  }
  await form.getByRole('button', { name: 'Run task', exact: true }).click();
}

async function consoleLine(page: Page, line: string) {
  const input = page.getByRole('textbox', { name: 'Command' });
  await input.fill(line);
  await input.press('Enter');
  const log = page.getByRole('log', { name: 'Console output' });
  await expect(log).toContainText(line);
  return log;
}

const uses: Record<string, { what: string; run: (page: Page) => Promise<void> }> = {};

uses['mixed-fleet'] = {
  what: '3 tasks spread by AZ land one in each AZ, and the explainer shows the spread',
  async run(page) {
    await expect(mapSummary(page)).toHaveAccessibleName(/6 instances in 3 availability zones/);
    await runFromForm(page, { count: 3, spreadBy: 'attribute:ecs.availability-zone' });
    await expect(runForm(page).getByText('3 of 3 tasks placed.')).toBeVisible();
    await page.getByRole('button', { name: /Instant/ }).click();

    await expect(mapTasks(page)).toHaveCount(3);
    const labels = await mapTasks(page).evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label') ?? ''),
    );
    expect(labels.map((l) => /us-east-1[abc]/.exec(l)?.[0]).sort()).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c',
    ]);

    await mapTasks(page).first().click();
    const why = explainer(page);
    await expect(why.getByRole('row').filter({ hasText: 'chosen' })).toHaveCount(1);
    await expect(
      why
        .getByRole('listitem')
        .filter({ hasText: /spread/i })
        .first(),
    ).toBeVisible();
  },
};

uses['full-cluster'] = {
  what: 'a run of 5 leaves failures with the real reason in the explainer, and the app keeps working',
  async run(page) {
    const before = await mapTasks(page).count();
    await runFromForm(page, { taskDefinition: 'web:1', count: 5 });

    const outcome = runForm(page).getByText(/of 5 tasks placed; \d+ could not be placed\./);
    await expect(outcome).toBeVisible();
    const [, placedText, unplacedText] = /^(\d+) of 5 tasks placed; (\d+) could not/.exec(
      (await outcome.textContent())!.trim(),
    )!;
    const placed = Number(placedText);
    expect(placed).toBeLessThan(5);
    expect(placed + Number(unplacedText)).toBe(5);
    await expect(mapTasks(page)).toHaveCount(before + placed);
    await expect(
      runForm(page).getByRole('listitem').filter({ hasText: 'RESOURCE:MEMORY' }).first(),
    ).toBeVisible();

    // the explainer lists the failed attempts with ECS's reason, and explains one of them
    const why = explainer(page);
    await expect(why.getByRole('heading', { name: 'Recent failed attempts' })).toBeVisible();
    const attempt = why.getByRole('button', { name: /RESOURCE:MEMORY/ }).first();
    await expect(attempt).toBeVisible();
    await attempt.click();
    await expect(why.getByRole('row').filter({ hasText: 'RESOURCE:MEMORY' }).first()).toBeVisible();
    await expect(why.getByRole('row').filter({ hasText: 'chosen' })).toHaveCount(0);

    // undo takes the run back; the other modes still open and the sandbox comes back as it was
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect(mapTasks(page)).toHaveCount(before);
    const nav = page.getByRole('navigation', { name: 'Modes' });
    await nav.getByRole('button', { name: 'Lessons' }).click();
    await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
    await nav.getByRole('button', { name: 'Sandbox' }).click();
    await expect(mapTasks(page)).toHaveCount(before);
    await expect(page.getByRole('button', { name: /Redo/ })).toBeEnabled();
  },
};

uses['empty'] = {
  what: 'nothing can run yet; a cluster and an instance made in the console register, and the form runs a task there',
  async run(page) {
    await expect(mapSummary(page)).toHaveAccessibleName(/no instances; no tasks/);
    // no cluster, no task definition: the form has nothing to send
    await expect(runForm(page).getByRole('button', { name: 'Run task', exact: true })).toBeDisabled();

    await page.getByRole('tab', { name: 'Console' }).click();
    // no --cluster-name makes the cluster "default", which an agent with no ECS_CLUSTER joins
    await consoleLine(page, 'aws ecs create-cluster');
    const log = await consoleLine(
      page,
      'aws ec2 run-instances --image-id resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole',
    );
    await expect(log).toContainText('"InstanceId": "i-');
    // booting: on the map but not yet registered
    await expect(mapSummary(page)).toHaveAccessibleName(/1 instance in 1 availability zone \((?!1 active)/);

    await page.getByRole('button', { name: /Instant/ }).click();
    await expect(mapSummary(page)).toHaveAccessibleName(
      /1 instance in 1 availability zone \(1 active\); no tasks/,
    );
    await consoleLine(page, 'aws ecs list-container-instances --cluster default');
    await expect(log).toContainText(/container-instance\/default\/[0-9a-f]{32}/);
    await consoleLine(
      page,
      'aws ecs register-task-definition --family hello --container-definitions name=hello,image=nginx:latest,memory=256',
    );

    // the form now offers what the console made, and places a task on the new instance
    await page.getByRole('tab', { name: 'Run task' }).click();
    await expect(runForm(page).getByRole('combobox', { name: 'Cluster' })).toHaveValue('default');
    await expect(runForm(page).getByRole('combobox', { name: 'Task definition' })).toHaveValue('hello:1');
    await runFromForm(page, { count: 1 });
    await expect(runForm(page).getByText('1 of 1 task placed.')).toBeVisible();
    await page.getByRole('button', { name: /Instant/ }).click();
    await expect(mapTasks(page)).toHaveCount(1);
    await expect(mapTasks(page)).toHaveAccessibleName(/RUNNING/);
  },
};

uses['web-behind-alb'] = {
  what: 'four service tasks share three instances on dynamic host ports, every target healthy, placed by the service default',
  async run(page) {
    await expect(mapTasks(page)).toHaveCount(4);
    for (const label of await mapTasks(page).evaluateAll((els) => els.map((e) => e.ariaLabel ?? ''))) {
      expect(label).toMatch(/^task web:1 RUNNING .*target healthy$/);
    }
    await page.getByRole('tab', { name: 'Services' }).click();
    await page.getByRole('button', { name: 'web-svc' }).click();
    const targets = page.getByRole('list', { name: 'Target health' }).getByRole('listitem');
    await expect(targets).toHaveCount(4);
    // one instance holds two tasks, each on its own port from the ephemeral range
    const ports = new Map<string, string[]>();
    for (const text of await targets.allTextContents()) {
      const [, instance, port] = /(i-[0-9a-f]+):(\d+)/.exec(text)!;
      ports.set(instance!, [...(ports.get(instance!) ?? []), port!]);
    }
    const shared = [...ports.values()].find((p) => p.length === 2)!;
    expect(new Set(shared).size).toBe(2);
    expect(shared.every((p) => Number(p) >= 32768)).toBe(true);

    await mapTasks(page).first().click();
    await expect(explainer(page)).toContainText(
      'The service names no placementStrategy, so ECS used the service default',
    );
  },
};

uses['scaling-cluster'] = {
  what: 'the group and its capacity provider in the Capacity tab, the provider on the map',
  async run(page) {
    await page.getByRole('tab', { name: 'Capacity' }).click();
    const groups = page.getByRole('table', { name: 'Auto Scaling groups' });
    await expect(groups.getByRole('row', { name: /shop-asg/ })).toContainText('1 in service');
    await expect(groups.getByRole('row', { name: /shop-asg/ })).toContainText('provider shop-cp');
    const providers = page.getByRole('table', { name: 'Auto Scaling group capacity providers' });
    await expect(providers.getByRole('row', { name: /shop-cp/ })).toContainText('on, target 100 %');
    await expect(mapSummary(page)).toBeVisible();
    await expect(mapTasks(page)).toHaveCount(2);
  },
};

uses['secrets-and-roles'] = {
  what: 'the secret permission sits on the task role, the execution role lacks it, and the log group waits',
  async run(page) {
    await page.getByRole('tab', { name: 'Identity' }).click();
    await page.getByRole('button', { name: 'thumbs-task-role', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Role thumbs-task-role' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit inline policy read-db-secret' })).toBeVisible();
    await page.getByRole('button', { name: 'ecsTaskExecutionRole', exact: true }).click();
    await expect(
      page.getByRole('button', { name: 'Detach AmazonECSTaskExecutionRolePolicy from ecsTaskExecutionRole' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^Edit inline policy/ })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Logs' }).click();
    await expect(page.getByRole('list', { name: 'Log groups' })).toContainText('/ecs/thumbs');
  },
};

for (const scenario of scenarios) {
  const use = uses[scenario.id];
  test(`${scenario.title}: ${use?.what ?? 'has an e2e'}`, async ({ page }) => {
    expect(use, `scenario ${scenario.id} needs an e2e in this file`).toBeDefined();
    await loadScenario(page, scenario.id);
    await use!.run(page);
  });
}
