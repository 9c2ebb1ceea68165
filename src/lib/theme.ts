/**
 * The colour theme: the system's unless the user chose light or dark. A preference of this
 * browser, not study data, so it lives in localStorage (a backup or a study never carries it).
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const STORAGE_KEY = 'concord.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function readThemeChoice(storage: Pick<Storage, 'getItem'> = localStorage): ThemeChoice {
  try {
    const stored = storage.getItem(STORAGE_KEY);
    return THEME_CHOICES.includes(stored as ThemeChoice) ? (stored as ThemeChoice) : 'system';
  } catch {
    // Storage can be refused (privacy settings): the system's theme still applies.
    return 'system';
  }
}

export function saveThemeChoice(choice: ThemeChoice, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(STORAGE_KEY, choice);
  } catch {
    // Not remembered across visits, but applied for this one.
  }
}

export function isDark(choice: ThemeChoice, systemDark: boolean): boolean {
  return choice === 'dark' || (choice === 'system' && systemDark);
}

/** Puts `.dark` on <html> (the stylesheet's dark palette) and tells the browser for its own controls. */
export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  const dark = isDark(choice, typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches);
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
}

/** Follows the system while the choice is "system"; returns the unsubscribe. */
export function watchSystemTheme(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
