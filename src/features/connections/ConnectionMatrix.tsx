import type { UseQueryResult } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { isApiError } from '../../api/errors'
import type { Channel } from '../../api/schemas/channel'
import type { Client } from '../../api/schemas/client'
import { IconButton } from '../../components/ui/Button'
import { IconX } from '../../components/ui/icons'
import { Skeleton } from '../../components/ui/StateViews'
import { useCurrentDomain } from '../../lib/current-domain'
import { entityPermissions } from '../../lib/permissions'
import { MatrixCell } from './MatrixCell'
import { channelName, clientName } from './names'
import { type ClientLinks } from '../../data/connections'

export type MatrixRow = { id: string; client: UseQueryResult<Client>; links: UseQueryResult<ClientLinks> }

type Props = {
  domainId: string
  rows: MatrixRow[]
  channels: Channel[]
  loading: boolean
  empty: string
  onRemoveClient: (id: string) => void
}

/** The grid itself: a real table, clients as row headers and channels as column headers. */
export function ConnectionMatrix({ domainId, rows, channels, loading, empty, onRemoveClient }: Props) {
  const current = useCurrentDomain()
  const channelReason = (channel: Channel) =>
    entityPermissions(current, 'channel', channel).reason('connect_to_client', 'connect clients to this channel')

  return (
    <div className="table-wrap matrix-wrap" aria-busy={loading || undefined}>
      <table className="table matrix">
        <caption className="visually-hidden">Connection matrix: clients by channels</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              Client
            </th>
            {channels.map((channel) => (
              <th key={channel.id} scope="col" className="matrix-channel">
                <Link to={`/${domainId}/channels/${channel.id}`} title={channelName(channel)}>
                  {channelName(channel)}
                </Link>
                {channel.status !== 'enabled' && <span className="matrix-channel-status">disabled</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const client = row.client.data
            const name = client ? clientName(client) : row.id
            const missing =
              row.client.isError && isApiError(row.client.error) && (row.client.error.isNotFound || row.client.error.status === 400)
            const blocked = client
              ? entityPermissions(current, 'client', client).reason('connect_to_channel', 'connect or disconnect this client')
              : null
            return (
              <tr key={row.id}>
                <th scope="row" className="matrix-client">
                  <div className="matrix-client-row">
                    <span className="matrix-client-name">
                      {client ? (
                        <Link to={`/${domainId}/clients/${row.id}/connections`} title={name}>
                          {name}
                        </Link>
                      ) : missing ? (
                        <span className="muted truncate" title={row.id}>
                          Unknown client {row.id.slice(0, 8)}
                        </span>
                      ) : (
                        <Skeleton width={120} />
                      )}
                      {client && client.status !== 'enabled' && <span className="matrix-channel-status">disabled</span>}
                    </span>
                    <IconButton
                      label={`Remove ${name} from the matrix`}
                      icon={<IconX size={14} />}
                      onClick={() => onRemoveClient(row.id)}
                      // It only changes which rows are shown.
                      data-write="false"
                    />
                  </div>
                </th>
                {loading && channels.length === 0 ? (
                  <td>
                    <Skeleton width={160} />
                  </td>
                ) : (
                  channels.map((channel) => (
                    <td key={channel.id} className="matrix-td">
                      {client && row.links.data ? (
                        <MatrixCell
                          domainId={domainId}
                          client={{ id: row.id, name, enabled: client.status === 'enabled' }}
                          channel={channel}
                          types={row.links.data[channel.id]?.connection_types ?? []}
                          blocked={blocked ?? channelReason(channel)}
                        />
                      ) : row.links.isError || missing ? (
                        <span className="muted">—</span>
                      ) : (
                        <Skeleton width={56} />
                      )}
                    </td>
                  ))
                )}
              </tr>
            )
          })}
          {!loading && channels.length === 0 && (
            <tr>
              <td colSpan={2} className="muted matrix-empty">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
