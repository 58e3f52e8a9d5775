import { readStored, writeStored } from './browser-storage'

export type ThemeChoice = 'system' | 'light' | 'dark'

const KEY = 'fleet-console.theme'

export function storedTheme(): ThemeChoice {
  const value = readStored(KEY)
  return value === 'light' || value === 'dark' ? value : 'system'
}

/** "system" follows the OS (prefers-color-scheme); the others pin the theme. */
export function applyTheme(choice: ThemeChoice) {
  if (choice === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = choice
  writeStored(KEY, choice === 'system' ? null : choice)
}
