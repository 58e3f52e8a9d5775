import { describe, expect, it } from 'vitest'
import { placeTooltipsOnScreen, tooltipPlacement } from './tooltip-placement'

const at = (left: number, width: number, top = 300) => ({ left, right: left + width, top })

describe('tooltipPlacement', () => {
  it('centres the bubble above a control with room on both sides', () => {
    expect(tooltipPlacement(at(600, 80), 1360)).toEqual({ align: 'center', side: 'above' })
  })

  it('aligns with the control’s edge near the screen’s left or right edge (a row menu at 390 px)', () => {
    expect(tooltipPlacement(at(16, 80), 390)).toEqual({ align: 'start', side: 'above' })
    expect(tooltipPlacement(at(340, 34), 390)).toEqual({ align: 'end', side: 'above' })
  })

  it('opens below a control at the top of the screen', () => {
    expect(tooltipPlacement(at(600, 80, 20), 1360).side).toBe('below')
  })

  it('on a screen narrower than the bubble, still picks the side with the control', () => {
    expect(tooltipPlacement(at(10, 40), 240).align).toBe('start')
    expect(tooltipPlacement(at(190, 40), 240).align).toBe('end')
  })
})

describe('placeTooltipsOnScreen', () => {
  it('marks a control with its placement when the pointer or focus reaches it or its content', () => {
    placeTooltipsOnScreen(document)
    document.body.innerHTML = '<button data-tooltip="Your role does not allow this"><span>Delete</span></button><button>Plain</button>'
    const [withReason, plain] = document.querySelectorAll('button')
    withReason.getBoundingClientRect = () => DOMRect.fromRect({ x: window.innerWidth - 30, y: 400, width: 30, height: 28 })
    withReason.querySelector('span')!.dispatchEvent(new Event('pointerover', { bubbles: true }))
    expect(withReason.dataset).toMatchObject({ tooltipAlign: 'end', tooltipSide: 'above' })
    plain.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))
    expect(plain.dataset.tooltipAlign).toBeUndefined()
  })
})
