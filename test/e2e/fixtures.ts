import { test as base, expect, type Page } from '@playwright/test';

/** The app has replaced index.html's shell ("Loading the sandbox…") with its interface. */
const appMounted = (page: Page) =>
  page.waitForFunction(() => document.querySelector('#app > .boot-status') === null);

/**
 * Every browser test fails when the page throws or logs an error, even if its own assertions pass: an effect
 * loop or an uncaught exception is a bug the learner would meet.
 *
 * The app loads after the shell has painted (src/main.ts), so the page's load event comes before the interface
 * exists; `goto` and `reload` wait for it to mount, as a learner waits for the loading line to go.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await appMounted(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await appMounted(page);
      return response;
    };
    await use(page);
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      await use(errors);
      expect(errors, 'errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
