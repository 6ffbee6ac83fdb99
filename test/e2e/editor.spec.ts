import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The task definition editor in the built app: lazy Monaco, schema completion and hover, engine problems as
 * markers, Register (button and Ctrl/Cmd+S), revision diff, drafts across reloads.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const editorRegion = (page: Page) => page.getByRole('region', { name: 'Task definition editor' });
const problems = (page: Page) => page.getByRole('list', { name: 'Problems' });

/** Opens the app and shows the editor (selecting its tab when the workbench has one). */
async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  const region = editorRegion(page);
  const tab = page.getByRole('tab', { name: /editor|task definition/i }).first();
  if (!(await region.isVisible()) && (await tab.count())) await tab.click();
  await expect(region.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
}

/** The first `n` lines Monaco shows, top to bottom, with its non-breaking spaces turned back into spaces. */
async function visibleLines(page: Page, n: number): Promise<string[]> {
  const rows = await editorRegion(page)
    .locator('.view-lines .view-line')
    .evaluateAll((els) =>
      els.map((e) => ({ top: parseFloat((e as HTMLElement).style.top || '0'), text: e.textContent ?? '' })),
    );
  return rows
    .sort((a, b) => a.top - b.top)
    .slice(0, n)
    .map((r) => r.text.replace(/\u00a0/g, ' ').trimEnd());
}

/**
 * Replaces the editor text the way a learner would: select all, paste. Checked and retried, because a paste
 * that lands before Monaco has taken the focus is silently lost.
 */
async function setText(page: Page, text: string): Promise<void> {
  const lines = text.split('\n').map((l) => l.trimEnd());
  await expect(async () => {
    await editorRegion(page).locator('.view-lines').click();
    await expect(editorRegion(page).locator('.monaco-editor').first()).toContainClass('focused');
    await page.keyboard.press('ControlOrMeta+a');
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('ControlOrMeta+v');
    await page.keyboard.press('ControlOrMeta+Home');
    // every rendered line, not only the first few: a pasted text may open exactly like the one it replaces
    // (the templates do), and checking only the shared opening would pass before the paste has landed
    const shown = await visibleLines(page, lines.length);
    expect(shown.length).toBeGreaterThanOrEqual(Math.min(8, lines.length));
    expect(shown).toEqual(lines.slice(0, shown.length));
  }).toPass({ timeout: 20_000 });
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The sandbox's autosaved editor text, parsed (undefined until it is saved and valid JSON). */
const sandboxDraft = (page: Page): Promise<unknown> =>
  page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('ecs-sandbox:drafts:v1') ?? '{}') as {
      drafts?: Record<string, { text: string }>;
    };
    try {
      return JSON.parse(stored.drafts?.['sandbox/task-definition']?.text ?? '') as unknown;
    } catch {
      return undefined;
    }
  });

test('keeps Monaco out of the first page and loads it with the editor', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const firstScripts = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(firstScripts.length).toBeGreaterThan(0);
  for (const src of firstScripts) {
    const body = await (await request.get(src)).text();
    expect(body, src).not.toContain('MonacoEnvironment');
  }
  const loaded: string[] = [];
  page.on('response', (r) => loaded.push(r.url()));
  await openEditor(page);
  expect(loaded.some((url) => /\.js$/.test(url) && !firstScripts.some((s) => url.endsWith(s)))).toBe(true);
});

test('completes members and explains them on hover, from the shared schema', async ({ page }) => {
  await openEditor(page);
  await setText(page, '{\n  \n}');
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type('"');
  const suggestions = page.locator('.suggest-widget .monaco-list-row');
  // the JSON worker starts with the first editor and may not have the schema yet: ask again until it answers
  await expect(async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Space');
    await expect(suggestions.filter({ hasText: 'containerDefinitions' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.type('netw');
  await expect(suggestions.filter({ hasText: 'networkMode' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(editorRegion(page).locator('.view-lines')).toContainText('"networkMode":');

  await setText(page, json({ family: 'web', containerDefinitions: [] }));
  // Monaco shows a hover only after the pointer moves onto the word: move off and back until it answers
  await expect(async () => {
    await page.mouse.move(0, 0);
    await editorRegion(page).locator('.view-line span', { hasText: '"family"' }).first().hover();
    await expect(page.locator('.monaco-hover').filter({ hasText: 'revision' }).first()).toBeVisible({
      timeout: 3_000,
    });
  }).toPass({ timeout: 20_000 });
});

test('shows engine problems as markers and in the problems list, and reveals one on Enter', async ({
  page,
}) => {
  await openEditor(page);
  const text = json({
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: [
      {
        name: 'web',
        image: 'nginx:latest',
        memory: 256,
        portMappings: [{ containerPort: 80, hostPort: 81 }],
      },
    ],
    placementConstraints: [{ type: 'memberOf', expression: 'attribute:color == blue and and' }],
  });
  await setText(page, text);
  const list = problems(page);
  const portRow = list.getByRole('button', { name: /portMappings\[0\]\.hostPort/ });
  await expect(portRow).toContainText(
    'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
  );
  const queryRow = list.getByRole('button', { name: /placementConstraints\[0\]\.expression/ });
  await expect(queryRow).toContainText('The memberOf expression is not a valid cluster query');
  await expect(editorRegion(page).locator('.squiggly-error').first()).toBeVisible();

  const queryLine = text.split('\n').findIndex((l) => l.includes('and and')) + 1;
  await expect(queryRow).toContainText(`line ${queryLine},`);
  await editorRegion(page).locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  await queryRow.focus();
  await page.keyboard.press('Enter');
  await expect(editorRegion(page).locator('.monaco-editor').first()).toContainClass('focused');
  await expect(editorRegion(page).locator('.active-line-number')).toHaveText(String(queryLine));
});

test('registers with Ctrl/Cmd+S and the button, then diffs the two revisions', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('button', { name: /EC2 web app/ }).click();
  await expect(problems(page).getByRole('listitem')).toHaveCount(0);

  await editorRegion(page).locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByText(/Registered web-bridge:1/)).toBeVisible();

  await setText(
    page,
    json({
      family: 'web-bridge',
      networkMode: 'bridge',
      requiresCompatibilities: ['EC2'],
      containerDefinitions: [
        {
          name: 'web',
          image: 'nginx:latest',
          essential: true,
          cpu: 256,
          memory: 1024,
          portMappings: [{ containerPort: 80, hostPort: 0, protocol: 'tcp' }],
        },
      ],
    }),
  );
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByText(/Registered web-bridge:2/)).toBeVisible();

  const revisions = page.getByRole('list', { name: 'Revisions' });
  await expect(revisions.getByRole('listitem')).toHaveText([/web-bridge:2/, /web-bridge:1/]);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const diff = page.getByRole('region', { name: 'Differences between web-bridge:1 and web-bridge:2' });
  await expect(diff.locator('.monaco-diff-editor')).toBeVisible();
  await expect(diff.locator('.monaco-diff-editor .line-insert').first()).toBeVisible();

  // the open diff takes its own room: the editor keeps its height and the panel scrolls
  expect((await editorRegion(page).boundingBox())!.height).toBeGreaterThan(200);
  expect((await diff.locator('.monaco-diff-editor').boundingBox())!.height).toBeGreaterThan(200);
  await editorRegion(page).scrollIntoViewIfNeeded();
  await editorRegion(page).locator('.view-lines').click();
  await expect(editorRegion(page).locator('.monaco-editor').first()).toContainClass('focused');
});

test('opens an earlier revision as a draft, and Ctrl/Cmd+Z brings the previous text back', async ({
  page,
}) => {
  await openEditor(page);
  // the default scenario registers web:1
  const revisions = page.getByRole('list', { name: 'Revisions' });
  await expect(revisions.getByRole('listitem')).toHaveText([/web:1/]);
  await setText(page, json({ family: 'scratch', containerDefinitions: [] }));

  await page.getByRole('button', { name: 'Open web:1 as a draft' }).click();
  await expect(page.getByText(/Opened revision web:1 as a draft/)).toBeVisible();
  await expect.poll(() => sandboxDraft(page)).toMatchObject({ family: 'web', containerDefinitions: [{}] });
  const opened = await sandboxDraft(page);
  for (const member of ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities'])
    expect(opened).not.toHaveProperty(member);
  await expect(problems(page).getByRole('listitem')).toHaveCount(0);

  await expect(editorRegion(page).locator('.monaco-editor').first()).toContainClass('focused');
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => sandboxDraft(page)).toEqual({ family: 'scratch', containerDefinitions: [] });

  // redo, then register the opened revision again: it becomes the next revision
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(() => sandboxDraft(page)).toMatchObject({ family: 'web' });
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByText(/Registered web:2/)).toBeVisible();
});

test('lists each problem as readable flowing text, not a word per line', async ({ page }) => {
  await openEditor(page);
  await setText(
    page,
    json({
      family: 'web',
      networkMode: 'awsvpc',
      containerDefinitions: [
        {
          name: 'web',
          image: 'nginx:latest',
          memory: 256,
          portMappings: [{ containerPort: 80, hostPort: 81 }],
        },
      ],
    }),
  );
  const row = problems(page).getByRole('button', { name: /portMappings\[0\]\.hostPort/ });
  await expect(row).toBeVisible();
  const lineHeight = await row.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 16);
  // path, message and position wrap together at the panel's width: a handful of lines, not one per word
  expect((await row.boundingBox())!.height).toBeLessThan(lineHeight * 6);
});

test('says how to make Tab leave the editor, and Monaco honours it', async ({ page }) => {
  await openEditor(page);
  await expect(page.getByText(/Tab indents in the editor/)).toContainText('Ctrl+M');
  await editorRegion(page).locator('.view-lines').click();
  await page.keyboard.press('Control+m');
  await page.keyboard.press('Tab');
  await expect(editorRegion(page).locator('.monaco-editor').first()).not.toContainClass('focused');
});

test('keeps the draft across a reload', async ({ page }) => {
  await openEditor(page);
  await setText(page, json({ family: 'draft-survives', containerDefinitions: [] }));
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('ecs-sandbox:drafts:v1') ?? ''))
    .toContain('draft-survives');
  await page.reload();
  await openEditor(page);
  await expect(editorRegion(page).locator('.view-lines')).toContainText('draft-survives');
});
