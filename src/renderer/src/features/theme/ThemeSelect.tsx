// The in-app theme choice: System, Light or Dark (the View menu offers the same three).
import { THEME_SOURCES, type ThemeSource } from '../../../../shared/channels';
import { useApp } from '../../store/useApp';

const LABELS: Record<ThemeSource, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function ThemeSelect() {
  const theme = useApp((s) => s.theme);
  const setTheme = useApp((s) => s.setTheme);
  return (
    <select className="theme-select" aria-label="Theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemeSource)}>
      {THEME_SOURCES.map((t) => (
        <option key={t} value={t}>
          {LABELS[t]}
        </option>
      ))}
    </select>
  );
}
