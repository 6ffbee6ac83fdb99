import { describe, expect, it } from 'vitest';
import {
  followTheme,
  loadThemeChoice,
  resolveTheme,
  saveThemeChoice,
  type MatchMedia,
  type ThemeChoice,
} from '../../src/app/themePreference';
import { setAsideKey } from '../../src/app/storage/index';
import { THEME } from '../../src/app/storage/records';
import { memoryStore } from './exam/fixtures';

const STAMP = '2026-12-07T18-00-00-000Z';

/** A system whose settings the test changes, firing `change` as a browser does. */
function fakeSystem(settings: { dark: boolean; moreContrast: boolean }) {
  const listeners = new Map<string, Set<() => void>>();
  const answers = (query: string) =>
    query === '(prefers-color-scheme: dark)'
      ? settings.dark
      : query === '(prefers-contrast: more)'
        ? settings.moreContrast
        : false;
  const matchMedia: MatchMedia = (query) => ({
    matches: answers(query),
    addEventListener: (_type: string, listener: () => void) => {
      listeners.set(query, (listeners.get(query) ?? new Set()).add(listener));
    },
    removeEventListener: (_type: string, listener: () => void) => {
      listeners.get(query)?.delete(listener);
    },
  });
  return {
    matchMedia,
    change(next: Partial<typeof settings>) {
      Object.assign(settings, next);
      for (const set of listeners.values()) for (const listener of set) listener();
    },
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}

const aRoot = () => ({ dataset: {} as DOMStringMap });

describe('theme preference: what a choice means', () => {
  it.each<[string, ThemeChoice, { dark: boolean; moreContrast: boolean }, string]>([
    ['a pick ignores a dark system', 'light', { dark: true, moreContrast: false }, 'light'],
    ['a pick ignores a system asking for contrast', 'dark', { dark: false, moreContrast: true }, 'dark'],
    ['system: a light scheme', 'system', { dark: false, moreContrast: false }, 'light'],
    ['system: a dark scheme', 'system', { dark: true, moreContrast: false }, 'dark'],
    [
      'system: more contrast wins over a dark scheme',
      'system',
      { dark: true, moreContrast: true },
      'contrast',
    ],
  ])('%s', (_name, choice, settings, theme) => {
    expect(resolveTheme(choice, fakeSystem(settings).matchMedia)).toBe(theme);
  });
});

describe('theme preference: storage', () => {
  it('is "system" when nothing was saved', () => {
    expect(loadThemeChoice(memoryStore(), STAMP)).toBe('system');
  });

  it('keeps each pick across a reload', () => {
    const store = memoryStore();
    for (const choice of ['light', 'dark', 'contrast', 'system'] as const) {
      saveThemeChoice(store, choice);
      expect(loadThemeChoice(store, STAMP)).toBe(choice);
    }
    expect(JSON.parse(store.data.get(THEME.key)!)).toEqual({ version: 1, theme: 'system' });
  });

  it.each([
    ['text that is not JSON', '{"version":1,"theme":'],
    ['a theme that does not exist', '{"version":1,"theme":"purple"}'],
    ['a bare value', '"dark"'],
    ['a newer format', '{"version":2,"theme":"dark"}'],
  ])('reads %s as "system" and keeps the text aside', (_name, text) => {
    const store = memoryStore({ [THEME.key]: text });
    expect(loadThemeChoice(store, STAMP)).toBe('system');
    expect(store.data.get(setAsideKey(THEME, STAMP))).toBe(text);
  });

  it('reads and writes blocked storage without throwing', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(loadThemeChoice(blocked, STAMP)).toBe('system');
    expect(() => saveThemeChoice(blocked, 'dark')).not.toThrow();
  });
});

describe('theme preference: the page', () => {
  it('sets data-theme to a pick and does not listen to the system', () => {
    const system = fakeSystem({ dark: true, moreContrast: false });
    const root = aRoot();
    followTheme('light', root, system.matchMedia);
    expect(root.dataset.theme).toBe('light');
    expect(system.listenerCount()).toBe(0);
    system.change({ moreContrast: true });
    expect(root.dataset.theme).toBe('light');
  });

  it('follows the system while the choice is "system", until stopped', () => {
    const system = fakeSystem({ dark: false, moreContrast: false });
    const root = aRoot();
    const stop = followTheme('system', root, system.matchMedia);
    expect(root.dataset.theme).toBe('light');
    system.change({ dark: true });
    expect(root.dataset.theme).toBe('dark');
    system.change({ moreContrast: true });
    expect(root.dataset.theme).toBe('contrast');
    stop();
    expect(system.listenerCount()).toBe(0);
    system.change({ moreContrast: false, dark: false });
    expect(root.dataset.theme).toBe('contrast');
  });
});
