import { useState } from 'react';
import { applyTheme, readThemeChoice, saveThemeChoice, THEME_CHOICES, type ThemeChoice } from '../lib/theme';

const NAMES: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The colour theme: the system's, or light or dark for this browser. */
export function ThemeSelect() {
  const [choice, setChoice] = useState(readThemeChoice);
  const choose = (next: ThemeChoice) => {
    setChoice(next);
    saveThemeChoice(next);
    applyTheme(next);
  };
  return (
    <label className="flex items-center gap-1 text-sm">
      <span>Theme</span>
      <select
        value={choice}
        onChange={(e) => choose(e.target.value as ThemeChoice)}
        className="rounded border border-slate-300 bg-white px-1 py-0.5"
      >
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {NAMES[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
