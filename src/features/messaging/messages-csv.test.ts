import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { messagesCsv, messageValue } from './messages-csv'

describe('messagesCsv', () => {
  it('writes one row per message with whichever value it has, its time as ISO and in ns, formulas escaped', () => {
    const csv = messagesCsv([
      { channel: 'c', name: 'temp', value: 21.5, unit: 'Cel', time: 1767225600e9, publisher: 'p', protocol: 'http' },
      { channel: 'c', name: 'note', string_value: '=HYPERLINK("x")', subtopic: 'a/b', time: 1767225601e9 },
    ])
    const { data } = Papa.parse<string[]>(csv.trim())
    expect(data).toEqual([
      ['time', 'name', 'value', 'unit', 'subtopic', 'publisher', 'protocol', 'time_ns'],
      ['2026-01-01T00:00:00.000Z', 'temp', '21.5', 'Cel', '', 'p', 'http', '1767225600000000000'],
      ['2026-01-01T00:00:01.000Z', 'note', `'=HYPERLINK("x")`, '', 'a/b', '', '', '1767225601000000000'],
    ])
  })

  it('reads bool, data and sum values', () => {
    expect(messageValue({ channel: 'c', bool_value: false })).toBe('false')
    expect(messageValue({ channel: 'c', data_value: 'AA==' })).toBe('AA==')
    expect(messageValue({ channel: 'c', sum: 3 })).toBe('sum 3')
  })
})
