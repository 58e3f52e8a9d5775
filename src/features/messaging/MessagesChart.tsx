import { useEffect, useMemo, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { StoredMessage } from '../../api/schemas/message'

/** Colours that read on light and dark surfaces alike. */
const COLORS = ['#2f6fed', '#e8590c', '#2b8a3e', '#ae3ec9', '#c92a2a', '#0c8599', '#5c7cfa', '#d9480f']

const CHART_HEIGHT = 180

export type ChartData = { names: string[]; data: uPlot.AlignedData }

/**
 * The numeric values as uPlot's aligned columns: one x column of seconds (oldest first) and one series per name,
 * null where a name has no reading at that time.
 */
export function chartData(messages: StoredMessage[]): ChartData {
  const numeric = messages.filter((m) => typeof m.value === 'number' && m.name)
  const names = [...new Set(numeric.map((m) => m.name!))].sort()
  const times = [...new Set(numeric.map((m) => (m.time ?? 0) / 1e9))].sort((a, b) => a - b)
  const at = new Map(times.map((t, i) => [t, i]))
  const columns = names.map(() => Array.from<number | null>({ length: times.length }).fill(null))
  const column = new Map(names.map((n, i) => [n, columns[i]]))
  for (const m of numeric) column.get(m.name!)![at.get((m.time ?? 0) / 1e9)!] = m.value!
  return { names, data: [times, ...columns] }
}

export type ChartGroup = ChartData & { unit: string }

/**
 * One chart per unit: a counter in the thousands and a temperature near 20 on one axis would flatten the
 * temperature into a line. Names without a unit share one chart; each name keeps the unit of its newest message.
 */
export function chartGroups(messages: StoredMessage[]): ChartGroup[] {
  const unitOf = new Map<string, string>()
  for (const m of messages) if (m.name && typeof m.value === 'number' && !unitOf.has(m.name)) unitOf.set(m.name, m.unit ?? '')
  const byUnit = new Map<string, StoredMessage[]>()
  for (const m of messages) {
    const unit = m.name !== undefined ? unitOf.get(m.name) : undefined
    if (unit === undefined) continue
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), m])
  }
  return [...byUnit.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map((unit) => ({ unit, ...chartData(byUnit.get(unit)!) }))
}

/** The numeric values over time: one chart per unit, one line per name. */
export function MessagesChart({ messages, total }: { messages: StoredMessage[]; total: number }) {
  const groups = useMemo(() => chartGroups(messages), [messages])
  if (!groups.length) return null
  return (
    <figure className="messages-chart">
      {groups.map((group, i) => (
        <UnitChart key={group.unit} group={group} colorOffset={i * 2} />
      ))}
      <figcaption className="muted">
        Numeric values over the chosen range, one chart per unit and one line per name
        {total > messages.length ? ` (the newest ${messages.length} of ${total} messages)` : ''}.
      </figcaption>
    </figure>
  )
}

function UnitChart({ group, colorOffset }: { group: ChartGroup; colorOffset: number }) {
  const box = useRef<HTMLDivElement>(null)
  const { names, data, unit } = group

  useEffect(() => {
    const element = box.current
    if (!element || !names.length) return
    const styles = getComputedStyle(element)
    const axis = {
      stroke: styles.getPropertyValue('--text-muted') || '#666',
      grid: { stroke: styles.getPropertyValue('--border') || '#ddd' },
    }
    const plot = new uPlot(
      {
        width: element.clientWidth || 600,
        height: CHART_HEIGHT,
        series: [
          {},
          ...names.map((name, i) => ({ label: name, stroke: COLORS[(i + colorOffset) % COLORS.length], width: 1.5, spanGaps: true })),
        ],
        axes: [axis, { ...axis, label: unit || undefined }],
        legend: { live: false },
      },
      data,
      element,
    )
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height: CHART_HEIGHT }))
    resize.observe(element)
    return () => {
      resize.disconnect()
      plot.destroy()
    }
  }, [names, data, unit, colorOffset])

  return <div ref={box} role="img" aria-label={`Chart of ${names.join(', ')}${unit ? ` (${unit})` : ''} over the chosen range`} />
}
