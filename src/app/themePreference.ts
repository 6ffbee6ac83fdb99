import { loadRecord, saveRecord, type KeyValueStore } from './storage/index';
import { THEME } from './storage/records';
import { THEME_CHOICES } from './storage/schemas';

export { THEME_CHOICES };

/** What the learner can pick in the Theme menu: a theme, or `system` to follow the system's settings. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** A theme in effect: what `<html data-theme>` says and src/ui/theme.css styles. */
export type Theme = Exclude<ThemeChoice, 'system'>;

/** The stored record (`ecs-sandbox:theme`). */
export interface ThemeRecord {
  readonly version: 1;
  readonly theme: ThemeChoice;
}

/** The menu's wording for each choice. */
export const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

/** The system settings a theme follows, as media queries ask them. */
const DARK_QUERY = '(prefers-color-scheme: dark)';
const MORE_CONTRAST_QUERY = '(prefers-contrast: more)';

/** A media query's answer, and word when it changes (the window's `MediaQueryList`; a fake in tests). */
export interface MediaQueryAnswer {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

/** Answers a media query (the window's `matchMedia`). */
export type MatchMedia = (query: string) => MediaQueryAnswer;

/**
 * The theme a choice means now. `system` asks the system: more contrast wins over a dark scheme. (Forced colours,
 * as in Windows' contrast themes, need no theme of ours: theme.css hands every colour to the system then.)
 */
export function resolveTheme(choice: ThemeChoice, matchMedia: MatchMedia): Theme {
  if (choice !== 'system') return choice;
  if (matchMedia(MORE_CONTRAST_QUERY).matches) return 'contrast';
  return matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/**
 * The learner's saved pick; `system` when there is none, or when what was saved cannot be read (the storage module
 * keeps a copy of it aside). A lost pick is not worth a notice: the menu shows the theme in use and one choice
 * restores it.
 */
export function loadThemeChoice(store: KeyValueStore, stamp: string): ThemeChoice {
  return loadRecord(store, THEME, stamp).value.theme;
}

/** Saves the pick; with storage full or blocked it holds for this visit only, as the menu still shows it. */
export function saveThemeChoice(store: KeyValueStore, choice: ThemeChoice): void {
  saveRecord<ThemeRecord>(store, THEME, { version: 1, theme: choice });
}

/**
 * Keeps `root`'s `data-theme` on the theme `choice` means, now and, for `system`, whenever the system's settings
 * change. Returns the way to stop following them.
 */
export function followTheme(
  choice: ThemeChoice,
  root: Pick<HTMLElement, 'dataset'>,
  matchMedia: MatchMedia,
): () => void {
  const apply = () => {
    root.dataset.theme = resolveTheme(choice, matchMedia);
  };
  apply();
  if (choice !== 'system') return () => undefined;
  const queries = [DARK_QUERY, MORE_CONTRAST_QUERY].map((q) => matchMedia(q));
  for (const q of queries) q.addEventListener('change', apply);
  return () => {
    for (const q of queries) q.removeEventListener('change', apply);
  };
}
