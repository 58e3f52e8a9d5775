import { describe, expect, it } from 'vitest'
import { escapeCsvCell, unescapeCsvCell } from './csv-escape'

describe('escapeCsvCell', () => {
  it('quotes every formula-like start, including a formula behind a line break or tab', () => {
    for (const value of ['=SUM(A1)', '+1', '-2', '@cmd', '\t=1+1', '\r=1+1', '=A1\nplain']) expect(escapeCsvCell(value)).toBe(`'${value}`)
  })

  it('leaves plain values, quoted values and formulas after the first character alone', () => {
    for (const value of ['plain', "'quoted", 'a=b', '', ' =1']) expect(escapeCsvCell(value)).toBe(value)
  })

  it('round-trips through unescapeCsvCell', () => {
    for (const value of ['=SUM(A1)', '+1', '-2', '@cmd', 'plain', "'plain"]) expect(unescapeCsvCell(escapeCsvCell(value))).toBe(value)
  })

  it("keeps the quote of a value that starts with '= (it looked escaped already)", () => {
    for (const value of ["'=1+1", "''=x", "'@cmd", "'\t=1"]) {
      expect(escapeCsvCell(value)).toBe(`'${value}`)
      expect(unescapeCsvCell(escapeCsvCell(value))).toBe(value)
    }
  })
})
