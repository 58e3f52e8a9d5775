import { describe, expect, it } from 'vitest'
import { describeTypes, missingTypes, planConnect } from './connection-types'

describe('planConnect', () => {
  it('asks only for the types each entity lacks, grouped into as few requests as possible', () => {
    const existing: Record<string, ('Publish' | 'Subscribe')[]> = {
      a: [],
      b: ['Publish'],
      c: ['Publish', 'Subscribe'],
      d: [],
      e: ['Publish'],
    }
    const plan = planConnect(['a', 'b', 'c', 'd', 'e', 'a'], (id) => existing[id] ?? [], ['publish', 'subscribe'])
    expect(plan).toEqual([
      { ids: ['a', 'd'], types: ['publish', 'subscribe'] },
      { ids: ['b', 'e'], types: ['subscribe'] },
    ])
  })

  it('leaves out what is already connected for every wanted type', () => {
    expect(planConnect(['x'], () => ['Subscribe'], ['subscribe'])).toEqual([])
    expect(planConnect(['x'], () => ['Subscribe'], ['publish'])).toEqual([{ ids: ['x'], types: ['publish'] }])
  })
})

describe('type helpers', () => {
  it('compares wire and input spellings', () => {
    expect(missingTypes(['Publish'], ['publish', 'subscribe'])).toEqual(['subscribe'])
    expect(describeTypes(['subscribe', 'Publish'])).toBe('Publish and Subscribe')
    expect(describeTypes([])).toBe('')
  })
})
