import { renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useClampPage, type Paging } from './paging'

function clamp(paging: Paging, total: number, settled: boolean) {
  const setPaging = vi.fn()
  const hook = renderHook(
    (props: { paging: Paging; total: number; settled: boolean }) => useClampPage(props.paging, props.total, props.settled, setPaging),
    { initialProps: { paging, total, settled } },
  )
  return { setPaging, rerender: hook.rerender }
}

describe('useClampPage', () => {
  it('steps back to the last page there is, replacing the history entry', () => {
    const { setPaging } = clamp({ page: 5, size: 10 }, 31, true)
    expect(setPaging).toHaveBeenCalledExactlyOnceWith({ page: 4 }, { replace: true })
  })

  it('goes to page 1 when the list is empty', () => {
    const { setPaging } = clamp({ page: 3, size: 25 }, 0, true)
    expect(setPaging).toHaveBeenCalledExactlyOnceWith({ page: 1 }, { replace: true })
  })

  it('leaves a page that exists alone', () => {
    expect(clamp({ page: 4, size: 10 }, 31, true).setPaging).not.toHaveBeenCalled()
  })

  it('waits until the total answers the current page', () => {
    const { setPaging, rerender } = clamp({ page: 5, size: 10 }, 0, false)
    expect(setPaging).not.toHaveBeenCalled()
    rerender({ paging: { page: 5, size: 10 }, total: 45, settled: true })
    expect(setPaging).not.toHaveBeenCalled()
  })
})
