import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Channel, ChannelListParams } from '../../api/schemas/channel'
import { Button } from '../../components/ui/Button'
import { DataTable } from '../../components/ui/DataTable'
import { FilterSelect, STATUS_FILTER_OPTIONS } from '../../components/ui/FilterSelect'
import { IconChannels, IconPlus } from '../../components/ui/icons'
import { ListPagination } from '../../components/ui/Pagination'
import { SearchBox } from '../../components/ui/SearchBox'
import { EmptyState } from '../../components/ui/StateViews'
import { useCurrentDomain } from '../../lib/current-domain'
import { READ_ONLY_REASON } from '../../lib/permissions'
import { useClampPage } from '../../lib/paging'
import { useUrlState } from '../../lib/url-state'
import { tableSort, tableStatus } from '../../lib/table-state'
import { channelColumns } from './channels-columns'
import { CreateChannelDialog } from './CreateChannelDialog'
import { channelQueries } from '../../data/channels'
import { LIST_ALLOWED, LIST_DEFAULTS } from './list-state'
import './connections.css'

const DEFAULTS = { ...LIST_DEFAULTS, status: 'all' }
const ALLOWED = { ...LIST_ALLOWED, status: ['all', 'enabled', 'disabled'] } as const

const rowId = (channel: Channel) => channel.id

/** The domain's channels, with how many clients each has; a channel opens its page. */
export function ChannelsPage() {
  const current = useCurrentDomain()
  const domainId = current.domain.id
  const navigate = useNavigate()
  const [state, setState] = useUrlState(DEFAULTS, ALLOWED)
  const [creating, setCreating] = useState(false)
  const params: ChannelListParams = {
    offset: (state.page - 1) * state.size,
    limit: state.size,
    name: state.q || undefined,
    status: state.status as ChannelListParams['status'],
    order: state.sort as ChannelListParams['order'],
    dir: state.dir as ChannelListParams['dir'],
  }
  const list = useQuery(channelQueries.list(domainId, params))
  const columns = useMemo(() => channelColumns(domainId), [domainId])
  const total = list.data?.total ?? 0

  useClampPage(state, total, list.isSuccess && !list.isPlaceholderData, setState)

  const createReason = current.canDomain('channel_create') ? null : READ_ONLY_REASON
  const filtered = Boolean(state.q || state.status !== 'all')
  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Channels</h1>
          <p className="page-subtitle">Message channels of this domain, and the clients connected to them.</p>
        </div>
        <div className="page-actions">
          <Button variant="primary" icon={<IconPlus />} disabledReason={createReason} onClick={() => setCreating(true)}>
            Create channel
          </Button>
        </div>
      </div>
      <div className="toolbar" role="search" aria-label="Filter channels">
        <SearchBox label="Search channels by name" placeholder="Search by name…" value={state.q} onChange={(q) => setState({ q })} />
        <FilterSelect label="Status" value={state.status} onChange={(status) => setState({ status })} options={STATUS_FILTER_OPTIONS} />
        {filtered && (
          <Button variant="ghost" size="sm" onClick={() => setState({ q: '', status: 'all' })}>
            Clear filters
          </Button>
        )}
      </div>
      <DataTable
        label="Channels"
        columns={columns}
        rows={list.data?.channels}
        getRowId={rowId}
        {...tableSort(state, setState)}
        {...tableStatus(list)}
        onRowClick={(channel) => navigate(`/${domainId}/channels/${channel.id}`)}
        empty={
          filtered ? (
            <EmptyState
              title="No channels match"
              description="Try another name, or clear the filters."
              action={<Button onClick={() => setState({ q: '', status: 'all' })}>Clear filters</Button>}
            />
          ) : (
            <EmptyState
              icon={<IconChannels size={22} />}
              title="No channels yet"
              description="Channels carry the messages clients publish and subscribe to."
              action={
                <Button variant="primary" icon={<IconPlus />} disabledReason={createReason} onClick={() => setCreating(true)}>
                  Create channel
                </Button>
              }
            />
          )
        }
      />
      <ListPagination paging={state} onChange={setState} total={total} noun={['channel', 'channels']} />
      {creating && <CreateChannelDialog onClose={() => setCreating(false)} />}
    </>
  )
}
