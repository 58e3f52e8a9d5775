import type { Client } from '../../api/schemas/client'
import type { DataTableColumn } from '../../components/ui/DataTable'
import { idColumn, nameLinkColumn, statusColumn } from '../../components/ui/table-columns'
import { connectionTypesColumn, disconnectColumn, type DisconnectOptions } from './connection-columns'
import { clientName } from './names'

type Options = { domainId: string } & Omit<DisconnectOptions<Client>, 'name'>

/** The clients connected to one channel; a name opens that client's connections. */
export function channelClientColumns({ domainId, onDisconnect, disconnectReason }: Options): DataTableColumn<Client>[] {
  return [
    nameLinkColumn<Client>({
      header: 'Client',
      name: clientName,
      href: (client) => `/${domainId}/clients/${client.id}/connections`,
    }),
    idColumn<Client>('Copy client ID'),
    connectionTypesColumn<Client>(),
    statusColumn<Client>({ phone: false }),
    disconnectColumn<Client>({ name: clientName, onDisconnect, disconnectReason }),
  ]
}
