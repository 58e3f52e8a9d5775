import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyTheme, storedTheme } from './theme'

describe('theme', () => {
  afterEach(() => vi.restoreAllMocks())

  it('remembers the choice', () => {
    applyTheme('dark')
    expect(storedTheme()).toBe('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    applyTheme('system')
    expect(storedTheme()).toBe('system')
    expect(document.documentElement.dataset.theme).toBeUndefined()
  })

  it('still applies a theme where storage is blocked (reading localStorage throws)', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(blocked)
    expect(storedTheme()).toBe('system')
    applyTheme('light')
    expect(document.documentElement.dataset.theme).toBe('light')
  })
})
