import { describe, expect, it } from 'vitest'
import { ApiError } from './errors'
import { withRetries } from './retry'

const unavailable = () => new ApiError({ status: 503, message: '', retryAfter: 0 })

/** A read that fails with each of `errors` in turn, then answers. */
function flaky(errors: ApiError[]) {
  let calls = 0
  const read = async () => {
    const error = errors[calls++]
    if (error) throw error
    return 'page'
  }
  return { read, calls: () => calls }
}

describe('withRetries', () => {
  it('tries a read again after a 5xx or a 429, at most three times', async () => {
    const recovers = flaky([unavailable(), new ApiError({ status: 429, message: '', retryAfter: 0 })])
    await expect(withRetries(recovers.read)).resolves.toBe('page')
    expect(recovers.calls()).toBe(3)

    const down = flaky([unavailable(), unavailable(), unavailable(), unavailable()])
    await expect(withRetries(down.read)).rejects.toMatchObject({ status: 503 })
    expect(down.calls()).toBe(4)
  })

  it('never retries another 4xx', async () => {
    const refused = flaky([new ApiError({ status: 400, message: 'invalid limit size' })])
    await expect(withRetries(refused.read)).rejects.toThrow('invalid limit size')
    expect(refused.calls()).toBe(1)
  })

  it('stops waiting for the next attempt when cancelled', async () => {
    const abort = new AbortController()
    const slow = flaky([new ApiError({ status: 503, message: '', retryAfter: 30 })])
    const run = withRetries(slow.read, abort.signal)
    setTimeout(() => abort.abort(new Error('cancelled')), 10)
    await expect(run).rejects.toThrow('cancelled')
    expect(slow.calls()).toBe(1)
  })
})
