import { expect } from 'vitest'

/**
 * For property tests of parsers of untrusted input: runs `call` and fails unless it returns (a value or a
 * refusal, never a throw) within `ms`. The bound is generous, many times the usual cost: the point is that
 * every input settles, in time that grows with its size, not how fast. `ms` is what the call may take on a
 * quiet machine; the check allows LOAD_SLACK times that, since CI shares two cores with other jobs and a
 * test run's own workers (a bound met at load 1 was missed at load 20). A hang or a quadratic blow-up on
 * the generated sizes still fails it.
 */
const LOAD_SLACK = 8

export async function settlesWithin<T>(ms: number, call: () => T | Promise<T>): Promise<T> {
  const start = performance.now()
  const value = await call()
  const took = performance.now() - start
  expect(took, `settled in ${took.toFixed(0)} ms`).toBeLessThan(ms * LOAD_SLACK)
  return value
}

/** Runs per property: enough to find the shapes of input that break a parser, few enough for a quick suite. */
export const RUNS = { numRuns: 200 }
