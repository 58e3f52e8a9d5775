import { describe, expect, it, vi } from 'vitest'

// uPlot reads matchMedia when it loads; the function under test does not need it.
vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }))
const { chartData, chartGroups } = await import('./MessagesChart')

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

  it('puts each unit on a chart of its own, named units first, so a counter does not flatten a temperature', () => {
    const groups = chartGroups([
      { channel: 'c', name: 'count', value: 12000, time: 1e9 },
      { channel: 'c', name: 'temp', unit: 'Cel', value: 21, time: 1e9 },
      { channel: 'c', name: 'hum', unit: '%RH', value: 40, time: 2e9 },
      { channel: 'c', name: 'temp', unit: 'Cel', value: 22, time: 2e9 },
      { channel: 'c', name: 'note', string_value: 'ok', time: 2e9 },
    ])
    expect(groups.map((g) => [g.unit, g.names])).toEqual([
      ['%RH', ['hum']],
      ['Cel', ['temp']],
      ['', ['count']],
    ])
    expect(groups[1].data).toEqual([
      [1, 2],
      [21, 22],
    ])
  })
})
