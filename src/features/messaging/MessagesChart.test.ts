import { describe, expect, it, vi } from 'vitest'

// uPlot reads matchMedia when it loads; the function under test does not need it.
vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }))
const { chartData } = await import('./MessagesChart')

describe('chartData', () => {
  it('aligns numeric values by time, oldest first, one series per name, null where a name has no reading', () => {
    const { names, data } = chartData([
      { channel: 'c', name: 'temp', value: 21, time: 3e9 },
      { channel: 'c', name: 'hum', value: 40, time: 2e9 },
      { channel: 'c', name: 'temp', value: 20, time: 1e9 },
      { channel: 'c', name: 'door', bool_value: true, time: 2e9 },
    ])
    expect(names).toEqual(['hum', 'temp'])
    expect(data).toEqual([
      [1, 2, 3],
      [null, 40, null],
      [20, null, 21],
    ])
  })
})
