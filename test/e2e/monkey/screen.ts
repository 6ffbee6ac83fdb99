import type { Locator, Page } from '@playwright/test';

/**
 * What a learner could do right now, read through accessible roles and names only (so it survives markup
 * changes). The monkey picks its next action among those this makes possible.
 */
export interface Screen {
  /** the mode the navigation marks as current */
  readonly mode: string | undefined;
  /** a lesson's sandbox is inert until a prediction is committed */
  readonly locked: boolean;
  readonly time: boolean;
  readonly undo: boolean;
  readonly redo: boolean;
  readonly runForm: boolean;
  /** names of the tabs that can be clicked */
  readonly tabs: ReadonlyArray<string>;
  readonly mapTasks: number;
  readonly whyThere: number;
  readonly explainer: boolean;
  readonly scenarioBar: boolean;
  readonly lessonIndex: boolean;
  readonly lessonOpen: boolean;
  readonly prediction: boolean;
  readonly hints: number;
  readonly quiz: number;
  readonly examPrep: boolean;
  /** a dialog (a confirmation, a tour step) is open: it takes the next action */
  readonly dialog: boolean;
  /** the card shown to a first-time visitor */
  readonly welcome: boolean;
}

export const modeNav = (page: Page) => page.getByRole('navigation', { name: 'Modes' });
/** the mode switches, whether the shell draws them as buttons or as links */
export const modeItems = (page: Page) =>
  modeNav(page).getByRole('button').or(modeNav(page).getByRole('link'));
export const modeItem = (page: Page, name: string) =>
  modeNav(page)
    .getByRole('button', { name, exact: true })
    .or(modeNav(page).getByRole('link', { name, exact: true }));
export const timeControls = (page: Page) => page.getByRole('group', { name: 'Time controls' });
export const mapTasks = (page: Page) => page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');
export const whyThereLinks = (page: Page) => page.getByRole('button', { name: /^Why there\?/ });
export const explainer = (page: Page) => page.getByRole('region', { name: 'Placement explainer' });
export const openDialog = (page: Page) => page.getByRole('alertdialog').or(page.getByRole('dialog')).first();
export const welcomeCard = (page: Page) => page.getByRole('region', { name: /^New here/ });
export const hintButtons = (page: Page) =>
  page.getByRole('button', { name: /^(Hint|More help|Show the worked step)$/ });

export interface Clickable {
  readonly index: number;
  readonly name: string;
}

/**
 * The elements of `locator` a person could click now: shown, enabled, not inside an inert region; with the
 * text a log can name them by.
 */
export function clickable(locator: Locator): Promise<Clickable[]> {
  return locator.evaluateAll((els) =>
    els
      .map((el, index) => ({
        index,
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '')
          .trim()
          .replace(/\s+/g, ' ')
          .slice(0, 60),
        usable:
          el.getClientRects().length > 0 &&
          !(el as HTMLButtonElement).disabled &&
          el.getAttribute('aria-disabled') !== 'true' &&
          !el.closest('[inert]'),
      }))
      .filter((e) => e.usable)
      .map(({ index, name }) => ({ index, name })),
  );
}

/** Reads the screen: first which mode and whether a dialog is open, then only what that mode can show. */
export async function look(page: Page): Promise<Screen> {
  const [mode, dialog, welcome, lessonOpen] = await Promise.all([
    modeItems(page).evaluateAll(
      (els) => els.find((e) => e.getAttribute('aria-current') === 'page')?.textContent?.trim() ?? undefined,
    ),
    openDialog(page).isVisible(),
    welcomeCard(page).isVisible(),
    page.getByRole('button', { name: '← All lessons' }).isVisible(),
  ]);
  const none = Promise.resolve(false);
  const nothing = Promise.resolve([] as Clickable[]);
  const workbench = mode === 'Sandbox' || lessonOpen;
  const lessons = mode === 'Lessons';
  const exam = mode === 'Exam prep';
  const time = timeControls(page);
  const [
    locked,
    timeShown,
    timeButtons,
    runForm,
    tabs,
    tasks,
    whyThere,
    explainerShown,
    scenarioBar,
    lessonIndex,
    prediction,
    hints,
    quiz,
    examPrep,
  ] = await Promise.all([
    lessonOpen ? page.getByRole('note').filter({ hasText: 'Commit a prediction' }).isVisible() : none,
    workbench ? time.isVisible() : none,
    workbench ? clickable(time.getByRole('button')) : nothing,
    workbench ? page.getByRole('form', { name: 'Run task' }).isVisible() : none,
    workbench || exam ? clickable(page.getByRole('tab')) : nothing,
    workbench ? clickable(mapTasks(page)) : nothing,
    workbench ? clickable(whyThereLinks(page)) : nothing,
    workbench ? explainer(page).isVisible() : none,
    mode === 'Sandbox' ? page.getByRole('combobox', { name: 'Scenario' }).isVisible() : none,
    lessons && !lessonOpen ? page.getByRole('heading', { name: 'Lessons', level: 2 }).isVisible() : none,
    lessonOpen ? page.getByRole('button', { name: 'Commit my prediction' }).isVisible() : none,
    lessonOpen ? clickable(hintButtons(page)) : nothing,
    lessonOpen || exam ? clickable(page.getByRole('button', { name: 'Check answer' })) : nothing,
    exam ? page.getByRole('tablist', { name: 'Exam prep' }).isVisible() : none,
  ]);
  const usable = timeShown && !locked;
  return {
    mode,
    locked,
    time: usable,
    undo: usable && timeButtons.some((b) => /Undo/.test(b.name)),
    redo: usable && timeButtons.some((b) => /Redo/.test(b.name)),
    runForm: runForm && !locked,
    tabs: tabs.map((t) => t.name),
    mapTasks: tasks.length,
    whyThere: whyThere.length,
    explainer: explainerShown && !locked,
    scenarioBar,
    lessonIndex,
    lessonOpen,
    prediction,
    hints: hints.length,
    quiz: quiz.length,
    examPrep,
    dialog,
    welcome,
  };
}
