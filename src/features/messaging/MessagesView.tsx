import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useMemo, useState } from 'react'
import { MESSAGES_LIMIT_MAX, type MessageListParams, type StoredMessage } from '../../api/schemas/message'
import { Button } from '../../components/ui/Button'
import { FilterSelect } from '../../components/ui/FilterSelect'
import { IconDownload, IconInfo } from '../../components/ui/icons'
import { Pagination } from '../../components/ui/Pagination'
import { SearchBox } from '../../components/ui/SearchBox'
import { ErrorState, Skeleton } from '../../components/ui/StateViews'
import { Switch } from '../../components/ui/Switch'
import { fetchAllMessages, messageQueries } from '../../data/messages'
import { downloadText } from '../../lib/download'
import { ChartBoundary } from './ChartBoundary'
import { messagesCsv, messageTime, messageValue } from './messages-csv'

// uPlot and its CSS download only when a Messages tab shows a chart.
const MessagesChart = lazy(() => import('./MessagesChart').then((m) => ({ default: m.MessagesChart })))

const HOUR_MS = 3_600_000
const RANGES = [
  { value: '1h', label: 'Last hour', ms: HOUR_MS },
  { value: '6h', label: 'Last 6 hours', ms: 6 * HOUR_MS },
  { value: '24h', label: 'Last 24 hours', ms: 24 * HOUR_MS },
  { value: '3d', label: 'Last 3 days', ms: 72 * HOUR_MS },
  { value: '7d', label: 'Last 7 days', ms: 168 * HOUR_MS },
]
const PAGE_SIZES = [50, 100, 500, 1000] as const
/** The export asks for pages of 1000 (the readers' maximum), up to this many messages. */
const EXPORT_MAX = 20_000

type Props = {
  domainId: string
  channelId: string
  /** Only this client's messages (the readers' `publisher` filter). */
  publisher?: string
  /** The name the exported file starts with. */
  exportName: string
}

/**
 * A channel's stored messages from the readers: newest first, over a time range (Unix ns on the wire), filtered by
 * name and subtopic, paged, optionally refreshed every few seconds, exported as CSV, and charted.
 */
export function MessagesView({ domainId, channelId, publisher, exportName }: Props) {
  const [range, setRange] = useState('24h')
  const [name, setName] = useState('')
  const [subtopic, setSubtopic] = useState('')
  const [page, setPage] = useState(1)
  const [size, setSize] = useState<number>(100)
  const [refresh, setRefresh] = useState(false)
  const [exporting, setExporting] = useState<string | null>(null)
  // The range ends when it was chosen (or refreshed): a fixed window keeps pages stable while paging.
  const [until, setUntil] = useState(() => Date.now())
  const rangeMs = RANGES.find((r) => r.value === range)!.ms
  const span = { from: (until - rangeMs) * 1e6, to: (refresh ? until + 365 * 24 * HOUR_MS : until + 1) * 1e6 }
  const filters: MessageListParams = { publisher, name: name || undefined, subtopic: subtopic || undefined, ...span }
  const params: MessageListParams = { ...filters, offset: (page - 1) * size, limit: size }
  const list = useQuery(messageQueries.list(domainId, channelId, params, refresh))
  // The chart plots the whole range (its newest 1000 messages, the readers' largest page), whatever page is shown.
  const chart = useQuery(messageQueries.list(domainId, channelId, { ...filters, offset: 0, limit: MESSAGES_LIMIT_MAX }, refresh))
  const messages = list.data?.messages

  const change = (apply: () => void) => {
    apply()
    setPage(1)
    setUntil(Date.now())
  }

  async function exportCsv() {
    setExporting('Exporting…')
    try {
      const all = await fetchAllMessages(domainId, channelId, filters, EXPORT_MAX)
      downloadText(messagesCsv(all), `${exportName}-messages.csv`, 'text/csv')
      setExporting(null)
    } catch {
      setExporting('The export failed: try again.')
    }
  }

  return (
    <div className="messages-view">
      <div className="toolbar" role="search" aria-label="Filter messages">
        <FilterSelect label="Range" value={range} onChange={(v) => change(() => setRange(v))} options={RANGES} />
        <SearchBox
          label="Filter by name (exact)"
          placeholder="Name, e.g. temperature"
          value={name}
          onChange={(v) => change(() => setName(v))}
        />
        <SearchBox
          label="Filter by subtopic (exact)"
          placeholder="Subtopic"
          value={subtopic}
          onChange={(v) => change(() => setSubtopic(v))}
        />
        <Switch checked={refresh} onChange={(on) => change(() => setRefresh(on))} label="Auto-refresh" text="Auto-refresh" />
        <Button
          icon={<IconDownload />}
          onClick={() => void exportCsv()}
          loading={exporting === 'Exporting…'}
          disabledReason={messages?.length ? null : 'Nothing to export'}
        >
          Export CSV
        </Button>
      </div>
      {exporting && exporting !== 'Exporting…' && (
        <p className="field-error" role="alert">
          {exporting}
        </p>
      )}
      {list.isError && !list.data ? (
        <ErrorState error={list.error} title="Could not load the messages" onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Skeleton height={240} />
      ) : messages === null ? (
        <p className="callout">
          <IconInfo />
          <span>
            Nothing has been stored for this channel. The readers only hold what a Rules Engine rule with a <code>save_senml</code> output
            writes: without such a rule for this channel, messages reach subscribers but are never stored.
          </span>
        </p>
      ) : !messages?.length ? (
        <p className="callout">
          <IconInfo />
          <span>
            No messages {publisher ? 'from this client ' : ''}in this range{name || subtopic ? ' with these filters' : ''}. Stored messages
            need a Rules Engine rule with a <code>save_senml</code> output on this channel.
          </span>
        </p>
      ) : (
        <>
          <ChartBoundary>
            <Suspense fallback={<Skeleton height={220} />}>
              {chart.data?.messages ? <MessagesChart messages={chart.data.messages} total={chart.data.total} /> : <Skeleton height={220} />}
            </Suspense>
          </ChartBoundary>
          <MessagesTable messages={messages} />
          <Pagination
            page={page}
            pageSize={size}
            total={list.data.total}
            onPageChange={setPage}
            onPageSizeChange={(s) => {
              setSize(s)
              setPage(1)
            }}
            pageSizes={PAGE_SIZES}
            noun={['message', 'messages']}
          />
        </>
      )}
    </div>
  )
}

function MessagesTable({ messages }: { messages: StoredMessage[] }) {
  const rows = useMemo(() => messages.map((m, i) => ({ key: `${m.time}-${m.name}-${i}`, m, time: messageTime(m) })), [messages])
  return (
    <div className="table-wrap">
      <table className="table messages-table" aria-label="Stored messages">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Unit</th>
            <th scope="col">Subtopic</th>
            <th scope="col">Protocol</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, m, time }) => (
            <tr key={key}>
              <td>
                <time dateTime={time}>{new Date(time).toLocaleString()}</time>
              </td>
              <td className="mono">{m.name}</td>
              <td className="mono">{messageValue(m)}</td>
              <td>{m.unit ?? ''}</td>
              <td className="mono">{m.subtopic || <span className="muted">—</span>}</td>
              <td>{m.protocol ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
