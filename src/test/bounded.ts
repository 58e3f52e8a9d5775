import { expect } from 'vitest'

/**
 * For property tests of parsers of untrusted input: runs `call` and fails unless it returns (a value or a
 * refusal, never a throw) within `ms`. The bound is generous, many times the usual cost: the point is that
 * every input settles, in time that grows with its size, not how fast.
 */
export async function settlesWithin<T>(ms: number, call: () => T | Promise<T>): Promise<T> {
  const start = performance.now()
  const value = await call()
  const took = performance.now() - start
  expect(took, `settled in ${took.toFixed(0)} ms`).toBeLessThan(ms)
  return value
}

/** Runs per property: enough to find the shapes of input that break a parser, few enough for a quick suite. */
export const RUNS = { numRuns: 200 }
