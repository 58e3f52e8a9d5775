export type ThemeChoice = 'system' | 'light' | 'dark'

const KEY = 'fleet-console.theme'

/**
 * Where storage is blocked (a privacy setting, a sandboxed frame), reading `localStorage` throws: the choice
 * then lasts until the page closes, and the console still starts.
 */
function remember(write: (storage: Storage) => void) {
  try {
    write(localStorage)
  } catch {
    // Not remembered; nothing else depends on it.
  }
}

export function storedTheme(): ThemeChoice {
  let value: string | null = null
  remember((storage) => (value = storage.getItem(KEY)))
  return value === 'light' || value === 'dark' ? value : 'system'
}

/** "system" follows the OS (prefers-color-scheme); the others pin the theme. */
export function applyTheme(choice: ThemeChoice) {
  if (choice === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = choice
  remember((storage) => (choice === 'system' ? storage.removeItem(KEY) : storage.setItem(KEY, choice)))
}
