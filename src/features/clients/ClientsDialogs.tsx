import { Suspense, lazy } from 'react'
import type { Client, ClientListParams } from '../../api/schemas/client'
import { useToast } from '../../components/ui/Toasts'
import { pluralize } from '../../lib/format'
import { clientName } from './clients-columns'
import { DeleteClientDialog } from './DeleteClientDialog'
import type { BulkSelection } from './useBulkSelection'
import type { ClientsDialog } from './useClientsPageActions'

// Dialogs load when first opened: the list itself stays light.
const CreateClientDialog = lazy(() => import('./CreateClientDialog').then((m) => ({ default: m.CreateClientDialog })))
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })))
const ImportClientsDialog = lazy(() => import('./csv/ImportClientsDialog').then((m) => ({ default: m.ImportClientsDialog })))

type Props = {
  domainId: string
  open: ClientsDialog
  onOpen: (open: ClientsDialog) => void
  params: ClientListParams
  total: number
  selection: BulkSelection
  deleting: Client | null
  onDeleteClose: () => void
  openClient: (client: Client) => void
}

/** The clients page's create, import, export and delete dialogs, and the toasts that say how they went. */
export function ClientsDialogs({ domainId, open, onOpen, params, total, selection, deleting, onDeleteClose, openClient }: Props) {
  const toast = useToast()
  return (
    <>
      <Suspense fallback={null}>
        {open === 'create' && (
          <CreateClientDialog
            domainId={domainId}
            open
            onOpenChange={(next) => onOpen(next ? 'create' : null)}
            onCreated={(client) => {
              onOpen(null)
              toast({
                tone: 'success',
                title: `Client “${clientName(client)}” created`,
                action: { label: 'Open', onClick: () => openClient(client) },
              })
            }}
          />
        )}
        {open === 'import' && (
          <ImportClientsDialog
            domainId={domainId}
            open
            onOpenChange={(next) => onOpen(next ? 'import' : null)}
            onFinished={(created) => toast({ tone: 'success', title: `${pluralize(created, 'client')} created from the file` })}
          />
        )}
        {open === 'export' && (
          <ExportDialog
            domainId={domainId}
            params={params}
            total={total}
            selection={selection.count ? { target: selection.target(), count: selection.count } : null}
            onClose={() => onOpen(null)}
          />
        )}
      </Suspense>
      <DeleteClientDialog
        domainId={domainId}
        client={deleting}
        onClose={onDeleteClose}
        onDeleted={(client) => selection.forget(client.id)}
      />
    </>
  )
}
