import { useState } from 'react'
import type { BootstrapConfig } from '../../api/schemas/bootstrap'
import { errorMessage } from '../../api/errors'
import { Button } from '../../components/ui/Button'
import { Dialog } from '../../components/ui/Dialog'
import { Field } from '../../components/ui/Field'
import { useToast } from '../../components/ui/Toasts'
import { stateChangeError } from './bootstrap-permissions'
import { useUpdateBootstrapChannels } from '../../data/bootstraps'
import { ChannelPicker } from './pickers'

type Props = {
  domainId: string
  config: BootstrapConfig
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Mounted only while open, so it starts from the saved channels. Replaces the channel list; while enabled the service connects and disconnects the difference. */
export function EditChannelsDialog({ domainId, config, open, onOpenChange }: Props) {
  const toast = useToast()
  const update = useUpdateBootstrapChannels(domainId, config.client_id)
  const [value, setValue] = useState(() => config.channels.map((c) => c.id))
  const [error, setError] = useState<string | null>(null)
  const initial = config.channels.map((c) => ({ value: c.id, label: c.name || c.id }))

  const close = onOpenChange

  const save = () => {
    if (value.length === 0) {
      setError('Pick at least one channel')
      return
    }
    update.mutate(value, {
      onSuccess: () => {
        toast({ tone: 'success', title: 'Channels updated' })
        close(false)
      },
    })
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Edit channels"
      description={
        config.state === 1
          ? 'The configuration is enabled: saving connects the client to added channels and disconnects it from removed ones.'
          : 'The configuration is disabled: connections change when it is enabled.'
      }
      size="md"
      modalLock
      footer={
        <>
          <Button onClick={() => close(false)}>Cancel</Button>
          <Button variant="primary" loading={update.isPending} onClick={save}>
            Save channels
          </Button>
        </>
      }
    >
      <div className="stack">
        {update.error && (
          <p className="form-error" role="alert">
            {config.state === 1 ? stateChangeError(update.error) : errorMessage(update.error)}
          </p>
        )}
        <Field label="Channels" required error={error ?? undefined}>
          <ChannelPicker
            domainId={domainId}
            value={value}
            initialSelected={initial}
            onChange={(ids) => {
              setValue(ids)
              setError(null)
            }}
          />
        </Field>
      </div>
    </Dialog>
  )
}
