// Prefs slice: how the app looks (theme, card density) and whether it gives recurring hints. UI preferences only, so they persist in the renderer's localStorage.
import type { StateCreator } from 'zustand';
import { THEME_SOURCES, type ThemeSource } from '../../../shared/channels';
import type { AppStore } from './index';

export type Density = 'comfortable' | 'compact';

export interface PrefsSlice {
  theme: ThemeSource;
  density: Density;
  /** Recurring hints ("done with 0 of 6 checklist steps"): on until the learner turns them off. */
  hints: boolean;
  setTheme: (theme: ThemeSource) => void;
  setDensity: (density: Density) => void;
  setHints: (on: boolean) => void;
}

const THEME_KEY = 'pathboard.theme';
const DENSITY_KEY = 'pathboard.density';
const HINTS_KEY = 'pathboard.hints';

/** A stored preference, or the fallback when storage is unavailable or holds something unknown. */
function read<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = globalThis.localStorage?.getItem(key);
    return allowed.includes(value as T) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Storage full or disabled: the choice still applies for this session.
  }
}

export const storedTheme = () => read(THEME_KEY, THEME_SOURCES, 'system');

export const createPrefsSlice: StateCreator<AppStore, [], [], PrefsSlice> = (set) => ({
  theme: storedTheme(),
  density: read<Density>(DENSITY_KEY, ['comfortable', 'compact'], 'comfortable'),
  hints: read(HINTS_KEY, ['on', 'off'], 'on') === 'on',
  setTheme: (theme) => {
    write(THEME_KEY, theme);
    set({ theme });
  },
  setDensity: (density) => {
    write(DENSITY_KEY, density);
    set({ density });
  },
  setHints: (on) => {
    write(HINTS_KEY, on ? 'on' : 'off');
    set({ hints: on });
  },
});
