import { useState } from 'react'
import { Button } from '../../components/ui/Button'
import { ConfirmMutation } from '../../components/ui/ConfirmMutation'
import { IconRefresh } from '../../components/ui/icons'
import { generateSecret } from './client-form'
import { useUpdateClient } from '../../data/clients'

type Props = { domainId: string; clientId: string; disabledReason: string | null }

/** Replaces the client's key with a new random one, once confirmed. */
export function RegenerateKeyButton({ domainId, clientId, disabledReason }: Props) {
  const { secret } = useUpdateClient(domainId, clientId)
  // Drawn when the dialog opens, so a retry after a refusal sends the same key.
  const [next, setNext] = useState<string | null>(null)
  return (
    <>
      <Button size="sm" variant="ghost" icon={<IconRefresh />} disabledReason={disabledReason} onClick={() => setNext(generateSecret())}>
        Regenerate
      </Button>
      <ConfirmMutation
        open={next !== null}
        onClose={() => setNext(null)}
        mutation={secret}
        variables={next ?? ''}
        title="Regenerate the key?"
        tone="primary"
        description="A new random key replaces the current one. Devices using the old key are refused the next time they connect."
        confirmLabel="Regenerate key"
        success={{ title: 'Key regenerated', description: 'Reveal it with the eye button to copy it to the device.' }}
      />
    </>
  )
}
