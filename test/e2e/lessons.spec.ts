import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { REVIEW_KEY } from '../../src/app/exam/reviewRecord';

/** A lesson end to end in the built app, driven by the keyboard; progress across reloads; corrupt progress. */

const press = async (target: Locator, key = 'Enter') => {
  await target.focus();
  await target.press(key);
};

async function openLessons(page: Page) {
  await press(page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: 'Lessons' }));
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Runs a console line and returns what the console printed for it. */
async function consoleLine(page: Page, line: string) {
  const input = page.getByRole('textbox', { name: 'Command' });
  await input.fill(line);
  await input.press('Enter');
  return page.getByRole('log', { name: 'Console output' });
}

const checkButtons = (page: Page) => page.getByRole('button', { name: 'Check answer' });

/** Opens lesson 1 and commits a prediction, which unlocks its sandbox. */
async function startLessonOne(page: Page) {
  await page.goto('/');
  await openLessons(page);
  await press(page.getByRole('button', { name: /^Cluster, task definition, task, service \d+ min/ }));
  // the pointer in the text jumps to the prediction without leaving the lesson
  await press(page.getByRole('button', { name: 'make your prediction' }));
  await expect(page.getByRole('radio').first()).toBeFocused();
  await expect(
    page.getByRole('heading', { name: 'Cluster, task definition, task, service', level: 2 }),
  ).toBeVisible();
  await press(page.getByRole('radio', { name: /stays STOPPED/ }), 'Space');
  await press(page.getByRole('button', { name: 'Commit my prediction' }));
  await expect(page.getByText('Commit a prediction to unlock the sandbox.')).toBeHidden();
}

/** Lets virtual time run at ×60 until the locator shows up. */
async function playUntil(page: Page, done: Locator) {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('60');
  await press(page.getByRole('button', { name: 'Play' }));
  await expect(done).toBeVisible({ timeout: 20_000 });
  await press(page.getByRole('button', { name: 'Pause' }));
}

test('lesson 1 end to end with the keyboard: predict, hints, solution that does not count, goals, quiz, reload', async ({
  page,
}) => {
  // a whole lesson, a played solution and a reload
  test.slow();
  await page.goto('/');
  await openLessons(page);
  expect(await seriousViolations(page)).toEqual([]);
  await press(page.getByRole('button', { name: /^Cluster, task definition, task, service \d+ min/ }));
  await expect(
    page.getByRole('heading', { name: 'Cluster, task definition, task, service', level: 2 }),
  ).toBeVisible();

  // the sandbox stays locked until a prediction is committed
  await expect(page.getByText('Commit a prediction to unlock the sandbox.')).toBeVisible();
  await press(page.getByRole('radio', { name: /stays STOPPED/ }), 'Space');
  await press(page.getByRole('button', { name: 'Commit my prediction' }));
  await expect(page.getByText('Commit a prediction to unlock the sandbox.')).toBeHidden();

  // the quiz waits for the goals: its explanations would answer the prediction
  await expect(page.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
  await expect(page.getByText(/The questions open once you have met the goals/)).toBeVisible();
  await expect(checkButtons(page)).toHaveCount(0);

  // hints escalate; the worked step waits for an attempt
  const goal = page.getByRole('listitem').filter({ hasText: 'Stop a running web task yourself' });
  await press(goal.getByRole('button', { name: 'Hint' }));
  await expect(goal.getByText(/^Nudge:/)).toBeVisible();
  await press(goal.getByRole('button', { name: 'More help' }));
  await expect(goal.getByText(/^Pointer:/)).toBeVisible();
  await expect(goal.getByRole('button', { name: 'Show the worked step' })).toBeDisabled();

  // watching the solution plays it step by step, names each step, meets the goals on screen but never counts
  await press(page.getByRole('button', { name: 'Watch the solution' }));
  const solution = page.getByRole('region', { name: 'Solution' });
  await expect(solution.getByRole('status')).toContainText(/Step 1 of \d+: \S/);
  await expect(solution.getByRole('button', { name: 'Stop' })).toBeVisible();
  await expect(solution.getByRole('status')).toContainText(/Step (\d+) of \1: /, { timeout: 20_000 });
  await expect(solution.getByRole('status')).toContainText('Goals met now do not count.');
  await expect(checkButtons(page)).toHaveCount(0);
  const undoSolution = page.getByRole('button', { name: /Undo the solution/ });
  await press(undoSolution);
  await press(page.getByRole('button', { name: '← All lessons' }));
  await expect(
    page.getByRole('button', { name: /^Cluster, task definition, task, service \d+ min/ }),
  ).not.toContainText('✓ done');
  await press(page.getByRole('button', { name: /Continue where I left off/ }));

  // now for real, through the console
  await press(page.getByRole('tab', { name: 'Console' }));
  const log = await consoleLine(page, 'aws ecs list-tasks --cluster demo');
  await expect(log).toContainText('taskArns');
  const taskArn = /arn:aws:ecs:us-east-1:123456789012:task\/demo\/[0-9a-f]{32}/.exec(
    (await log.textContent()) ?? '',
  )![0];
  await consoleLine(page, `aws ecs stop-task --cluster demo --task ${taskArn}`);
  await expect(log).toContainText('"desiredStatus": "STOPPED"');
  // the attempt unlocks the worked step
  await expect(goal.getByRole('button', { name: 'Show the worked step' })).toBeEnabled();
  await consoleLine(page, 'aws ecs run-task --cluster demo --task-definition web:1 --count 2');
  // the service: created, steady for a minute, then one of its tasks stopped and replaced with no help
  await consoleLine(
    page,
    'aws ecs create-service --cluster demo --service-name web-svc --task-definition web:1 --desired-count 3',
  );
  const steady = page.getByRole('listitem').filter({ hasText: 'Create the REPLICA service web-svc' });
  await playUntil(page, steady.getByText('Met:'));
  await consoleLine(page, 'aws ecs list-tasks --cluster demo --service-name web-svc --query "taskArns[0]"');
  const arns = (await log.textContent())!.match(
    /arn:aws:ecs:us-east-1:123456789012:task\/demo\/[0-9a-f]{32}/g,
  )!;
  await consoleLine(page, `aws ecs stop-task --cluster demo --task ${arns.at(-1)}`);
  await playUntil(page, page.getByRole('heading', { name: 'Why it works' }));
  await expect(page.getByText('The simulator agrees.')).toBeVisible();

  // a quiz answer, by keyboard, now that the goals are met
  await expect(checkButtons(page).first()).toBeVisible();
  const firstItem = page
    .getByRole('group')
    .filter({ has: page.getByRole('button', { name: 'Check answer' }) })
    .first();
  await press(firstItem.getByRole('radio').first().or(firstItem.getByRole('checkbox').first()), 'Space');
  const check = firstItem.getByRole('button', { name: 'Check answer' });
  if (await check.isEnabled()) await press(check);
  else await press(firstItem.getByRole('button', { name: /Move/ }).first());
  expect(await seriousViolations(page)).toEqual([]);
  // the answer also joined the spaced-review schedule exam prep keeps
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', REVIEW_KEY))
    .toContain('"01-four-nouns/');

  // progress survives a reload
  await page.reload();
  await openLessons(page);
  await expect(
    page.getByRole('button', { name: /^Cluster, task definition, task, service \d+ min/ }),
  ).toContainText('✓ done');
});

test('corrupt saved progress is reported clearly and kept aside, not a crash', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('ecs-sandbox:progress', '{"version":1,"lessons":{"x":'));
  await page.reload();
  await openLessons(page);
  await expect(page.getByRole('alert')).toContainText('Your saved progress could not be read');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('ecs-sandbox:progress:corrupt:')),
  );
  expect(kept).toHaveLength(1);
  await expect(
    page.getByRole('button', { name: /^Cluster, task definition, task, service \d+ min/ }),
  ).toBeVisible();
});

test('every lesson opens without errors and passes axe', async ({ page }) => {
  // axe on every lesson screen, one after another: more than one default timeout on a busy machine
  test.slow();
  await page.goto('/');
  await openLessons(page);
  const lessons = page.getByRole('button', { name: /\d+ min · / });
  const count = await lessons.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) {
    const title = ((await lessons.nth(i).locator('.title').textContent()) ?? '').trim();
    await press(lessons.nth(i));
    await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cluster' })).toBeVisible();
    expect(await seriousViolations(page), title).toEqual([]);
    await press(page.getByRole('button', { name: '← All lessons' }));
  }
});

test('lesson 1 offers the placement explainer its text and first hint lead to', async ({ page }) => {
  await startLessonOne(page);
  await expect(page.getByRole('tab', { name: 'Why there?' })).toBeVisible();
  // "pick the web task on the cluster map": selecting it explains its placement beside the map
  await press(
    page
      .getByRole('group', { name: /^Tasks:/ })
      .getByRole('button')
      .first(),
  );
  await expect(
    page.getByRole('region', { name: 'Placement explainer' }).getByText(/it went to i-/),
  ).toBeVisible();
});

test('with reduced motion, the solution shows every step at once, and can be undone', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await startLessonOne(page);
  await press(page.getByRole('button', { name: 'Watch the solution' }));
  const solution = page.getByRole('region', { name: 'Solution' });
  const status = solution.getByRole('status');
  await expect(status).toContainText(/Step (\d+) of \1: /);
  const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')![1]);
  await expect(solution.getByRole('list', { name: 'Solution steps' }).getByRole('listitem')).toHaveCount(
    total,
  );
  await press(solution.getByRole('button', { name: /Undo the solution/ }));
  await expect(page.getByRole('button', { name: 'Watch the solution' })).toBeVisible();
});

test('Instant » settles the cluster, and a goal that must hold is met without more waiting', async ({
  page,
}) => {
  await startLessonOne(page);
  await page.getByRole('spinbutton', { name: 'Count' }).fill('2');
  await press(page.getByRole('button', { name: 'Run task', exact: true }));
  const goal = page.getByRole('listitem').filter({ hasText: 'Have two standalone web tasks RUNNING' });
  await expect(goal).toContainText('Not met yet:');
  await press(page.getByRole('button', { name: /Instant/ }));
  await expect(goal).toContainText('Met:');
  await expect(goal).not.toContainText('Holding');
});

test.describe('before the service worker has the lesson cached', () => {
  // Playwright routes do not see what a service worker answers
  test.use({ serviceWorkers: 'block' });

  test('a lesson whose code cannot be fetched says so, keeps the list, and opens after a reload', async ({
    page,
    pageErrors,
  }) => {
    const lessonCode = /\/assets\/13-placement-strategies-[\w-]+\.js$/;
    await page.route(lessonCode, (route) => route.abort());
    await page.goto('/#/lessons/13-placement-strategies');
    // the text arrives on its own, before the code: the learner can start reading
    await expect(page.getByRole('heading', { name: 'Placement strategies', level: 2 })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(
      /That lesson could not be opened: 13-placement-strategies could not be loaded .* your progress is kept\./,
    );
    await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
    // the browser logs each refused fetch: those are this test's doing
    expect(pageErrors.every((e) => /Failed to load resource/.test(e))).toBe(true);
    pageErrors.length = 0;

    // the browser keeps a failed module failed until the page reloads, as the message says
    await page.unroute(lessonCode);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Cluster' })).toBeVisible();
  });
});
