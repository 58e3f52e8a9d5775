import { readStored, writeStored } from './browser-storage'

export type ThemeChoice = 'system' | 'light' | 'dark'

/** Also read by the page's own HTML before any script (scripts/sign-in-card.ts), so its first paint has the theme. */
export const THEME_KEY = 'fleet-console.theme'

export function storedTheme(): ThemeChoice {
  const value = readStored(THEME_KEY)
  return value === 'light' || value === 'dark' ? value : 'system'
}

/** "system" follows the OS (prefers-color-scheme); the others pin the theme. */
export function applyTheme(choice: ThemeChoice) {
  if (choice === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = choice
  writeStored(THEME_KEY, choice === 'system' ? null : choice)
}
