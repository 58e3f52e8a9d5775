import { useCallback, useMemo, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Client } from '../../api/schemas/client'
import { useCurrentDomain } from '../../lib/current-domain'
import { entityPermissions } from '../../lib/permissions'
import type { RowActions } from './clients-columns'

export type ClientsDialog = 'create' | 'import' | 'export' | null

/** Which dialog the clients page has open, the client being deleted, and what each row's actions do and why they may not. */
export function useClientsPageActions() {
  const current = useCurrentDomain()
  const { domain, canDomain } = current
  const navigate = useNavigate()
  const [open, setOpen] = useState<ClientsDialog>(null)
  const [deleting, setDeleting] = useState<Client | null>(null)
  const createReason = canDomain('client_create') ? null : 'Your role in this domain cannot create clients (needs client_create)'

  const openClient = useCallback((client: Client) => navigate(`/${domain.id}/clients/${client.id}`), [domain.id, navigate])
  const rowActions = useMemo<RowActions>(
    () => ({
      view: openClient,
      edit: (client) => navigate(`/${domain.id}/clients/${client.id}?edit=name`),
      remove: setDeleting,
      reasons: (client) => {
        const permissions = entityPermissions(current, 'client', client)
        return {
          edit: permissions.reason('update', 'edit this client') ?? (client.status === 'enabled' ? null : 'Enable the client to edit it'),
          remove: permissions.reason('delete', 'delete this client'),
        }
      },
    }),
    [current, domain.id, navigate, openClient],
  )

  return { open, setOpen, deleting, setDeleting, createReason, openClient, rowActions }
}
