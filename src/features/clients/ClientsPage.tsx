import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Client } from '../../api/schemas/client'
import { Button } from '../../components/ui/Button'
import { DataTable } from '../../components/ui/DataTable'
import { Pagination } from '../../components/ui/Pagination'
import { EmptyState } from '../../components/ui/StateViews'
import { IconCpu } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { useUrlState } from '../../lib/url-state'
import { ClientsToolbar, hasClientFilters } from './ClientsToolbar'
import { clientColumns } from './clients-columns'
import { CLIENT_LIST_ALLOWED, CLIENT_LIST_DEFAULTS, toListParams } from './list-params'
import { clientQueries } from './queries'
import './clients.css'

const rowId = (client: Client) => client.id

export function ClientsPage() {
  const { domain } = useCurrentDomain()
  const navigate = useNavigate()
  const [state, setState] = useUrlState(CLIENT_LIST_DEFAULTS, CLIENT_LIST_ALLOWED)
  const params = toListParams(state)
  const list = useQuery(clientQueries.list(domain.id, params))
  const columns = useMemo(() => clientColumns(domain.id), [domain.id])
  const total = list.data?.total ?? 0

  // A filter or a deletion can leave the page past the end: step back to the last page.
  const lastPage = Math.max(1, Math.ceil(total / state.size))
  useEffect(() => {
    if (list.isSuccess && !list.isPlaceholderData && state.page > lastPage) setState({ page: lastPage }, { replace: true })
  }, [list.isSuccess, list.isPlaceholderData, state.page, lastPage, setState])

  const filtered = hasClientFilters(state)
  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Clients</h1>
          <p className="page-subtitle">Devices and applications that publish and subscribe on this domain&apos;s channels.</p>
        </div>
      </div>
      <ClientsToolbar state={state} onChange={setState} />
      <DataTable
        label="Clients"
        columns={columns}
        rows={list.data?.clients}
        getRowId={rowId}
        sort={{ id: state.sort, desc: state.dir === 'desc' }}
        onSortChange={(sort) => setState({ sort: sort.id, dir: sort.desc ? 'desc' : 'asc' })}
        loading={list.isPending}
        fetching={list.isFetching}
        error={list.error}
        onRetry={() => list.refetch()}
        onRowClick={(client) => navigate(`/${domain.id}/clients/${client.id}`)}
        empty={
          filtered ? (
            <EmptyState
              title="No clients match"
              description="Try another name or tag, or clear the filters."
              action={<Button onClick={() => setState({ q: '', tag: '', status: 'all' })}>Clear filters</Button>}
            />
          ) : (
            <EmptyState icon={<IconCpu size={22} />} title="No clients yet" description="Clients are the devices and applications that connect to this domain." />
          )
        }
      />
      {total > 0 && (
        <Pagination
          page={state.page}
          pageSize={state.size}
          total={total}
          noun={['client', 'clients']}
          onPageChange={(page) => setState({ page })}
          onPageSizeChange={(size) => setState({ size })}
        />
      )}
    </>
  )
}
