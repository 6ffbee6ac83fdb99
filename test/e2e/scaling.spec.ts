import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Both scaling loops in the built app: a target tracking policy attached from the service page's form, load
 * raised from the load form, then tasks (Application Auto Scaling) and instances (the capacity provider's managed
 * scaling) scale out, and back in when the load drops.
 */

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** How many instances the group has in service, as the Capacity tab's table says. */
async function inService(page: Page): Promise<number> {
  await page.getByRole('tab', { name: 'Capacity' }).click();
  const row = page.getByRole('table', { name: 'Auto Scaling groups' }).getByRole('row', { name: /shop-asg/ });
  const text = await row.innerText();
  return Number(/(\d+) in service/.exec(text)?.[1] ?? NaN);
}

test('attach a target tracking policy, raise the load: tasks then instances scale out, and back in', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  await page.getByRole('combobox', { name: /Scenario/ }).selectOption('scaling-cluster');
  expect(await inService(page)).toBe(1);

  await page.getByRole('tab', { name: 'Services' }).click();
  await page.getByRole('button', { name: 'web', exact: true }).click();
  const load = page.getByRole('form', { name: 'Load on the service' });
  await load.getByLabel('Requests/s').fill('1500');
  await load.getByRole('button', { name: 'Apply load' }).click();
  await expect(load).toContainText('Load now: a constant 1500 requests/s.');

  const scaling = page.getByRole('form', { name: 'Service auto scaling' });
  await scaling.getByLabel('Minimum tasks').fill('2');
  await scaling.getByLabel('Maximum tasks').fill('20');
  await scaling.getByLabel('Target value').fill('50');
  await scaling.getByRole('button', { name: 'Attach target tracking policy' }).click();
  await expect(scaling).toContainText('Done.');
  const policies = page.getByRole('list', { name: 'Scaling policies' });
  await expect(policies).toContainText('keep CPU at 50 %');
  await expect(policies).toContainText('TargetTracking-service/shop/web-AlarmHigh-');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('combobox', { name: 'Speed' }).selectOption('300');
  await page.getByRole('button', { name: 'Play' }).click();
  const activities = page.getByRole('list', { name: /Scaling activities/ });
  await expect(activities).toContainText(/Setting desired count to (1\d|[3-9])\./, { timeout: 30_000 });
  await expect(activities).toContainText('in state ALARM triggered policy cpu-target');
  // more tasks than one t3.medium holds: managed scaling adds instances
  await expect.poll(() => inService(page), { timeout: 40_000 }).toBeGreaterThan(1);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: 'Services' }).click();
  await page.getByRole('form', { name: 'Load on the service' }).getByLabel('Requests/s').fill('20');
  await page
    .getByRole('form', { name: 'Load on the service' })
    .getByRole('button', { name: 'Apply load' })
    .click();
  await expect(page.getByRole('list', { name: /Scaling activities/ })).toContainText(
    'Setting desired count to 2.',
    {
      timeout: 40_000,
    },
  );
  const peak = await inService(page);
  await expect.poll(() => inService(page), { timeout: 60_000 }).toBeLessThan(peak);
  await page.getByRole('button', { name: 'Pause' }).click();
});
