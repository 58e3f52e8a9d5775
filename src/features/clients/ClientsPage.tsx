import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { errorMessage } from '../../api/errors'
import type { Client } from '../../api/schemas/client'
import { Button } from '../../components/ui/Button'
import { ColumnChooser } from '../../components/ui/ColumnChooser'
import { ConfirmDialog } from '../../components/ui/ConfirmDialog'
import { DataTable, type RowSelection } from '../../components/ui/DataTable'
import { ListPagination } from '../../components/ui/Pagination'
import { EmptyState } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconCpu, IconDownload, IconPlus, IconUpload } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { pluralize } from '../../lib/format'
import { entityPermissions } from '../../lib/permissions'
import { useApplyWhenReady } from '../../lib/apply-when-ready'
import { useClampPage } from '../../lib/paging'
import { useUrlState } from '../../lib/url-state'
import { tableSort, tableStatus } from '../../lib/table-state'
import { BulkBar } from './BulkBar'
import { CLEAR_FILTERS, ClientsToolbar, hasClientFilters } from './ClientsToolbar'
import { useClientColumnChoice } from './client-column-choice'
import { SavedViews } from './SavedViews'
import { clientColumns, clientName, type RowActions } from './clients-columns'
import { CLIENT_LIST_ALLOWED, CLIENT_LIST_DEFAULTS, toListParams, type ClientListState } from './list-params'
import { useDeleteClient } from './mutations'
import { clientKeys, clientQueries } from './queries'
import './clients.css'

// Dialogs load when first opened: the list itself stays light.
const CreateClientDialog = lazy(() => import('./CreateClientDialog').then((m) => ({ default: m.CreateClientDialog })))
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })))
const ImportClientsDialog = lazy(() => import('./csv/ImportClientsDialog').then((m) => ({ default: m.ImportClientsDialog })))

const rowId = (client: Client) => client.id

const WAITS_FOR_ROWS = new Set(['page', 'sort', 'dir', 'q'])

/** Orders one page by last seen (never-seen clients last), from the telemetry already fetched. */
function byLastSeen(clients: Client[] | undefined, lastSeen: string[], desc: boolean) {
  if (!clients) return clients
  const order = clients.map((client, i) => ({ client, seen: lastSeen[i] }))
  order.sort((a, b) => (a.seen === b.seen ? 0 : !a.seen ? 1 : !b.seen ? -1 : (a.seen < b.seen ? -1 : 1) * (desc ? -1 : 1)))
  return order.map((o) => o.client)
}

type Open = 'create' | 'import' | 'export' | null

export function ClientsPage() {
  const current = useCurrentDomain()
  const { domain, canDomain } = current
  const navigate = useNavigate()
  const toast = useToast()
  const queryClient = useQueryClient()
  const [state, setUrlState] = useUrlState(CLIENT_LIST_DEFAULTS, CLIENT_LIST_ALLOWED)
  /** Starts loading the list at `at`; resolves once it is in, or returns null when its rows are cached already. */
  const prefetchList = useCallback(
    (at: ClientListState) => {
      const options = clientQueries.list(domain.id, toListParams(at))
      const done = queryClient.prefetchQuery(options)
      return queryClient.getQueryData(options.queryKey) === undefined ? done : null
    },
    [queryClient, domain.id],
  )
  const applyWhenReady = useApplyWhenReady(useLocation().search, setUrlState)
  // The request starts on the click, not after the page has re-rendered for the new URL. Sort, page and search then
  // wait for their rows (briefly); other changes come from controlled inputs, which must show the new value at once.
  const setState = useCallback(
    (patch: Partial<ClientListState>, options?: { replace?: boolean }) => {
      const at = (merged: Partial<ClientListState>) => ({ ...state, ...('page' in merged ? {} : { page: 1 }), ...merged })
      if (Object.keys(patch).every((key) => WAITS_FOR_ROWS.has(key))) {
        applyWhenReady(patch, (merged) => prefetchList(at(merged)), options)
        return
      }
      void prefetchList(at(patch))
      setUrlState(patch, options)
    },
    [state, prefetchList, setUrlState, applyWhenReady],
  )
  const [open, setOpen] = useState<Open>(null)
  const [selection, setSelection] = useState<RowSelection>({})
  const [deleting, setDeleting] = useState<Client | null>(null)
  const remove = useDeleteClient(domain.id)
  const params = toListParams(state)
  const list = useQuery(clientQueries.list(domain.id, params))
  const total = list.data?.total ?? 0
  const lastSeen = useQueries({
    queries: (state.sort === 'last_seen' ? (list.data?.clients ?? []) : []).map((c) => clientQueries.telemetry(domain.id, c.id)),
    combine: (results) => results.map((r) => r.data?.last_seen ?? ''),
  })
  const rows = state.sort === 'last_seen' ? byLastSeen(list.data?.clients, lastSeen, state.dir === 'desc') : list.data?.clients
  const createReason = canDomain('client_create') ? null : 'Your role in this domain cannot create clients (needs client_create)'

  const actions = useMemo<RowActions>(
    () => ({
      view: (client) => navigate(`/${domain.id}/clients/${client.id}`),
      edit: (client) => navigate(`/${domain.id}/clients/${client.id}?edit=name`),
      remove: setDeleting,
      reasons: (client) => {
        const permissions = entityPermissions(current, 'client', client)
        return {
          edit: permissions.reason('update', 'edit this client') ?? (client.status === 'enabled' ? null : 'Enable the client to edit it'),
          remove: permissions.reason('delete', 'delete this client'),
        }
      },
    }),
    [current, domain.id, navigate],
  )
  const baseColumns = useMemo(() => clientColumns(domain.id, actions), [domain.id, actions])
  const columnChoice = useClientColumnChoice(baseColumns)

  useClampPage(state, total, list.isSuccess && !list.isPlaceholderData, setState)

  // The next page is the likeliest click: fetched while the operator reads this one (after its own per-row requests
  // have started), it opens at once.
  const hasNextPage = list.isSuccess && !list.isPlaceholderData && state.page * state.size < total
  useEffect(() => {
    if (!hasNextPage) return
    const timer = setTimeout(() => void prefetchList({ ...state, page: state.page + 1 }), 250)
    return () => clearTimeout(timer)
  }, [hasNextPage, state, prefetchList])

  const filtered = hasClientFilters(state)
  const selectedIds = Object.keys(selection).filter((id) => selection[id])
  const createButton = (label: string) => (
    <Button variant="primary" icon={<IconPlus />} disabledReason={createReason} onClick={() => setOpen('create')}>
      {label}
    </Button>
  )

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Clients</h1>
          <p className="page-subtitle">Devices and applications that publish and subscribe on this domain&apos;s channels.</p>
        </div>
        <div className="page-actions">
          <SavedViews
            domainId={domain.id}
            prefs={columnChoice.prefs}
            orderedIds={columnChoice.columnOrder}
            onColumns={columnChoice.setPrefs}
          />
          <ColumnChooser
            table="Clients"
            columns={columnChoice.chooserColumns}
            prefs={columnChoice.prefs}
            onChange={columnChoice.setPrefs}
          />
          <Button icon={<IconDownload />} disabledReason={total ? null : 'Nothing to export'} onClick={() => setOpen('export')}>
            Export CSV
          </Button>
          <Button icon={<IconUpload />} disabledReason={createReason} onClick={() => setOpen('import')}>
            Create clients
          </Button>
          {createButton('Create')}
        </div>
      </div>
      <ClientsToolbar domainId={domain.id} state={state} onChange={setState} />
      {selectedIds.length > 0 && (
        <BulkBar domainId={domain.id} ids={selectedIds} onDone={() => setSelection({})} onClear={() => setSelection({})} />
      )}
      <DataTable
        label="Clients"
        columns={columnChoice.columns}
        columnVisibility={columnChoice.columnVisibility}
        columnOrder={columnChoice.columnOrder}
        rows={rows}
        getRowId={rowId}
        {...tableSort(state, setState)}
        {...tableStatus(list)}
        onRowClick={(client) => navigate(`/${domain.id}/clients/${client.id}`)}
        selection={{ value: selection, onChange: setSelection, rowLabel: clientName }}
        empty={
          filtered ? (
            <EmptyState
              title="No clients match"
              description="Try other filters, or clear them."
              action={<Button onClick={() => setState(CLEAR_FILTERS)}>Clear filters</Button>}
            />
          ) : (
            <EmptyState
              icon={<IconCpu size={22} />}
              title="No clients yet"
              description="Clients are the devices and applications that connect to this domain."
              action={createButton('Create a client')}
            />
          )
        }
      />
      {state.sort === 'last_seen' && total > state.size && (
        <p className="table-note" role="note">
          Sorted by last seen within this page: Magistrala cannot sort the whole list by last seen.
        </p>
      )}
      <ListPagination paging={state} onChange={setState} total={total} noun={['client', 'clients']} />

      <Suspense fallback={null}>
        {open === 'create' && (
          <CreateClientDialog
            domainId={domain.id}
            open
            onOpenChange={(next) => setOpen(next ? 'create' : null)}
            onCreated={(client) => {
              setOpen(null)
              toast({
                tone: 'success',
                title: `Client “${clientName(client)}” created`,
                action: { label: 'Open', onClick: () => navigate(`/${domain.id}/clients/${client.id}`) },
              })
            }}
          />
        )}
        {open === 'import' && (
          <ImportClientsDialog
            domainId={domain.id}
            open
            onOpenChange={(next) => setOpen(next ? 'import' : null)}
            onFinished={(created) => toast({ tone: 'success', title: `${pluralize(created, 'client')} created from the file` })}
          />
        )}
        {open === 'export' && <ExportDialog domainId={domain.id} params={params} total={total} onClose={() => setOpen(null)} />}
      </Suspense>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(next) => !next && (setDeleting(null), remove.reset())}
        title="Delete this client?"
        description={
          <>
            <strong>{deleting ? clientName(deleting) : ''}</strong> will be deleted with its connections and roles. This cannot be undone.
          </>
        }
        typeToConfirm={deleting ? clientName(deleting) : ''}
        confirmLabel="Delete client"
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast({ tone: 'success', title: `Client “${clientName(deleting)}” deleted` })
              setSelection(({ [deleting.id]: _gone, ...rest }) => rest)
              setDeleting(null)
              void queryClient.invalidateQueries({ queryKey: clientKeys.lists(domain.id) })
            },
          })
        }
      />
    </>
  )
}
