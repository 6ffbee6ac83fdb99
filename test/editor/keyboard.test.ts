import { describe, expect, it } from 'vitest';
import { tabFocusShortcut } from '../../src/editor/keyboard';

describe('tabFocusShortcut', () => {
  it.each([
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15', 'Ctrl+Shift+M'],
    ['Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15', 'Ctrl+Shift+M'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36', 'Ctrl+M'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0', 'Ctrl+M'],
  ])('names Monaco’s binding for %s', (userAgent, shortcut) => {
    expect(tabFocusShortcut(userAgent)).toBe(shortcut);
  });
});
