import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { scenarios } from '../../src/app/scenarios';
import { expect, test } from './fixtures';

/**
 * "Replay this placement": a placement played on the cluster map, driven by keys only. Mixed fleet: six
 * instances, two per AZ; the task may not go to us-east-1c, spreads over AZs and then binpacks on memory.
 */

// the size of a projected screen, where a room would watch a replay
test.use({ viewport: { width: 1920, height: 1080 } });

const SCENARIO = 'Mixed fleet across three AZs';
const NOT_1C = 'attribute:ecs.availability-zone != us-east-1c';

const bar = (page: Page) => page.getByRole('region', { name: 'Placement replay' });
const narration = (page: Page) => bar(page).locator('[aria-live="polite"]');
const card = (page: Page, name: string) => page.locator('.cm-card', { hasText: name });
const cardsIn = (page: Page, state: string) => page.locator(`.cm-card[data-replay-state="${state}"]`);
const ghost = (page: Page) => page.locator('.cm-rp-ghost');

async function openSandbox(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }).click();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: SCENARIO });
  await expect(page.getByText(scenarios.find((s) => s.title === SCENARIO)!.description)).toBeVisible();
}

async function console(page: Page, command: string, expected: string) {
  await page.getByRole('tab', { name: 'Console' }).click();
  const input = page.getByRole('textbox', { name: 'Command' });
  await input.fill(command);
  await input.press('Enter');
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText(expected);
}

const runWeb = (page: Page, constraint: string) =>
  console(
    page,
    `aws ecs run-task --cluster demo --task-definition web --placement-constraints ` +
      `'[{"type":"memberOf","expression":"${constraint}"}]' --placement-strategy ` +
      `'[{"type":"spread","field":"attribute:ecs.availability-zone"},{"type":"binpack","field":"memory"}]'`,
    '"failures"',
  );

/** Starts the replay of the map's only task from the explainer; returns the number of steps. */
async function startReplay(page: Page): Promise<number> {
  await page
    .getByRole('group', { name: /^Tasks:/ })
    .getByRole('button')
    .first()
    .click();
  await page.getByRole('button', { name: 'Replay this placement' }).click();
  await expect(bar(page)).toBeFocused();
  const first = await narration(page).textContent();
  const total = Number(/^Step 1 of (\d+): /.exec(first ?? '')?.[1]);
  expect(total).toBeGreaterThan(5);
  return total;
}

test('a placement replays step by step on the map with the keys alone', async ({ page }) => {
  await openSandbox(page);
  await runWeb(page, NOT_1C);
  const total = await startReplay(page);
  await expect(narration(page)).toContainText('6 container instances of the cluster are candidates');
  await expect(cardsIn(page, 'candidate')).toHaveCount(6);
  await expect(ghost(page)).toHaveAttribute('data-replay-at', 'waiting');

  const texts: string[] = [];
  for (let i = 2; i <= total; i++) {
    await page.keyboard.press(i % 2 ? 'Space' : 'ArrowRight');
    await expect(narration(page)).toHaveText(new RegExp(`^Step ${i} of ${total}: `));
    texts.push((await narration(page).textContent())!);
    const text = texts.at(-1)!;
    if (text.includes(`memberOf(${NOT_1C})`)) {
      expect(text).toContain('rejects 2 instances (MemberOf placement constraint unsatisfied.)');
      await expect(cardsIn(page, 'rejected')).toHaveCount(2);
      for (const name of ['m5-c1', 'c5-c2']) {
        await expect(card(page, name)).toHaveAttribute('data-replay-state', 'rejected');
        await expect(card(page, name)).toHaveAttribute('data-replay-label', 'memberOf: does not match');
      }
      await expect(cardsIn(page, 'candidate')).toHaveCount(4);
    }
    if (text.includes(': binpack(memory) ranks')) {
      await expect(cardsIn(page, 'ranked')).toHaveCount(4);
      await expect(page.locator('.cm-card[data-replay-label^="best: "]')).not.toHaveCount(0);
    }
  }
  // the filters ran in ECS order, before the strategies
  const order = ['The Status check', 'The Agent check', 'The CPU check', 'The Memory check', 'memberOf('];
  const at = order.map((label) => texts.findIndex((t) => t.includes(label)));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(texts.findIndex((t) => t.includes('spread('))).toBeGreaterThan(at.at(-1)!);

  // the last step: the task is on its instance, named in the narration
  const last = texts.at(-1)!;
  const chosen = /goes onto (\S+) \(/.exec(last)?.[1];
  expect(chosen).toMatch(/^(t3|m5|c5)-[ab]\d$/);
  await expect(cardsIn(page, 'chosen')).toHaveCount(1);
  await expect(card(page, chosen!)).toHaveAttribute('data-replay-state', 'chosen');
  await expect(ghost(page)).toHaveAttribute('data-replay-at', 'instance');

  // a clicker's keys go back and forth
  await page.keyboard.press('PageUp');
  await expect(narration(page)).toHaveText(texts.at(-2)!);
  await expect(ghost(page)).toHaveAttribute('data-replay-at', 'waiting');
  await page.keyboard.press('ArrowLeft');
  await expect(narration(page)).toHaveText(texts.at(-3)!);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(narration(page)).toHaveText(last);

  const axe = await new AxeBuilder({ page }).include('section[aria-label="Placement replay"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Escape ends it: the map is itself again and focus is back on the button that started it
  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);
  await expect(page.locator('.cm-card[data-replay-state]')).toHaveCount(0);
  await expect(ghost(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Replay this placement' })).toBeFocused();
});

test('under reduced motion the replay still steps to the pick, and Play runs it by itself', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openSandbox(page);
  await runWeb(page, NOT_1C);
  const total = await startReplay(page);
  for (let i = 2; i <= total; i++) {
    await page.keyboard.press('PageDown');
    await expect(narration(page)).toHaveText(new RegExp(`^Step ${i} of ${total}: `));
  }
  await expect(narration(page)).toContainText('Placed: task');
  await expect(cardsIn(page, 'chosen')).toHaveCount(1);
  await expect(ghost(page)).toHaveAttribute('data-replay-at', 'instance');

  // Play from the end starts again at step 1 and plays on its own
  await bar(page).getByRole('button', { name: 'Play', exact: true }).click();
  await expect(bar(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(narration(page)).toHaveText(new RegExp(`^Step [23] of ${total}: `), { timeout: 4000 });
  await bar(page).getByRole('button', { name: 'Pause' }).click();
  await bar(page).getByRole('button', { name: 'Stop replay' }).click();
  await expect(bar(page)).toHaveCount(0);
});

test('a request nothing could take replays to the reason no instance qualified', async ({ page }) => {
  await openSandbox(page);
  await runWeb(page, 'attribute:ecs.instance-type == t2.micro');
  await page
    .getByRole('region', { name: 'Placement explainer' })
    .getByRole('list', { name: 'Recent failed attempts' })
    .getByRole('button')
    .click();
  await page.getByRole('button', { name: 'Replay this placement' }).click();
  await expect(bar(page)).toBeFocused();
  await expect(narration(page)).toContainText('are candidates for a task of web:1');
  const total = Number(/ of (\d+):/.exec((await narration(page).textContent()) ?? '')?.[1]);
  for (let i = 1; i < total; i++) await page.keyboard.press('Space');
  await expect(narration(page)).toContainText('Not placed: no instance qualified.');
  await expect(cardsIn(page, 'rejected')).toHaveCount(6);
  await expect(ghost(page)).toHaveAttribute('data-replay-at', 'waiting');
  // a clicker has no Esc: going on past the last step ends the replay
  await page.keyboard.press('Space');
  await expect(bar(page)).toHaveCount(0);
  await expect(page.locator('.cm-card[data-replay-state]')).toHaveCount(0);
});
