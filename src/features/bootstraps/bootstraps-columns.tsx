import { Link } from 'react-router-dom'
import type { BootstrapConfig } from '../../api/schemas/bootstrap'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { Menu } from '../../components/ui/Menu'
import { IconMore } from '../../components/ui/icons'
import { pluralize, shortId } from '../../lib/format'
import { StateBadge } from './StateBadge'

const column = createColumns<BootstrapConfig>()

export const configName = (config: Pick<BootstrapConfig, 'name'>) => config.name || 'Unnamed configuration'

export type RowActions = {
  onToggle: (config: BootstrapConfig) => void
  onDelete: (config: BootstrapConfig) => void
  stateReason: string | null
  deleteReason: string | null
}

export function bootstrapColumns(domainId: string, actions: RowActions): DataTableColumn<BootstrapConfig>[] {
  return [
    column.accessor('name', {
      header: 'Name',
      meta: { className: 'col-name', phone: true },
      cell: ({ row }) => (
        <Link to={`/${domainId}/bootstraps/${row.original.client_id}`} className="cell-link truncate" title={configName(row.original)}>
          {configName(row.original)}
        </Link>
      ),
    }),
    column.accessor('external_id', {
      header: 'External ID',
      meta: { className: 'col-external' },
      cell: ({ getValue }) => (
        <code className="bs-code truncate" title={getValue()}>
          {getValue()}
        </code>
      ),
    }),
    column.accessor('client_id', {
      header: 'Client',
      meta: { className: 'col-client' },
      cell: ({ getValue }) => (
        <Link to={`/${domainId}/clients/${getValue()}`} className="bs-code" title={getValue()} aria-label={`Client ${getValue()}`}>
          {shortId(getValue())}
        </Link>
      ),
    }),
    column.display({
      id: 'channels',
      header: 'Channels',
      meta: { className: 'col-channels' },
      cell: ({ row }) => {
        const { channels } = row.original
        return <span title={channels.map((c) => c.name || c.id).join(', ')}>{pluralize(channels.length, 'channel')}</span>
      },
    }),
    column.accessor('state', {
      header: 'State',
      meta: { className: 'col-state', phone: true },
      cell: ({ getValue }) => <StateBadge state={getValue()} />,
    }),
    column.display({
      id: 'actions',
      header: '',
      meta: { className: 'col-actions', label: 'Actions', phone: true },
      cell: ({ row }) => {
        const config = row.original
        return (
          <Menu
            label={`Actions for ${configName(config)}`}
            trigger={<IconMore />}
            items={[
              {
                label: config.state === 1 ? 'Disable' : 'Enable',
                onSelect: () => actions.onToggle(config),
                disabledReason: actions.stateReason,
              },
              'separator',
              { label: 'Delete', tone: 'danger', onSelect: () => actions.onDelete(config), disabledReason: actions.deleteReason },
            ]}
          />
        )
      },
    }),
  ]
}
