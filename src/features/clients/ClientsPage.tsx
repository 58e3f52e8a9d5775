import { Suspense, lazy, useMemo, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Client } from '../../api/schemas/client'
import { Button } from '../../components/ui/Button'
import { ColumnChooser } from '../../components/ui/ColumnChooser'
import { DataTable } from '../../components/ui/DataTable'
import { ListPagination } from '../../components/ui/Pagination'
import { EmptyState } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconCpu, IconDownload, IconPlus, IconUpload } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { pluralize } from '../../lib/format'
import { entityPermissions } from '../../lib/permissions'
import { tableSort, tableStatus } from '../../lib/table-state'
import { BulkBar } from './BulkBar'
import { CLEAR_FILTERS, hasClientFilters } from './client-filters'
import { ClientsToolbar } from './ClientsToolbar'
import { useClientColumnChoice } from './client-column-choice'
import { SavedViews } from './SavedViews'
import { clientColumns, clientName, type RowActions } from './clients-columns'
import { DeleteClientDialog } from './DeleteClientDialog'
import { useBulkJob } from './useBulkJob'
import { useBulkSelection } from './useBulkSelection'
import { useClientList } from './useClientList'
import './clients.css'

// Dialogs load when first opened: the list itself stays light.
const CreateClientDialog = lazy(() => import('./CreateClientDialog').then((m) => ({ default: m.CreateClientDialog })))
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })))
const ImportClientsDialog = lazy(() => import('./csv/ImportClientsDialog').then((m) => ({ default: m.ImportClientsDialog })))

const rowId = (client: Client) => client.id

type Open = 'create' | 'import' | 'export' | null

export function ClientsPage() {
  const current = useCurrentDomain()
  const { domain, canDomain } = current
  const navigate = useNavigate()
  const toast = useToast()
  const { state, setState, params, list, total, rows } = useClientList(domain.id)
  const [open, setOpen] = useState<Open>(null)
  const selection = useBulkSelection(params, rows, total)
  const job = useBulkJob(domain.id)
  const [deleting, setDeleting] = useState<Client | null>(null)
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
      {(selection.count > 0 || job.running) && <BulkBar domainId={domain.id} selection={selection} job={job} />}
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
        selection={{ value: selection.picked, onChange: selection.setPicked, rowLabel: clientName }}
        empty={
          hasClientFilters(state) ? (
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
        {open === 'export' && (
          <ExportDialog
            domainId={domain.id}
            params={params}
            total={total}
            selection={selection.count ? { target: selection.target(), count: selection.count } : null}
            onClose={() => setOpen(null)}
          />
        )}
      </Suspense>
      <DeleteClientDialog
        domainId={domain.id}
        client={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(client) => selection.forget(client.id)}
      />
    </>
  )
}
