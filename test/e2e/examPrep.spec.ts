import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Exam prep end to end, in the built app: a 10-question mock exam taken with the keyboard, its breakdown, one
 * explanation's "Run it" followed into the sandbox (and rebuilt after a reload), and the next simulated day's
 * review showing the items the exam missed.
 */

const DAY_MS = 86_400_000;
/** where the screenshots to look at go (the lead's review folder) */
const SHOTS = process.env.EXAMPREP_SHOTS ?? '/tmp/i13';

const timedPanel = (page: Page) => page.getByRole('tabpanel', { name: 'Timed exam' });

/** Presses a button from the keyboard: focus, then Enter (no pointer anywhere). */
async function press(button: Locator) {
  await button.focus();
  await button.press('Enter');
}

/** Answers the question on screen from the keyboard: its first option (a checkbox or radio), or its order. */
async function answerWithKeys(panel: Locator) {
  const inputs = panel.locator('fieldset.item input');
  if (await inputs.count()) {
    await inputs.first().focus();
    await inputs.first().press('Space');
  } else {
    await press(panel.getByRole('button', { name: 'Answer with this order' }));
  }
}

/** The prompts of the result's items marked wrong. */
async function missedPrompts(panel: Locator): Promise<string[]> {
  const wrong = panel.page().getByRole('status').filter({ hasText: 'Not quite.' });
  const legends = await panel
    .locator('fieldset.item')
    .filter({ has: wrong })
    .locator('legend')
    .allInnerTexts();
  return legends.map((l) => l.replace(/^\d+\.\s*/, '').trim());
}

/** Falls back to the practice bank when the exam drew no item with a configuration to run. */
async function runItFromPracticeBank(page: Page): Promise<Locator> {
  await press(page.getByRole('tab', { name: 'Practice bank' }));
  const panel = page.getByRole('tabpanel', { name: 'Practice bank' });
  await panel.getByRole('combobox', { name: 'Lesson' }).selectOption('17-rolling-deployments');
  for (let i = 0; i < 12; i++) {
    const inputs = panel.locator('fieldset.item input');
    if (await inputs.count()) {
      await inputs.first().focus();
      await inputs.first().press('Space');
    }
    await press(panel.getByRole('button', { name: 'Check answer' }));
    const run = panel.getByRole('button', { name: /^Run it in the sandbox/ });
    if (await run.count()) return run.first();
    await press(panel.getByRole('button', { name: 'Next item' }));
  }
  throw new Error('no item of lesson 17 offers "Run it"');
}

test('a keyboard mock exam, its breakdown, a run in the sandbox, and the misses due the next day', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/#/exam');
  // the whole bank loads with exam prep: allow for a slow machine
  await expect(page.getByRole('tab', { name: 'Practice bank' })).toHaveAttribute('aria-selected', 'true', {
    timeout: 60_000,
  });

  // the Timed exam tab by arrow key, ten items (the default), started with Enter
  await page.getByRole('tab', { name: 'Practice bank' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Timed exam' })).toHaveAttribute('aria-selected', 'true');
  const panel = timedPanel(page);
  await expect(panel.getByRole('spinbutton', { name: /Number of items/ })).toHaveValue('10');
  await press(panel.getByRole('button', { name: 'Start exam' }));

  for (let i = 1; i <= 10; i++) {
    await expect(panel.getByRole('heading', { name: `Question ${i} of 10` })).toBeVisible();
    await answerWithKeys(panel);
    await expect(panel.getByText(/Answer recorded/)).toBeVisible();
    if (i < 10) await press(panel.getByRole('button', { name: 'Next question' }));
  }
  await expect(panel.getByText('10 of 10 answered')).toBeVisible();
  await press(panel.getByRole('button', { name: 'Finish exam' }));
  const dialog = page.getByRole('alertdialog', { name: 'Finish the exam?' });
  await expect(dialog).toContainText('Every question has an answer.');
  await press(dialog.getByRole('button', { name: 'Finish and see my result' }));

  // the breakdown: by exam and by concept, and every explanation linking to its lesson
  await expect(panel.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(panel.getByText(/^\d+ of 10 correct \(\d+%\)$/)).toBeVisible();
  await expect(panel.getByRole('table', { name: 'By exam' })).toBeVisible();
  await expect(panel.getByRole('table', { name: /By concept/ })).toBeVisible();
  const lessonLinks = panel.locator('a[href^="#/lessons/"]');
  await expect(lessonLinks).toHaveCount(10);
  const missed = await missedPrompts(panel);
  expect(missed.length).toBeGreaterThan(0);

  // "Run it": from the exam's explanations when the draw has such an item, else from the practice bank
  let run = panel.getByRole('button', { name: /^Run it in the sandbox/ }).first();
  const fromExam = (await run.count()) > 0;
  if (!fromExam) run = await runItFromPracticeBank(page);
  const optionText = ((await run.innerText()).split(':').slice(1).join(':') || '').trim();
  // the same option's button, wherever it is shown
  const escaped = optionText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  run = page.getByRole('button', { name: new RegExp(`^Run it in the sandbox\\s*: ${escaped}$`) });
  await press(run);

  await expect(page).toHaveURL(/#\/sandbox$/);
  const banner = page.getByRole('region', { name: 'What the sandbox is running' });
  await expect(banner).toContainText(`Running: ${optionText}`);
  await expect(banner).toContainText(' — look at ');
  // the outcome: the run's scenario is in the sandbox, with its description and time past the setup
  await expect(page.getByRole('group', { name: 'Scenario' })).toContainText(
    'played on the lesson’s scenario',
  );
  await banner.screenshot({ path: `${SHOTS}/examprep-runit-banner.png` });
  await page.screenshot({ path: `${SHOTS}/examprep-runit-sandbox.png` });

  // back to where the run came from: the exam's result is still there, the run's button has the focus
  await press(banner.getByRole('button', { name: 'Back to exam prep' }));
  await expect(banner).toBeHidden();
  if (fromExam) {
    await expect(page).toHaveURL(/#\/exam\/timed$/);
    await expect(timedPanel(page).getByRole('heading', { name: 'Your result' })).toBeVisible();
    await expect(run).toBeFocused();
  }

  // run it again and reload: the sandbox is rebuilt through the run's id (runit:<lesson>/<item>/<option>)
  await press(run);
  await expect(banner).toContainText(`Running: ${optionText}`);
  await page.reload();
  await expect(banner).toContainText(`Running: ${optionText}`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await press(banner.getByRole('button', { name: 'Back to exam prep' }));
  await expect(page).toHaveURL(/#\/exam/);

  // the review today: nothing the exam touched is due yet; the mastery views are there
  await press(page.getByRole('tab', { name: 'Review' }));
  const review = page.getByRole('tabpanel', { name: 'Review' });
  await expect(review.getByText(/^0 items due today/)).toBeVisible();
  await expect(review.getByRole('table', { name: /Mastery by exam domain/ })).toBeVisible();
  await expect(review.getByRole('table', { name: /Mastery by concept/ })).toBeVisible();
  await review.getByRole('table', { name: /Mastery by exam domain/ }).screenshot({
    path: `${SHOTS}/examprep-mastery.png`,
  });

  // the next simulated day: the browser's clock moves a day on, the review shows the misses first among its items
  await page.clock.install({ time: Date.now() + DAY_MS });
  await press(page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Sandbox' }));
  await press(page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Exam prep' }));
  await press(page.getByRole('tab', { name: 'Review' }));
  await expect(review.getByText(/^[1-9]\d* items? due today/)).toBeVisible();
  const missedList = review.getByRole('region', { name: /you missed last time/ });
  await expect(missedList).toBeVisible();
  for (const prompt of missed) await expect(missedList).toContainText(prompt.slice(0, 60));

  // one review answer, from the keyboard: the schedule says when it comes back
  await press(review.getByRole('button', { name: /^Start review/ }));
  await answerWithKeys(review);
  await press(review.getByRole('button', { name: 'Check answer' }));
  await expect(review.getByText(/Next review in \d+ days?\.|comes back later in this review/)).toBeVisible();
});
