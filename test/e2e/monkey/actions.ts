import { expect, type Locator, type Page } from '@playwright/test';
import { CONSOLE_LINES, MEMBER_OF_INVALID, MEMBER_OF_VALID, STRATEGY_FIELDS } from './inputs';
import type { Chooser } from './random';
import {
  clickable,
  explainer,
  hintButtons,
  mapTasks,
  modeItem,
  openDialog,
  welcomeCard,
  timeControls,
  whyThereLinks,
  type Screen,
} from './screen';

/** What an action tells the step log as it goes, so a failure mid-action still shows what was done. */
export type Note = (what: string) => void;

/** One thing a learner can do; `run` does it, noting its choices for the step log. */
export interface Action {
  readonly name: string;
  /** how often it is picked, relative to the others possible at the time */
  readonly weight: number;
  possible(screen: Screen): boolean;
  run(page: Page, rng: Chooser, note: Note): Promise<unknown>;
}

/** Clicks one of the usable elements of `locator`, chosen at random, and notes its name. */
async function clickOne(locator: Locator, rng: Chooser, note: Note): Promise<void> {
  const options = await clickable(locator);
  if (options.length === 0) return note('nothing to click');
  const choice = rng.pick(options);
  note(choice.name);
  await locator.nth(choice.index).click();
}

async function optionLabels(select: Locator): Promise<string[]> {
  return (await select.getByRole('option').allTextContents()).map((t) => t.trim());
}

/** Picks a random option of a select by its label; returns the label. */
async function selectAny(select: Locator, rng: Chooser): Promise<string> {
  const label = rng.pick(await optionLabels(select));
  await select.selectOption({ label });
  return label;
}

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
}

/** Moves focus out of any text field, so the app's keyboard shortcuts apply. */
async function focusPage(page: Page) {
  await page.getByRole('heading', { level: 1 }).click();
}

const MODES: ReadonlyArray<{ name: string; shows: (page: Page) => Locator }> = [
  {
    name: 'Lessons',
    shows: (page) =>
      page
        .getByRole('heading', { name: 'Lessons', level: 2 })
        .or(page.getByRole('button', { name: '← All lessons' })),
  },
  { name: 'Sandbox', shows: (page) => timeControls(page) },
  { name: 'Exam prep', shows: (page) => page.getByRole('tablist', { name: 'Exam prep' }) },
];

/** Switches mode and proves the shell answered: the mode is current and its screen is shown. */
export async function switchMode(page: Page, name: string): Promise<void> {
  const mode = MODES.find((m) => m.name === name)!;
  const item = modeItem(page, name);
  await item.click();
  await expect(item, `the ${name} mode switch is marked current`).toHaveAttribute('aria-current', 'page');
  await expect(mode.shows(page).first(), `the ${name} screen shows`).toBeVisible({ timeout: 15_000 });
}

export const MODE_NAMES = MODES.map((m) => m.name);
const MODE_ODDS = [
  { name: 'Sandbox', weight: 5 },
  { name: 'Lessons', weight: 3 },
  { name: 'Exam prep', weight: 2 },
];

/**
 * Answers a dialog the app may open before throwing work away: mostly goes ahead, sometimes cancels (a native
 * confirm() is accepted by the spec).
 */
async function answerIfAsked(page: Page, rng: Chooser, note: Note): Promise<void> {
  const dialog = openDialog(page);
  if (!(await dialog.isVisible())) return;
  if (rng.chance(0.25)) {
    note('(asked; cancelled with Esc)');
    await page.keyboard.press('Escape');
    await expect(dialog, 'Esc closes the dialog').toBeHidden();
    return;
  }
  const yes = dialog.getByRole('button', {
    name: /switch|load|discard|continue|yes|ok|replace|start over|reset/i,
  });
  note(`(asked; ${await yes.first().textContent()})`);
  await yes.first().click();
}

async function fillRunTask(page: Page, rng: Chooser, note: Note): Promise<void> {
  const form = page.getByRole('form', { name: 'Run task' });
  const td = form.getByRole('combobox', { name: 'Task definition' });
  if ((await optionLabels(td)).length > 1) note(`td=${await selectAny(td, rng)}`);
  const cluster = form.getByRole('combobox', { name: 'Cluster' });
  if ((await optionLabels(cluster)).length > 1) note(`cluster=${await selectAny(cluster, rng)}`);
  // mostly 1–10, sometimes what the field's min/max forbid
  const count = rng.chance(0.9) ? String(rng.int(1, 10)) : rng.pick(['0', '11', '', '-3', '2.5']);
  await form.getByRole('spinbutton', { name: 'Count' }).fill(count);
  note(`count=${JSON.stringify(count)}`);
  const launchType = rng.chance(0.8) ? 'EC2' : 'FARGATE';
  await form.getByRole('combobox', { name: 'Launch type' }).selectOption(launchType);
  note(launchType);
  if (launchType === 'EC2') {
    const remove = form.getByRole('button', { name: /^Remove strategy/ });
    while ((await remove.count()) > 0) await remove.first().click();
    const wanted = rng.int(0, 3);
    const add = form.getByRole('button', { name: '+ Add strategy' });
    for (let i = 1; i <= wanted && (await add.isEnabled()); i++) {
      await add.click();
      const type = rng.pick(['binpack', 'spread', 'random'] as const);
      await form.getByRole('combobox', { name: `Strategy ${i} type` }).selectOption(type);
      const fields = STRATEGY_FIELDS[type];
      if (fields.length) {
        // mostly a field ECS accepts (the lists end with the ones it rejects)
        const field = rng.chance(0.85) ? fields[rng.int(0, 1)]! : rng.pick(fields);
        await form.getByRole('combobox', { name: `Strategy ${i} field` }).fill(field);
        note(`${type}(${field})`);
      } else note(type);
      if (i > 1 && rng.chance(0.2)) {
        await form.getByRole('button', { name: `Move strategy ${i} up` }).click();
        note('moved up');
      }
    }
    const distinct = rng.chance(0.3);
    await form.getByRole('checkbox', { name: /distinctInstance/ }).setChecked(distinct);
    if (distinct) note('distinctInstance');
    // mostly an expression that parses, so that tasks get placed and the map and explainer fill up
    const memberOf = rng.pick(rng.chance(0.75) ? MEMBER_OF_VALID : MEMBER_OF_INVALID);
    await form.getByRole('textbox', { name: 'memberOf expression' }).fill(memberOf);
    if (memberOf) note(`memberOf=${JSON.stringify(memberOf.slice(0, 50))}`);
    const awsvpc = rng.chance(0.15);
    await form.getByRole('checkbox', { name: /awsvpc/ }).setChecked(awsvpc);
    if (awsvpc) note('awsvpc');
  }
  const run = form.getByRole('button', { name: 'Run task', exact: true });
  if (!(await run.isEnabled())) return note('→ Run task disabled');
  await run.click();
  // a count outside 1–10 (or a cluster the select no longer offers) is refused by the browser's own form
  // validation, before any request
  const refused = await form.evaluate((f) =>
    [...(f as HTMLFormElement).elements]
      .filter((e) => !(e as HTMLInputElement).validity.valid)
      .map(
        (e) =>
          `${e.closest('label')?.textContent?.trim().split('\n')[0]}: ${(e as HTMLInputElement).validationMessage}`,
      )
      .join('; '),
  );
  if (refused) return note(`→ the browser refused: ${refused}`);
  const outcome = form.getByRole('alert').or(form.getByText(/tasks? placed/));
  await expect(outcome.first(), 'Run task answers with an outcome').toBeVisible();
  note(`→ ${(await outcome.first().textContent())?.trim().slice(0, 120)}`);
}

/** Types a console line and waits for the console to echo it; notes the tail of the output. */
async function consoleLine(page: Page, line: string, note: Note): Promise<string> {
  await openTab(page, 'Console');
  const input = page.getByRole('textbox', { name: 'Command' });
  note(JSON.stringify(line.slice(0, 120)));
  await input.fill(line);
  await input.press('Enter');
  const log = page.getByRole('log', { name: 'Console output' });
  if (line.trim() && line.trim() !== 'clear') await expect(log).toContainText(line.trim().slice(0, 200));
  const text = (await log.textContent()) ?? '';
  note(`→ …${text.slice(-100).replace(/\s+/g, ' ')}`);
  return text;
}

const LESSON_SEARCHES = ['binpack', 'Fargate', 'revision', 'zzz-no-match', ''];

const click =
  (name: string, locate: (page: Page) => Locator) =>
  async (page: Page, _rng: Chooser, note: Note): Promise<void> => {
    note(name);
    await locate(page).click();
  };

/** Undo or redo: half the time with its time-control button, half with its keyboard shortcut. */
const buttonOrKeys =
  (button: RegExp, keys: string) =>
  async (page: Page, rng: Chooser, note: Note): Promise<void> => {
    if (rng.chance(0.5))
      return click('button', (p) => timeControls(p).getByRole('button', { name: button }))(page, rng, note);
    note(keys);
    await focusPage(page);
    await page.keyboard.press(keys);
  };

/** While a dialog is open, only the dialog can be answered (it is modal to a person, too). */
const DIALOG_ACTIONS: ReadonlyArray<Action> = [
  {
    name: 'answer the dialog',
    weight: 3,
    possible: (s) => s.dialog,
    run: (page, rng, note) => clickOne(openDialog(page).getByRole('button'), rng, note),
  },
  {
    name: 'Esc',
    weight: 1,
    possible: (s) => s.dialog,
    async run(page, _rng, note) {
      note('Escape');
      await page.keyboard.press('Escape');
    },
  },
];

const SCREEN_ACTIONS: ReadonlyArray<Action> = [
  {
    name: 'first-visit card',
    weight: 1,
    possible: (s) => s.welcome,
    run: (page, rng, note) => clickOne(welcomeCard(page).getByRole('button'), rng, note),
  },
  {
    name: 'switch mode',
    weight: 2,
    possible: () => true,
    async run(page, rng, note) {
      // most of a first hour is spent in the sandbox
      const { name } = rng.weighted(MODE_ODDS);
      note(name);
      await switchMode(page, name);
    },
  },
  {
    name: 'switch scenario',
    weight: 2,
    possible: (s) => s.scenarioBar,
    async run(page, rng, note) {
      note(await selectAny(page.getByRole('combobox', { name: 'Scenario' }), rng));
      await answerIfAsked(page, rng, note);
    },
  },
  {
    name: 'reset scenario',
    weight: 0.5,
    possible: (s) => s.scenarioBar,
    async run(page, rng, note) {
      await click('Reset', (p) =>
        p.getByRole('group', { name: 'Scenario' }).getByRole('button', { name: 'Reset' }),
      )(page, rng, note);
      await answerIfAsked(page, rng, note);
    },
  },
  {
    name: 'run task from the form',
    weight: 8,
    possible: (s) => s.runForm,
    run: fillRunTask,
  },
  {
    name: 'open the Run task tab',
    weight: 2,
    possible: (s) => !s.locked && !s.runForm && s.tabs.includes('Run task'),
    run: (page) => openTab(page, 'Run task'),
  },
  {
    name: 'switch tab',
    weight: 3,
    possible: (s) => !s.locked && s.tabs.length > 0,
    run: (page, rng, note) => clickOne(page.getByRole('tab'), rng, note),
  },
  {
    name: 'select a task on the map',
    weight: 4,
    possible: (s) => !s.locked && s.mapTasks > 0,
    async run(page, rng, note) {
      const task = rng.pick(await clickable(mapTasks(page)));
      const mark = mapTasks(page).nth(task.index);
      const how = rng.pick(['click', 'Enter', 'Space'] as const);
      note(`${how} ${task.name}`);
      if (how === 'click') await mark.click();
      else {
        await mark.focus();
        await mark.press(how === 'Enter' ? 'Enter' : ' ');
      }
    },
  },
  {
    name: 'Why there? link',
    weight: 3,
    possible: (s) => !s.locked && s.whyThere > 0,
    run: (page, rng, note) => clickOne(whyThereLinks(page), rng, note),
  },
  {
    name: 'click in the explainer',
    weight: 3,
    possible: (s) => s.explainer,
    run: (page, rng, note) => clickOne(explainer(page).getByRole('button'), rng, note),
  },
  {
    name: 'undo',
    weight: 3,
    possible: (s) => s.undo,
    run: buttonOrKeys(/Undo/, 'Control+z'),
  },
  {
    name: 'redo',
    weight: 2,
    possible: (s) => s.redo,
    run: buttonOrKeys(/Redo/, 'Control+Shift+z'),
  },
  {
    name: 'scrub time',
    weight: 2,
    possible: (s) => s.time,
    async run(page, rng, note) {
      const slider = timeControls(page).getByRole('slider');
      const min = Number(await slider.getAttribute('min'));
      const max = Math.floor(Number(await slider.getAttribute('max')));
      const to = rng.int(min, max);
      note(`${to} of ${min}…${max}`);
      await slider.fill(String(to));
    },
  },
  {
    name: 'play briefly',
    weight: 1,
    possible: (s) => s.time,
    async run(page, rng, note) {
      const time = timeControls(page);
      note(`speed ${await selectAny(time.getByRole('combobox', { name: 'Speed' }), rng)}`);
      await time.getByRole('button', { name: 'Play' }).click();
      // the one wall-clock-dependent action: kept short so a replay lands within a few virtual seconds
      await page.waitForTimeout(150);
      await time.getByRole('button', { name: 'Pause' }).click();
    },
  },
  {
    name: 'next event',
    weight: 2,
    possible: (s) => s.time,
    run: click('Next event', (p) => timeControls(p).getByRole('button', { name: /Next event/ })),
  },
  {
    name: 'instant',
    weight: 2,
    possible: (s) => s.time,
    run: click('Instant', (p) => timeControls(p).getByRole('button', { name: /Instant/ })),
  },
  {
    name: 'console command',
    weight: 5,
    possible: (s) => !s.locked && s.tabs.includes('Console'),
    run: (page, rng, note) => consoleLine(page, rng.pick(CONSOLE_LINES), note),
  },
  {
    name: 'console: describe then stop a listed task',
    weight: 1,
    possible: (s) => !s.locked && s.tabs.includes('Console'),
    async run(page, rng, note) {
      const log = await consoleLine(page, 'aws ecs list-tasks --cluster demo', note);
      const arns = log.slice(log.lastIndexOf('list-tasks')).match(/arn:aws:ecs:[^"\s]+:task\/[^"\s]+/g);
      if (!arns) return note('no task listed');
      const arn = rng.pick(arns);
      await consoleLine(page, `aws ecs describe-tasks --cluster demo --tasks ${arn}`, note);
      await consoleLine(page, `aws ecs stop-task --cluster demo --task ${arn}`, note);
    },
  },
  {
    name: 'console: tab completion',
    weight: 1,
    possible: (s) => !s.locked && s.tabs.includes('Console'),
    async run(page, rng, note) {
      await openTab(page, 'Console');
      const input = page.getByRole('textbox', { name: 'Command' });
      const partial = rng.pick(['aws e', 'aws ecs ru', 'aws ecs run-task --cl', 'aws ec2 ', 'zz']);
      note(partial);
      await input.fill(partial);
      await input.press('Tab');
      note(`→ ${await input.inputValue()}`);
    },
  },
  {
    name: 'instance action',
    weight: 1.5,
    possible: (s) => !s.locked && s.tabs.includes('Instances'),
    async run(page, rng, note) {
      await openTab(page, 'Instances');
      const region = page.getByRole('region', { name: 'Container instances' });
      await expect(region).toBeVisible();
      await clickOne(region.getByRole('button'), rng, note);
    },
  },
  {
    name: 'register from the editor',
    weight: 0.5,
    possible: (s) => !s.locked && s.tabs.includes('Task definition'),
    async run(page, _rng, note) {
      await openTab(page, 'Task definition');
      const register = page.getByRole('button', { name: 'Register', exact: true });
      await expect(register).toBeEnabled({ timeout: 20_000 });
      await register.click();
      const status = page
        .getByRole('tabpanel')
        .filter({ has: register })
        .getByRole('status')
        .filter({ hasText: /\S/ })
        .first();
      await expect(status).toBeVisible();
      note(`→ ${(await status.textContent())?.trim().slice(0, 100)}`);
    },
  },
  {
    name: 'group the map',
    weight: 0.5,
    possible: (s) => s.time && !s.locked,
    run: async (page, rng, note) =>
      note(await selectAny(page.getByRole('combobox', { name: 'Group by' }), rng)),
  },
  {
    name: 'open a lesson',
    weight: 3,
    possible: (s) => s.lessonIndex,
    run: (page, rng, note) => clickOne(page.getByRole('button', { name: /\d+ min/ }), rng, note),
  },
  {
    name: 'search lessons',
    weight: 0.5,
    possible: (s) => s.lessonIndex,
    async run(page, rng, note) {
      const query = rng.pick(LESSON_SEARCHES);
      note(JSON.stringify(query));
      await page.getByRole('searchbox', { name: /Search/ }).fill(query);
    },
  },
  {
    name: 'commit a prediction',
    weight: 4,
    possible: (s) => s.prediction,
    async run(page, rng, note) {
      await clickOne(page.getByRole('region', { name: 'Predict first' }).getByRole('radio'), rng, note);
      await page.getByRole('button', { name: 'Commit my prediction' }).click();
    },
  },
  {
    name: 'open a hint',
    weight: 2,
    possible: (s) => s.hints > 0,
    run: (page, rng, note) => clickOne(hintButtons(page), rng, note),
  },
  {
    name: 'click in the lesson text',
    weight: 1.5,
    possible: (s) => s.lessonOpen,
    run: (page, rng, note) =>
      clickOne(
        page.getByRole('article').getByRole('button').filter({ hasNotText: '← All lessons' }),
        rng,
        note,
      ),
  },
  {
    name: 'show every sandbox panel',
    weight: 0.5,
    possible: (s) => s.lessonOpen && !s.locked,
    async run(page, _rng, note) {
      const box = page.getByRole('checkbox', { name: 'Show every sandbox panel' });
      const on = !(await box.isChecked());
      note(String(on));
      await box.setChecked(on);
    },
  },
  {
    name: 'back to all lessons',
    weight: 1,
    possible: (s) => s.lessonOpen,
    run: click('← All lessons', (p) => p.getByRole('button', { name: '← All lessons' })),
  },
  {
    name: 'answer a quiz item',
    weight: 2,
    possible: (s) => s.quiz > 0,
    async run(page, rng, note) {
      const items = page
        .getByRole('group')
        .filter({ has: page.getByRole('button', { name: 'Check answer' }) });
      const options = await clickable(items);
      if (options.length === 0) return note('no item');
      const item = items.nth(rng.pick(options).index);
      await clickOne(item.getByRole('radio').or(item.getByRole('checkbox')), rng, note);
      const check = item.getByRole('button', { name: 'Check answer' });
      if (await check.isEnabled()) await check.click();
    },
  },
  {
    name: 'click in exam prep',
    weight: 2,
    possible: (s) => s.examPrep,
    run: (page, rng, note) => clickOne(page.getByRole('tabpanel').getByRole('button'), rng, note),
  },
];

/** The actions possible on `screen`. */
export const possibleActions = (screen: Screen): Action[] =>
  (screen.dialog ? DIALOG_ACTIONS : SCREEN_ACTIONS).filter((a) => a.possible(screen));
