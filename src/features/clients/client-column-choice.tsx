import { useMemo } from 'react'
import type { Client } from '../../api/schemas/client'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { metadataColumnId, orderedIds, useColumnPrefs, visibilityOf, type ColumnPrefs } from '../../lib/column-prefs'
import { jsonText } from '../../lib/json'

const column = createColumns<Client>()

/** The identity is rarely needed, so it starts hidden. */
const DEFAULTS: ColumnPrefs = { order: [], hidden: ['identity'], metadataKeys: [] }

const identityColumn = column.accessor((client) => client.credentials?.identity ?? '', {
  id: 'identity',
  header: 'Identity',
  enableSorting: false,
  meta: { className: 'col-identity' },
  cell: ({ getValue }) =>
    getValue() ? (
      <code className="truncate" title={getValue()}>
        {getValue()}
      </code>
    ) : (
      <span className="muted">—</span>
    ),
})

function metadataColumn(key: string): DataTableColumn<Client> {
  return column.accessor((client) => client.metadata?.[key], {
    id: metadataColumnId(key),
    header: () => <code>{key}</code>,
    enableSorting: false,
    meta: { className: 'col-metadata' },
    cell: ({ getValue }) => {
      const value = getValue()
      if (value === undefined) return <span className="muted">—</span>
      const text = typeof value === 'string' ? value : jsonText(value)
      return (
        <span className="truncate cell-metadata" title={text}>
          {text}
        </span>
      )
    },
  })
}

const headerText = (c: DataTableColumn<Client>) => (typeof c.header === 'string' && c.header ? c.header : (c.id ?? ''))

/**
 * The clients table's columns as the operator arranged them (kept in the browser): the base columns plus
 * the identity and chosen metadata keys; the row menu stays last.
 */
export function useClientColumnChoice(base: DataTableColumn<Client>[]) {
  const [prefs, setPrefs] = useColumnPrefs('clients', DEFAULTS)
  const choosable = useMemo(() => [...base.filter((c) => c.id !== 'actions'), identityColumn], [base])
  const metadataKey = prefs.metadataKeys.join('\n')
  const columns = useMemo(
    () => [...choosable, ...(metadataKey ? metadataKey.split('\n') : []).map(metadataColumn), ...base.filter((c) => c.id === 'actions')],
    [choosable, metadataKey, base],
  )
  const chooserColumns = choosable.map((c) => ({ id: c.id ?? '', label: headerText(c) }))
  const order = orderedIds(prefs, [...chooserColumns.map((c) => c.id), ...prefs.metadataKeys.map(metadataColumnId)])
  return { columns, prefs, setPrefs, chooserColumns, columnVisibility: visibilityOf(prefs), columnOrder: order }
}
