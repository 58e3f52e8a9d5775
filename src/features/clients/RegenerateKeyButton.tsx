import { useState } from 'react'
import { errorMessage } from '../../api/errors'
import { Button } from '../../components/ui/Button'
import { ConfirmDialog } from '../../components/ui/ConfirmDialog'
import { useToast } from '../../components/ui/Toasts'
import { IconRefresh } from '../../components/ui/icons'
import { generateSecret } from './client-form'
import { useUpdateClient } from '../../data/clients'

type Props = { domainId: string; clientId: string; disabledReason: string | null }

/** Replaces the client's key with a new random one, once confirmed. */
export function RegenerateKeyButton({ domainId, clientId, disabledReason }: Props) {
  const toast = useToast()
  const { secret } = useUpdateClient(domainId, clientId)
  const [confirming, setConfirming] = useState(false)
  return (
    <>
      <Button size="sm" variant="ghost" icon={<IconRefresh />} disabledReason={disabledReason} onClick={() => setConfirming(true)}>
        Regenerate
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Regenerate the key?"
        tone="primary"
        description="A new random key replaces the current one. Devices using the old key are refused the next time they connect."
        confirmLabel="Regenerate key"
        pending={secret.isPending}
        error={secret.error ? errorMessage(secret.error) : null}
        onConfirm={() =>
          secret.mutate(generateSecret(), {
            onSuccess: () => {
              setConfirming(false)
              toast({ tone: 'success', title: 'Key regenerated', description: 'Reveal it with the eye button to copy it to the device.' })
            },
          })
        }
      />
    </>
  )
}
