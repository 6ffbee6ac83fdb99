import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The task marks on the cluster map (each a button). */
export const mapTasks = (page: Page) => page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');

/** The tasks on the map as their labels say (instance, AZ, state), in order: two equal lists, the same sandbox. */
export const taskLabels = (page: Page) =>
  mapTasks(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

/** The default sandbox with three tasks run and placed: work of the learner's own to share, save or keep. */
export async function runThreeTasks(page: Page) {
  await page.goto('/#/sandbox');
  await page.getByRole('spinbutton', { name: 'Count' }).fill('3');
  await page.getByRole('button', { name: 'Run task', exact: true }).click();
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(mapTasks(page)).toHaveCount(3);
}
