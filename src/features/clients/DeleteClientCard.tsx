import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Client } from '../../api/schemas/client'
import { Button } from '../../components/ui/Button'
import { IconTrash } from '../../components/ui/icons'
import { DeleteClientDialog } from './DeleteClientDialog'

type Props = { domainId: string; client: Client; disabledReason: string | null }

/** The danger zone: deleting asks for the client's name typed out, then returns to the list. */
export function DeleteClientCard({ domainId, client, disabledReason }: Props) {
  const navigate = useNavigate()
  const [confirming, setConfirming] = useState(false)
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
      <DeleteClientDialog
        domainId={domainId}
        client={confirming ? client : null}
        onClose={() => setConfirming(false)}
        onDeleted={() => navigate(`/${domainId}/clients`, { replace: true })}
      />
    </section>
  )
}
