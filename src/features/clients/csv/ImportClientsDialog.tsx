import { useBlocker } from 'react-router-dom'
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog'
import { Dialog } from '../../../components/ui/Dialog'
import { Spinner } from '../../../components/ui/Spinner'
import { useLeaveWarning } from '../../../lib/use-leave-warning'
import { ColumnMapping } from './ColumnMapping'
import { ImportFooter } from './ImportFooter'
import { ImportPreview } from './ImportPreview'
import { ImportProgressView, ImportSummary } from './ImportSummary'
import { PickFile } from './PickFile'
import { useClientImport } from './useClientImport'
import './import.css'

type Props = { domainId: string; open: boolean; onOpenChange: (open: boolean) => void; onFinished: (created: number) => void }

export function ImportClientsDialog({ domainId, open, onOpenChange, onFinished }: Props) {
  const run = useClientImport(domainId)
  const { stage } = run
  const importing = stage.kind === 'importing'
  useLeaveWarning(importing)
  // Leaving the page inside the console asks first, as closing the tab does.
  const blocker = useBlocker(importing)

  const close = (next: boolean) => {
    if (next || importing) return
    const created = run.created()
    if (created) onFinished(created)
    run.reset()
    onOpenChange(false)
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Create clients from a CSV file"
      description="Preview every row, then create the valid ones in batches."
      size="xl"
      modalLock={stage.kind !== 'pick'}
      footer={
        <ImportFooter
          stage={stage}
          outcomes={run.outcomes}
          cancelling={run.cancelling}
          onClose={() => close(false)}
          onReset={run.reset}
          onStart={run.start}
          onCancel={run.cancel}
        />
      }
    >
      {stage.kind === 'pick' && <PickFile error={stage.error} onFile={run.choose} />}
      {stage.kind === 'parsing' && (
        <div className="import-busy" role="status">
          <Spinner size={20} />
          <p>
            Reading <strong>{stage.file.name}</strong>… {stage.read > 0 && `${stage.read.toLocaleString()} rows so far`}
          </p>
        </div>
      )}
      {stage.kind === 'mapping' && (
        <ColumnMapping file={stage.file} toMap={stage.toMap} onMap={(columns) => run.choose(stage.file, { columns })} />
      )}
      {stage.kind === 'preview' && (
        <ImportPreview
          stage={stage}
          filter={run.filter}
          onFilter={run.setFilter}
          onMapColumns={() => run.choose(stage.file, { mapping: true })}
        />
      )}
      {stage.kind === 'importing' && <ImportProgressView progress={stage.progress} cancelling={run.cancelling} />}
      {stage.kind === 'done' && <ImportSummary stage={stage} outcomes={run.outcomes} view={run.view} />}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => !open && blocker.reset?.()}
        title="Leave while clients are being created?"
        description="The import stops: rows already created stay. Importing the same file again finds them and creates only the rest."
        confirmLabel="Stop and leave"
        onConfirm={() => blocker.proceed?.()}
        alert
      />
    </Dialog>
  )
}
