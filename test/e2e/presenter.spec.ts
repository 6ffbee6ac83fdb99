import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/**
 * Presenter mode for a room, with the keys alone (a clicker sends Page Down / Page Up): predict, count the hands,
 * reveal the step (a placement replays on the map), go on to the next scene and back.
 */

test.use({ viewport: { width: 1920, height: 1080 } });

test('a presenter walks predict-then-reveal scenes with the keys alone', async ({ page }) => {
  test.slow();
  await page.goto('/#/sandbox');
  await page.getByRole('checkbox', { name: 'Presenter mode' }).check();
  await page.getByRole('checkbox', { name: 'Predict and reveal' }).check();
  const room = page.getByRole('region', { name: 'Predict, then reveal' });
  await expect(room).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 500 } });

  // the clicker opens the first scene: the sandbox pauses before the placement, the options are the instances
  await page.keyboard.press('PageDown');
  await expect(room.getByText('Scene 1 of 4 · placement')).toBeVisible();
  const options = room.locator('ol.options > li');
  await expect(options).toHaveCount(6);
  // the room votes: three hands for option 1, one for option 2, then one taken back
  for (const key of ['Digit1', 'Digit1', 'Digit1', 'Digit2', 'Digit2']) await page.keyboard.press(key);
  await page.keyboard.press('Shift+Digit2');
  await expect(options.nth(0).locator('output')).toHaveText('3');
  await expect(options.nth(1).locator('output')).toHaveText('1');

  // the reveal: the step is played, what happened is marked with the tally and why, and the placement replays
  await page.keyboard.press('PageDown');
  await expect(room.locator('li.right')).toHaveCount(1);
  await expect(room.locator('li.right')).toContainText('✓ what happened');
  await expect(room.locator('.why')).toContainText('binpack on memory');
  await expect(options.nth(0)).toContainText('75 %');
  const replay = page.getByRole('region', { name: 'Placement replay' });
  await expect(replay).toBeVisible();
  await expect(
    new AxeBuilder({ page })
      .include('.classroom')
      .analyze()
      .then((r) => r.violations),
  ).resolves.toEqual([]);

  // the clicker steps the replay to its end and past it, then opens the next scene
  for (let i = 0; i < 30 && (await replay.count()) > 0; i++) await page.keyboard.press('PageDown');
  await expect(replay).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(room.getByText('Scene 2 of 4 · placement')).toBeVisible();
  await expect(options).toHaveCount(3);
  await expect(options.locator('output')).toHaveText(['0', '0', '0']);

  // back: the scene before, paused again before its step
  await page.keyboard.press('PageUp');
  await expect(room.getByText('Scene 1 of 4 · placement')).toBeVisible();
  await expect(room.locator('li.right')).toHaveCount(0);
});

test('every run of a scene is the same: rehearsal and class see the same answer', async ({ page }) => {
  const answer = async () => {
    await page.goto('/#/sandbox');
    await page.getByRole('checkbox', { name: 'Presenter mode' }).check();
    await page.getByRole('checkbox', { name: 'Predict and reveal' }).check();
    const room = page.getByRole('region', { name: 'Predict, then reveal' });
    await room.getByRole('button', { name: /^3\. / }).click();
    await expect(room.getByText('Scene 3 of 4 · deployment')).toBeVisible();
    await room.getByRole('button', { name: 'Reveal →' }).click();
    await expect(room.locator('li.right')).toHaveCount(1);
    return room.locator('li.right .text').textContent();
  };
  const rehearsal = await answer();
  await page.evaluate(() => localStorage.clear());
  expect(await answer()).toBe(rehearsal);
});
