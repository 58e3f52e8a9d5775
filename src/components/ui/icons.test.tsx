import { render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import * as icons from './icons'

const rules = () =>
  new Map(
    icons
      .iconStyles()
      .split('\n')
      .map((rule) => [rule.slice(0, rule.indexOf('{')), rule]),
  )

describe('icons', () => {
  it('draws an icon as one hidden element with its shape and size classes', () => {
    const { container } = render(<icons.IconCopy size={14} className="extra" />)
    const icon = container.firstElementChild!
    expect(icon.tagName).toBe('SPAN')
    expect(icon).toHaveAttribute('aria-hidden', 'true')
    expect(icon.className).toBe('icon icon-copy icon-14 extra')
    expect(icon.childElementCount).toBe(0)
  })

  it('gives every icon a mask made from its own shape', () => {
    const byClass = rules()
    const names = Object.entries(icons)
      .filter(([name]) => name.startsWith('Icon'))
      .map(([, value]) => {
        const Icon = value as typeof icons.IconCopy
        const { container } = render(<Icon />)
        return container.firstElementChild!.classList[1]
      })
    expect(names.length).toBeGreaterThan(30)
    for (const name of names) {
      const rule = byClass.get(`.${name}`)
      expect(rule, name).toMatch(/^\.icon-[a-z-]+\{--icon:url\("data:image\/svg\+xml,[^"]+"\)\}$/)
      const svg = decodeURIComponent(rule!.slice(rule!.indexOf(',') + 1, -3))
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
      expect(doc.querySelector('parsererror'), name).toBeNull()
      expect(doc.documentElement.childElementCount, name).toBeGreaterThan(0)
    }
    expect(new Set(names).size).toBe(names.length)
  })

  it('sets the size the size class names', () => {
    expect(rules().get('.icon-22')).toBe('.icon-22{--icon-size:22px}')
  })

  it('installs the rules once in the document', () => {
    expect(document.querySelectorAll('style[data-icons]')).toHaveLength(1)
  })

  it('warms every icon, one per idle slice and the signed-in screen first, in one hidden holder', () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 10))
    try {
      icons.warmIcons()
      const holder = document.querySelector('[data-icon-warm]')!
      expect(holder).toHaveAttribute('aria-hidden', 'true')
      expect(holder.childElementCount).toBe(0)
      vi.advanceTimersByTime(10)
      expect(holder.childElementCount).toBe(1)
      vi.advanceTimersByTime(20)
      expect([...holder.children].map((span) => span.className)).toEqual(['icon icon-cpu', 'icon icon-channels', 'icon icon-settings'])
      vi.runAllTimers()
      const byClass = rules()
      const warmed = [...holder.children].map((span) => span.classList[1])
      expect(new Set(warmed).size).toBe(warmed.length)
      expect(warmed.sort()).toEqual(
        [...byClass.keys()]
          .filter((key) => !/^\.icon-\d+$/.test(key))
          .map((key) => key.slice(1))
          .sort(),
      )
      holder.remove()
    } finally {
      vi.unstubAllGlobals()
      vi.useRealTimers()
    }
  })
})
