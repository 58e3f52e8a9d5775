// The `[data-tooltip]` bubbles (why a control is disabled) are CSS only, centred above their control. Near a screen
// edge (a row menu at 390 px, a toolbar's last button) they would run off screen, so the side and alignment are
// chosen when the pointer or focus arrives, from the control's place on screen.

/** The widest a bubble gets (ui.css `max-width`), and the room kept from the screen's edges. */
const BUBBLE_WIDTH = 260
const MARGIN = 8
/** About two lines of bubble: less room than that above the control puts it below. */
const BUBBLE_HEIGHT = 56

export type TooltipPlacement = { align: 'start' | 'center' | 'end'; side: 'above' | 'below' }

type Box = { left: number; right: number; top: number }

/** Centred above when it fits; else flush with the control's left or right edge, and below when the top is too close. */
export function tooltipPlacement(box: Box, viewportWidth: number): TooltipPlacement {
  const half = Math.min(BUBBLE_WIDTH, viewportWidth - 2 * MARGIN) / 2
  const centre = (box.left + box.right) / 2
  const align = centre - half < MARGIN ? 'start' : centre + half > viewportWidth - MARGIN ? 'end' : 'center'
  return { align, side: box.top < BUBBLE_HEIGHT + MARGIN ? 'below' : 'above' }
}

function place(event: Event) {
  const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-tooltip]') : null
  if (!target) return
  const { align, side } = tooltipPlacement(target.getBoundingClientRect(), document.documentElement.clientWidth || window.innerWidth)
  target.dataset.tooltipAlign = align
  target.dataset.tooltipSide = side
}

/** One listener for every tooltip, present and future; returns the way to remove it. */
export function placeTooltipsOnScreen(doc: Document = document) {
  doc.addEventListener('pointerover', place, { passive: true })
  doc.addEventListener('focusin', place)
  return () => {
    doc.removeEventListener('pointerover', place)
    doc.removeEventListener('focusin', place)
  }
}
