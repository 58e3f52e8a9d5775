import { useMemo } from 'react'
import type { Client } from '../../api/schemas/client'
import { Button } from '../../components/ui/Button'
import { DataTable } from '../../components/ui/DataTable'
import { ListPagination } from '../../components/ui/Pagination'
import { EmptyState } from '../../components/ui/StateViews'
import { IconCpu } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { tableSort, tableStatus } from '../../lib/table-state'
import { BulkBar } from './BulkBar'
import { CLEAR_FILTERS, hasClientFilters } from './client-filters'
import { ClientsDialogs } from './ClientsDialogs'
import { ClientsPageHeader, CreateClientButton } from './ClientsPageHeader'
import { ClientsToolbar } from './ClientsToolbar'
import { useClientColumnChoice } from './client-column-choice'
import { clientColumns, clientName } from './clients-columns'
import { useBulkJob } from './useBulkJob'
import { useBulkSelection } from './useBulkSelection'
import { useClientList } from './useClientList'
import { useClientsPageActions } from './useClientsPageActions'
import './clients.css'

const rowId = (client: Client) => client.id

export function ClientsPage() {
  const { domain } = useCurrentDomain()
  const { state, setState, params, list, total, rows } = useClientList(domain.id)
  const selection = useBulkSelection(params, rows, total)
  const job = useBulkJob(domain.id)
  const { open, setOpen, deleting, setDeleting, createReason, openClient, rowActions } = useClientsPageActions()
  const baseColumns = useMemo(() => clientColumns(domain.id, rowActions), [domain.id, rowActions])
  const columnChoice = useClientColumnChoice(baseColumns)

  return (
    <>
      <ClientsPageHeader domainId={domain.id} columnChoice={columnChoice} total={total} createReason={createReason} onOpen={setOpen} />
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
        onRowClick={openClient}
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
              action={
                <CreateClientButton reason={createReason} onClick={() => setOpen('create')}>
                  Create a client
                </CreateClientButton>
              }
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
      <ClientsDialogs
        domainId={domain.id}
        open={open}
        onOpen={setOpen}
        params={params}
        total={total}
        selection={selection}
        deleting={deleting}
        onDeleteClose={() => setDeleting(null)}
        openClient={openClient}
      />
    </>
  )
}
