import type { Page } from '@playwright/test';
import { MODE_NAMES, possibleActions, switchMode } from './monkey/actions';
import { chooser } from './monkey/random';
import { look, openDialog } from './monkey/screen';
import { expect, test } from './fixtures';

/**
 * The monkey: seeded random sequences of what a new learner does (scenarios, run-task with random counts,
 * strategies, constraints and launch types, tabs, the map, undo/redo, time, the console, modes, lessons,
 * exam prep). Each action is chosen among those the screen offers right now. After every step the page must
 * have raised no error and must still paint; the mode navigation is exercised as one of the actions and,
 * at the end, for every mode.
 *
 * A failure prints its seed and the step log. Replay it with MONKEY_SEED=<seed> (a comma list runs several)
 * and MONKEY_STEPS=<n>; the app is seeded and every choice comes from the seed, so the same steps replay (only
 * "play briefly" depends on the wall clock, by a fraction of a second).
 */

const SEEDS = (process.env.MONKEY_SEED ?? '1,2,3').split(',').map(Number);
const STEPS = Number(process.env.MONKEY_STEPS ?? 60);
/** a step that does not let the page paint within this long counts as a frozen app */
const FROZEN_MS = 5_000;

test.use({ actionTimeout: 5_000, reducedMotion: 'reduce' });

/** Resolves once the page has painted a frame: it fails if the main thread is stuck. */
async function painted(page: Page): Promise<void> {
  const frame = page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the page did not paint within ${FROZEN_MS} ms`)), FROZEN_MS);
  });
  try {
    await Promise.race([frame, stuck]);
  } finally {
    clearTimeout(timer);
  }
}

for (const seed of SEEDS) {
  test(`monkey, seed ${seed}, ${STEPS} steps`, async ({ page, pageErrors }) => {
    test.setTimeout(30_000 + STEPS * 3_000);
    const rng = chooser(seed);
    const log: string[] = [];
    let lookMs = 0;
    page.on('dialog', (d) => {
      log.push(`   (${d.type()} dialog "${d.message().slice(0, 80)}" accepted)`);
      void d.accept();
    });
    const fail = (why: string): never => {
      const replay = `MONKEY_SEED=${seed} MONKEY_STEPS=${log.length}`;
      throw new Error(
        `${why}\nseed ${seed}; replay with ${replay}\nsteps:\n${log.join('\n')}\npage errors:\n${pageErrors.join('\n')}`,
      );
    };

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'ECS Sandbox' })).toBeVisible();
    for (let step = 1; step <= STEPS; step++) {
      const lookStarted = Date.now();
      const screen = await look(page);
      lookMs += Date.now() - lookStarted;
      if (!screen.mode) fail(`before step ${step}: the mode navigation marks no mode as current`);
      const action = rng.weighted(possibleActions(screen));
      const line = log.push(`${String(step).padStart(3)}. [${screen.mode}] ${action.name}:`) - 1;
      const note = (what: string) => (log[line] += ` ${what.replace(/\s+/g, ' ')}`);
      try {
        const started = Date.now();
        await action.run(page, rng, note);
        await painted(page);
        const took = Date.now() - started;
        if (took > 1_000) note(`(${(took / 1000).toFixed(1)} s)`);
      } catch (e) {
        fail(`step ${step} (${action.name}) failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (pageErrors.length) fail(`step ${step} (${action.name}) raised a page error`);
    }
    // the shell still answers: an open dialog closes with Esc, then every mode opens
    if (await openDialog(page).isVisible()) {
      await page.keyboard.press('Escape');
      await expect(openDialog(page), 'Esc closes the open dialog').toBeHidden();
    }
    for (const mode of MODE_NAMES) {
      try {
        await switchMode(page, mode);
      } catch (e) {
        fail(
          `after ${STEPS} steps, switching to ${mode} failed: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    }
    if (pageErrors.length) fail('a page error after the last step');
    log.push(`(reading the screen took ${(lookMs / 1000).toFixed(1)} s in all)`);
    await test.info().attach(`monkey-seed-${seed}.log`, { body: log.join('\n'), contentType: 'text/plain' });
  });
}
