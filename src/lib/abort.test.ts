import { afterEach, describe, expect, it } from 'vitest'
import { anySignal, pause, timeoutSignal } from './abort'

const native = { any: AbortSignal.any, timeout: AbortSignal.timeout }

describe('signals where the browser lacks AbortSignal.any and AbortSignal.timeout (older Safari)', () => {
  afterEach(() => Object.assign(AbortSignal, native))

  it('combines signals and times out all the same', async () => {
    Object.assign(AbortSignal, { any: undefined, timeout: undefined })
    const first = new AbortController()
    const second = new AbortController()
    const combined = anySignal([first.signal, second.signal])
    expect(combined.aborted).toBe(false)
    second.abort('stop')
    expect(combined.aborted).toBe(true)
    expect(combined.reason).toBe('stop')
    expect(anySignal([first.signal, AbortSignal.abort('done')]).aborted).toBe(true)

    const timeout = timeoutSignal(10)
    await expect.poll(() => timeout.aborted).toBe(true)
    expect((timeout.reason as DOMException).name).toBe('TimeoutError')
  })
})

describe('pause', () => {
  it('waits, and stops waiting as soon as its signal aborts', async () => {
    await expect(pause(5)).resolves.toBeUndefined()
    const abort = new AbortController()
    const waiting = pause(60_000, abort.signal)
    abort.abort(new Error('cancelled'))
    await expect(waiting).rejects.toThrow('cancelled')
  })
})
