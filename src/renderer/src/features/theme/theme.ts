// src/renderer/src/features/theme/: light, dark or the system's theme, in the page and the shell.
// Resolves the learner's theme choice to light or dark and puts it on <html>, where the stylesheet's colours hang off it.
import type { ThemeSource } from '../../../../shared/channels';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export const systemPrefersDark = (): boolean => globalThis.matchMedia?.(DARK_QUERY).matches ?? false;

export function resolveTheme(choice: ThemeSource, prefersDark: boolean): 'light' | 'dark' {
  return choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
}

export function applyTheme(choice: ThemeSource): void {
  document.documentElement.dataset['theme'] = resolveTheme(choice, systemPrefersDark());
}

/** Calls back when the operating system switches between light and dark; returns the unsubscribe. */
export function onSystemThemeChange(callback: () => void): () => void {
  const query = globalThis.matchMedia?.(DARK_QUERY);
  if (!query) return () => {};
  query.addEventListener('change', callback);
  return () => query.removeEventListener('change', callback);
}
