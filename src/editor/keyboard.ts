/**
 * Monaco's "Toggle Tab Key Moves Focus" shortcut (editor.action.toggleTabFocusMode): Ctrl+M, except on
 * macOS, where Cmd+M minimises the window and Monaco binds Ctrl+Shift+M instead. Free of Monaco, so the
 * hint can show before the editor bundle loads.
 */
export const tabFocusShortcut = (userAgent: string): string =>
  /Macintosh|Mac OS X|iPhone|iPad/.test(userAgent) ? 'Ctrl+Shift+M' : 'Ctrl+M';
