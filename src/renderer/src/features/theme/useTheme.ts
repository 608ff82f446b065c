// Keeps <html data-theme> and the shell's native theme in step with the learner's choice and, for System, with the OS.
import { useEffect } from 'react';
import { useApp } from '../../store/useApp';
import { applyTheme, onSystemThemeChange } from './theme';

export function useTheme(): void {
  const theme = useApp((s) => s.theme);
  useEffect(() => {
    applyTheme(theme);
    // Renderer unit tests have no window.api (see env.d.ts).
    void window.api?.setThemeSource({ source: theme });
    return theme === 'system' ? onSystemThemeChange(() => applyTheme('system')) : undefined;
  }, [theme]);
}
