import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useApplyWhenReady } from './apply-when-ready'

type Patch = { page?: number; sort?: string; q?: string }

/** A request the test answers by hand. */
function request() {
  let answer!: () => void
  const promise = new Promise<void>((resolve) => (answer = resolve))
  return { promise, answer: () => act(async () => answer()) }
}

function setup(current = '?page=1') {
  const apply = vi.fn()
  const hook = renderHook((props: { current: string }) => useApplyWhenReady<Patch>(props.current, apply, 100), {
    initialProps: { current },
  })
  return { apply, hook, schedule: hook.result.current }
}

describe('useApplyWhenReady', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('applies the change once its rows are in, not before', async () => {
    const { apply, schedule } = setup()
    const rows = request()
    const prepare = vi.fn(() => rows.promise)
    schedule({ sort: 'name' }, prepare)
    expect(prepare).toHaveBeenCalledExactlyOnceWith({ sort: 'name' })
    await act(async () => vi.advanceTimersByTime(50))
    expect(apply).not.toHaveBeenCalled()
    await rows.answer()
    expect(apply).toHaveBeenCalledExactlyOnceWith({ sort: 'name' }, { replace: false })
  })

  it('applies at once when the rows are cached', () => {
    const { apply, schedule } = setup()
    schedule({ page: 2 }, () => null)
    expect(apply).toHaveBeenCalledExactlyOnceWith({ page: 2 }, { replace: false })
  })

  it('applies anyway after the longest wait, and only once', async () => {
    const { apply, schedule } = setup()
    const rows = request()
    schedule({ q: 'pump' }, () => rows.promise, { replace: true })
    await act(async () => vi.advanceTimersByTime(100))
    expect(apply).toHaveBeenCalledExactlyOnceWith({ q: 'pump' }, { replace: true })
    await rows.answer()
    expect(apply).toHaveBeenCalledOnce()
  })

  it('merges a change made while another waits, keeping the history entry either asked for', async () => {
    const { apply, schedule } = setup()
    const first = request()
    const second = request()
    schedule({ sort: 'name' }, () => first.promise)
    const prepare = vi.fn(() => second.promise)
    schedule({ q: 'pump' }, prepare, { replace: true })
    expect(prepare).toHaveBeenCalledWith({ sort: 'name', q: 'pump' })
    await first.answer()
    expect(apply).not.toHaveBeenCalled()
    await second.answer()
    expect(apply).toHaveBeenCalledExactlyOnceWith({ sort: 'name', q: 'pump' }, { replace: false })
  })

  it('drops a waiting change when the state changes some other way', async () => {
    const { apply, hook, schedule } = setup('?page=3')
    const rows = request()
    schedule({ page: 4 }, () => rows.promise)
    hook.rerender({ current: '?page=2' })
    await rows.answer()
    expect(apply).not.toHaveBeenCalled()
  })

  it('drops a waiting change when the page unmounts', async () => {
    const { apply, hook, schedule } = setup()
    const rows = request()
    schedule({ page: 4 }, () => rows.promise)
    hook.unmount()
    await rows.answer()
    await act(async () => vi.advanceTimersByTime(200))
    expect(apply).not.toHaveBeenCalled()
  })
})
