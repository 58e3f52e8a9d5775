import type { Client } from '../../api/schemas/client'
import { ConfirmMutation } from '../../components/ui/ConfirmMutation'
import { useDeleteClient } from '../../data/clients'
import { clientName } from './clients-columns'

/** Deleting a client, wherever it is offered: the name typed to confirm, then a toast. `client` null: closed. */
export function DeleteClientDialog({
  domainId,
  client,
  onClose,
  onDeleted,
}: {
  domainId: string
  client: Client | null
  onClose: () => void
  onDeleted?: (client: Client) => void
}) {
  const remove = useDeleteClient(domainId)
  const name = client ? clientName(client) : ''
  return (
    <ConfirmMutation
      open={client !== null}
      onClose={onClose}
      mutation={remove}
      variables={client?.id ?? ''}
      title="Delete this client?"
      description={
        <>
          <strong>{name}</strong> will be deleted with its connections and roles. This cannot be undone.
        </>
      }
      typeToConfirm={name}
      confirmLabel="Delete client"
      success={`Client “${name}” deleted`}
      onDone={() => client && onDeleted?.(client)}
    />
  )
}
