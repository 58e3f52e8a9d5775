import { lazy, Suspense } from 'react'
import { Button } from '../../components/ui/Button'
import { FilterSelect } from '../../components/ui/FilterSelect'
import { IconDownload, IconInfo } from '../../components/ui/icons'
import { Pagination } from '../../components/ui/Pagination'
import { SearchBox } from '../../components/ui/SearchBox'
import { ErrorState, Skeleton } from '../../components/ui/StateViews'
import { Switch } from '../../components/ui/Switch'
import { ChartBoundary } from './ChartBoundary'
import { MessagesTable } from './MessagesTable'
import { RANGES, useMessages, useMessagesExport } from './useMessages'

// uPlot and its CSS download only when a Messages tab shows a chart.
const MessagesChart = lazy(() => import('./MessagesChart').then((m) => ({ default: m.MessagesChart })))

const PAGE_SIZES = [50, 100, 500, 1000] as const

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
  const view = useMessages(domainId, channelId, publisher)
  const exporter = useMessagesExport(domainId, channelId, exportName)
  const { list, chart } = view
  const messages = list.data?.messages

  return (
    <div className="messages-view">
      <div className="toolbar" role="search" aria-label="Filter messages">
        <FilterSelect label="Range" value={view.range} onChange={view.setRange} options={RANGES} />
        <SearchBox label="Filter by name (exact)" placeholder="Name, e.g. temperature" value={view.name} onChange={view.setName} />
        <SearchBox label="Filter by subtopic (exact)" placeholder="Subtopic" value={view.subtopic} onChange={view.setSubtopic} />
        <Switch checked={view.refresh} onChange={view.setRefresh} label="Auto-refresh" text="Auto-refresh" />
        <Button
          icon={<IconDownload />}
          onClick={() => void exporter.run(view.filters)}
          loading={exporter.running}
          disabledReason={messages?.length ? null : 'Nothing to export'}
        >
          Export CSV
        </Button>
      </div>
      {exporter.problem && (
        <p className="field-error" role="alert">
          {exporter.problem}
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
            No messages {publisher ? 'from this client ' : ''}in this range{view.name || view.subtopic ? ' with these filters' : ''}. Stored
            messages need a Rules Engine rule with a <code>save_senml</code> output on this channel.
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
            page={view.page}
            pageSize={view.size}
            total={list.data.total}
            onPageChange={view.setPage}
            onPageSizeChange={view.setSize}
            pageSizes={PAGE_SIZES}
            noun={['message', 'messages']}
          />
        </>
      )}
    </div>
  )
}
