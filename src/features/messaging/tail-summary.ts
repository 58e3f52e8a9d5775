import { checkSenml } from '../../api/schemas/senml'

type Record_ = { bn?: string; n?: string; u?: string; bu?: string; v?: number; vs?: string; vb?: boolean; vd?: string; s?: number }

/** One line per record ("temperature = 21.5 Cel") for a valid SenML pack; null for anything else (shown as text). */
export function senmlLines(text: string): string[] | null {
  if (!checkSenml(text).ok) return null
  let baseName = ''
  let baseUnit = ''
  return (JSON.parse(text) as Record_[]).map((r) => {
    if (r.bn) baseName = r.bn
    if (r.bu) baseUnit = r.bu
    const value = r.v ?? r.vs ?? r.vb ?? r.vd ?? (r.s !== undefined ? `sum ${r.s}` : '')
    const unit = r.u || baseUnit
    return `${baseName}${r.n ?? ''} = ${String(value)}${unit ? ` ${unit}` : ''}`
  })
}
