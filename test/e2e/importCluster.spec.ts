import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import fc from 'fast-check';
import { expect, test } from './fixtures';

/** Bring your own cluster: describe-* outputs pasted into the import dialog rebuild the cluster in the sandbox. */

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/describe/${name}.json`, import.meta.url), 'utf8');

const BOXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Clusters$/, 'clusters'],
  [/^Container instances$/, 'container-instances'],
  [/^Task definitions/, 'task-definitions'],
  [/^Services$/, 'services'],
  [/^Tasks$/, 'tasks'],
];

const mapTasks = (page: Page) => page.getByRole('group', { name: /^Tasks:/ }).getByRole('button');
const mapSummary = (page: Page) => page.locator('[aria-label^="Cluster map by"]');

/** Puts text into a box the way a paste does, in one input event (`fill` takes seconds over 20–30 KB). */
const paste = (box: Locator, text: string) =>
  box.evaluate((area: HTMLTextAreaElement, value) => {
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import cluster…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a cluster' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('pasted describe outputs rebuild the cluster; draining one of its instances then works', async ({
  page,
}) => {
  await page.goto('/#/sandbox');
  const dialog = await openImport(page);
  await expect(dialog).toContainText('Nothing leaves your browser and no credentials are needed.');
  for (const [label, file] of BOXES) await paste(dialog.getByRole('textbox', { name: label }), fixture(file));
  await dialog.getByRole('button', { name: 'Import' }).click();

  await expect(dialog.getByRole('status')).toHaveText(
    'Imported shop-prod: 6 container instances, 4 services, 14 tasks running.',
  );
  await expect(dialog.getByRole('heading', { name: /^Left out/ })).toBeVisible();
  await expect(dialog).toContainText('service web: Its loadBalancers');
  await expect(dialog).toContainText('instance type c6i.xlarge: Launched as c5.xlarge');
  const scan = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(scan.violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Show the cluster' }).click();
  await expect(dialog).toBeHidden();

  // the map: six instances over three AZs, the 12 EC2 tasks on them and 2 on Fargate
  await expect(mapSummary(page)).toHaveAttribute(
    'aria-label',
    /6 instances in 3 availability zones \(5 active, 1 draining\)/,
  );
  await expect(mapSummary(page)).toHaveAttribute('aria-label', /14 tasks: 14 running; 2 on Fargate/);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('empty');
  // kept across a reload like any sandbox
  await page.reload();
  await expect(mapSummary(page)).toHaveAttribute('aria-label', /14 tasks: 14 running; 2 on Fargate/);

  // what if an instance is drained: its service tasks move, its daemon task stops
  await page.getByRole('tab', { name: 'Instances' }).click();
  const instances = page.getByRole('region', { name: 'Container instances' }).getByRole('listitem');
  await expect(instances).toHaveCount(6);
  await expect(instances.filter({ hasText: 'DRAINING' })).toHaveCount(1);
  await instances.filter({ hasText: 'ACTIVE' }).first().getByRole('button', { name: 'Drain' }).click();
  await expect(instances.filter({ hasText: 'DRAINING' })).toHaveCount(2);
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(mapSummary(page)).toHaveAttribute('aria-label', /13 tasks: 13 running/);
});

test('a bad paste says which paste, where and what to do, and changes nothing', async ({ page }) => {
  await page.goto('/#/sandbox');
  await page.getByRole('spinbutton', { name: 'Count' }).fill('3');
  await page.getByRole('button', { name: 'Run task', exact: true }).click();
  await page.getByRole('button', { name: /Instant/ }).click();
  await expect(mapTasks(page)).toHaveCount(3);

  const dialog = await openImport(page);
  await paste(dialog.getByRole('textbox', { name: /^Clusters$/ }), fixture('clusters'));
  const cut = fixture('services').slice(0, 400);
  await dialog.getByRole('textbox', { name: /^Services$/ }).fill(cut);
  await dialog.getByRole('button', { name: 'Import' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported.');
  await expect(alert).toContainText('The services paste, at line 1: the JSON that starts here never ends');
  await expect(alert).toBeFocused();
  // what was pasted is still there to fix
  await expect(dialog.getByRole('textbox', { name: /^Services$/ })).toHaveValue(cut);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import cluster…' })).toBeFocused();
  await expect(mapTasks(page)).toHaveCount(3);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('mixed-fleet');
});

/** Every value in a JSON document, by its path, so a mutant can replace one of them. */
function valuePaths(doc: unknown, at: ReadonlyArray<string | number> = []): Array<Array<string | number>> {
  if (doc === null || typeof doc !== 'object') return [[...at]];
  const keys: Array<string | number> = Array.isArray(doc) ? doc.map((_, i) => i) : Object.keys(doc);
  return [[...at], ...keys.flatMap((k) => valuePaths((doc as Record<string, unknown>)[k], [...at, k]))];
}

/** The document with the value at `path` replaced (the root, when the path is empty). */
function replaced(doc: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

test('random and mutated pastes never break the page: each imports or is refused, and a good paste still works', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/#/sandbox');
  const files = BOXES.map(([, file]) => fixture(file));
  // one paste per run is damaged: a value swapped for random JSON, its text cut or spliced, or random JSON
  const mutants = fc.sample(
    fc.tuple(
      fc.nat(BOXES.length - 1),
      fc.oneof(
        fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(([n, value]) => (text: string) => {
          const doc: unknown = JSON.parse(text);
          const paths = valuePaths(doc);
          return JSON.stringify(replaced(doc, paths[n % paths.length]!, value), null, 2);
        }),
        fc
          .tuple(fc.nat(), fc.string({ maxLength: 4 }), fc.nat(60))
          .map(([at, splice, cut]) => (text: string) => {
            const i = at % text.length;
            return text.slice(0, i) + splice + text.slice(i + splice.length, text.length - cut);
          }),
        fc.json({ maxDepth: 3 }).map((json) => () => json),
      ),
    ),
    { numRuns: 12, seed: 14 },
  );
  for (const [box, mutate] of mutants) {
    const dialog = await openImport(page);
    for (const [i, [label]] of BOXES.entries())
      await paste(dialog.getByRole('textbox', { name: label }), i === box ? mutate(files[i]!) : files[i]!);
    await dialog.getByRole('button', { name: 'Import' }).click();
    // an answer either way, never a hang or a broken dialog
    await expect(dialog.getByRole('status').or(dialog.getByRole('alert'))).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  const dialog = await openImport(page);
  for (const [i, [label]] of BOXES.entries())
    await paste(dialog.getByRole('textbox', { name: label }), files[i]!);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Imported shop-prod: 6 container instances, 4 services, 14 tasks running.',
  );
});
