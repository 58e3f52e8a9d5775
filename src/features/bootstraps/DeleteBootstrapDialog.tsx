import type { BootstrapConfig } from '../../api/schemas/bootstrap'
import { errorMessage } from '../../api/errors'
import { ConfirmDialog } from '../../components/ui/ConfirmDialog'
import { configName } from './bootstraps-columns'
import { useDeleteBootstrap } from '../../data/bootstraps'

type Props = {
  domainId: string
  config: BootstrapConfig | null
  onOpenChange: (open: boolean) => void
  onDeleted?: () => void
}

export function DeleteBootstrapDialog({ domainId, config, onOpenChange, onDeleted }: Props) {
  const remove = useDeleteBootstrap(domainId)
  return (
    <ConfirmDialog
      open={config !== null}
      onOpenChange={(open) => {
        if (!open) remove.reset()
        onOpenChange(open)
      }}
      title="Delete configuration?"
      description={
        config && (
          <>
            <p>
              <strong className="truncate" title={configName(config)}>
                {configName(config)}
              </strong>{' '}
              will be deleted; the device with external ID <code>{config.external_id}</code> can no longer bootstrap.
            </p>
            <p className="muted">The client and its channel connections stay: manage them on the client&apos;s page.</p>
          </>
        )
      }
      confirmLabel="Delete"
      pending={remove.isPending}
      error={remove.error ? errorMessage(remove.error) : null}
      onConfirm={() => {
        if (!config) return
        remove.mutate(config.client_id, {
          onSuccess: () => {
            onOpenChange(false)
            onDeleted?.()
          },
        })
      }}
    />
  )
}
