/**
 * Where storage is blocked (a privacy setting, a sandboxed frame), touching `localStorage` throws: a
 * preference then lasts until the page closes, and the console still works.
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

/** Stores `value`, or forgets the key for `null`. */
export function writeStored(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
