import { readFileSync } from 'node:fs';
import type { Paste } from '../../../src/app/importCluster/index';

/** The describe-* outputs in test/fixtures/describe, by file name without `.json`. */
export const describeFixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/describe/${name}.json`, import.meta.url), 'utf8');

/** The five outputs as the dialog's five boxes hold them. */
export const FIXTURE_FILES = [
  'clusters',
  'container-instances',
  'task-definitions',
  'services',
  'tasks',
] as const;

export const fixturePastes = (): Paste[] =>
  FIXTURE_FILES.map((name) => ({ label: `the ${name} paste`, text: describeFixture(name) }));
