import { Button } from '../../components/ui/Button'
import { ColumnChooser } from '../../components/ui/ColumnChooser'
import { IconDownload, IconPlus, IconUpload } from '../../components/ui/icons'
import type { useClientColumnChoice } from './client-column-choice'
import { SavedViews } from './SavedViews'
import type { ClientsDialog } from './useClientsPageActions'

type Props = {
  domainId: string
  columnChoice: ReturnType<typeof useClientColumnChoice>
  total: number
  createReason: string | null
  onOpen: (dialog: ClientsDialog) => void
}

export function ClientsPageHeader({ domainId, columnChoice, total, createReason, onOpen }: Props) {
  return (
    <div className="page-header">
      <div>
        <h1 className="page-title">Clients</h1>
        <p className="page-subtitle">Devices and applications that publish and subscribe on this domain&apos;s channels.</p>
      </div>
      <div className="page-actions">
        <SavedViews
          domainId={domainId}
          prefs={columnChoice.prefs}
          orderedIds={columnChoice.columnOrder}
          onColumns={columnChoice.setPrefs}
        />
        <ColumnChooser table="Clients" columns={columnChoice.chooserColumns} prefs={columnChoice.prefs} onChange={columnChoice.setPrefs} />
        <Button icon={<IconDownload />} disabledReason={total ? null : 'Nothing to export'} onClick={() => onOpen('export')}>
          Export CSV
        </Button>
        <Button icon={<IconUpload />} disabledReason={createReason} onClick={() => onOpen('import')}>
          Create clients
        </Button>
        <CreateClientButton reason={createReason} onClick={() => onOpen('create')}>
          Create
        </CreateClientButton>
      </div>
    </div>
  )
}

export function CreateClientButton({ reason, onClick, children }: { reason: string | null; onClick: () => void; children: string }) {
  return (
    <Button variant="primary" icon={<IconPlus />} disabledReason={reason} onClick={onClick}>
      {children}
    </Button>
  )
}
