import { useEffect, useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'
import type { Client } from '../../api/schemas/client'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { metadataColumnId, orderedIds, useColumnPrefs, visibilityOf, type ColumnPrefs } from '../../lib/column-prefs'
import { jsonText } from '../../lib/json'
import { COLUMNS_PARAM, prefsFromColumnsParam } from '../../lib/saved-views'

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
  // A shared link names the columns to show: they become this browser's arrangement, and leave the URL.
  const [params, setParams] = useSearchParams()
  const linked = params.get(COLUMNS_PARAM)
  const choosableIds = chooserColumns.map((c) => c.id).join(',')
  useEffect(() => {
    if (linked === null) return
    const next = prefsFromColumnsParam(linked, choosableIds.split(','))
    if (next) setPrefs(next)
    setParams(
      (current) => {
        const without = new URLSearchParams(current)
        without.delete(COLUMNS_PARAM)
        return without
      },
      { replace: true },
    )
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- runs once per link; setPrefs is a fresh closure each render
  }, [linked, choosableIds, setParams])
  const order = orderedIds(prefs, [...chooserColumns.map((c) => c.id), ...prefs.metadataKeys.map(metadataColumnId)])
  return { columns, prefs, setPrefs, chooserColumns, columnVisibility: visibilityOf(prefs), columnOrder: order }
}
