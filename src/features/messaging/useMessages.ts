import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { MESSAGES_LIMIT_MAX, type MessageListParams } from '../../api/schemas/message'
import { fetchAllMessages, messageQueries } from '../../data/messages'
import { downloadText } from '../../lib/download'
import { messagesCsv } from './messages-csv'

const HOUR_MS = 3_600_000
export const RANGES = [
  { value: '1h', label: 'Last hour', ms: HOUR_MS },
  { value: '6h', label: 'Last 6 hours', ms: 6 * HOUR_MS },
  { value: '24h', label: 'Last 24 hours', ms: 24 * HOUR_MS },
  { value: '3d', label: 'Last 3 days', ms: 72 * HOUR_MS },
  { value: '7d', label: 'Last 7 days', ms: 168 * HOUR_MS },
]
/** The export asks for pages of 1000 (the readers' maximum), up to this many messages. */
const EXPORT_MAX = 20_000

/**
 * The Messages view's filters (range, name, subtopic, auto-refresh), its page, and the two reads: the page shown
 * and the chart's whole range.
 */
export function useMessages(domainId: string, channelId: string, publisher: string | undefined) {
  const [range, setRange] = useState('24h')
  const [name, setName] = useState('')
  const [subtopic, setSubtopic] = useState('')
  const [page, setPage] = useState(1)
  const [size, setSize] = useState<number>(100)
  const [refresh, setRefresh] = useState(false)
  // The range ends when it was chosen (or refreshed): a fixed window keeps pages stable while paging.
  const [until, setUntil] = useState(() => Date.now())
  const rangeMs = RANGES.find((r) => r.value === range)!.ms
  const span = { from: (until - rangeMs) * 1e6, to: (refresh ? until + 365 * 24 * HOUR_MS : until + 1) * 1e6 }
  const filters: MessageListParams = { publisher, name: name || undefined, subtopic: subtopic || undefined, ...span }
  const params: MessageListParams = { ...filters, offset: (page - 1) * size, limit: size }
  const list = useQuery(messageQueries.list(domainId, channelId, params, refresh))
  // The chart plots the whole range (its newest 1000 messages, the readers' largest page), whatever page is shown.
  const chart = useQuery(messageQueries.list(domainId, channelId, { ...filters, offset: 0, limit: MESSAGES_LIMIT_MAX }, refresh))

  /** A filter change starts again on page 1, with the range ending now. */
  const change = (apply: () => void) => {
    apply()
    setPage(1)
    setUntil(Date.now())
  }
  return {
    range,
    setRange: (v: string) => change(() => setRange(v)),
    name,
    setName: (v: string) => change(() => setName(v)),
    subtopic,
    setSubtopic: (v: string) => change(() => setSubtopic(v)),
    refresh,
    setRefresh: (on: boolean) => change(() => setRefresh(on)),
    page,
    setPage,
    size,
    setSize: (s: number) => {
      setSize(s)
      setPage(1)
    },
    filters,
    list,
    chart,
  }
}

const EXPORTING = 'Exporting…'

/** Every message the filters match, as a CSV download; `problem` says when it failed. */
export function useMessagesExport(domainId: string, channelId: string, exportName: string) {
  const [state, setState] = useState<string | null>(null)
  const run = async (filters: MessageListParams) => {
    setState(EXPORTING)
    try {
      const all = await fetchAllMessages(domainId, channelId, filters, EXPORT_MAX)
      downloadText(messagesCsv(all), `${exportName}-messages.csv`, 'text/csv')
      setState(null)
    } catch {
      setState('The export failed: try again.')
    }
  }
  return { run, running: state === EXPORTING, problem: state === EXPORTING ? null : state }
}
