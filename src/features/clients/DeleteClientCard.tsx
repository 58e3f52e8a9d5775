import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { errorMessage } from '../../api/errors'
import type { Client } from '../../api/schemas/client'
import { Button } from '../../components/ui/Button'
import { ConfirmDialog } from '../../components/ui/ConfirmDialog'
import { useToast } from '../../components/ui/Toasts'
import { IconTrash } from '../../components/ui/icons'
import { clientName } from './clients-columns'
import { useDeleteClient } from './mutations'

type Props = { domainId: string; client: Client; disabledReason: string | null }

/** The danger zone: deleting asks for the client's name typed out, then returns to the list. */
export function DeleteClientCard({ domainId, client, disabledReason }: Props) {
  const navigate = useNavigate()
  const toast = useToast()
  const remove = useDeleteClient(domainId)
  const [confirming, setConfirming] = useState(false)
  const name = clientName(client)
  return (
    <section className="card card-danger" aria-labelledby="client-danger-title">
      <h2 id="client-danger-title" className="card-title">
        Delete client
      </h2>
      <div className="danger-row">
        <p className="muted">Deleting removes the client with its connections and roles. Devices using its key can no longer connect.</p>
        <Button variant="danger" icon={<IconTrash />} disabledReason={disabledReason} onClick={() => setConfirming(true)}>
          Delete client
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete this client?"
        description={
          <>
            <strong>{name}</strong> will be deleted with its connections and roles. This cannot be undone.
          </>
        }
        typeToConfirm={name}
        confirmLabel="Delete client"
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={() =>
          remove.mutate(client.id, {
            onSuccess: () => {
              toast({ tone: 'success', title: `Client “${name}” deleted` })
              navigate(`/${domainId}/clients`, { replace: true })
            },
          })
        }
      />
    </section>
  )
}
