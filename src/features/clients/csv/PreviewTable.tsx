import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { ImportRow } from './client-csv'

const ROW_HEIGHT = 40
const COLUMNS = 7

/** Every row of the file with its problems; only the rows in view are rendered (100,000 rows scroll smoothly). */
export function PreviewTable({ rows, label, reasons }: { rows: ImportRow[]; label: string; reasons?: Map<string, string> }) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  return (
    // A keyboard user scrolls the preview with the arrow keys once it has focus.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="preview-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={`${label}, scrollable`}>
      <table className="table preview-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-row">
              Row
            </th>
            <th scope="col">Name</th>
            <th scope="col">Identity</th>
            <th scope="col">Secret</th>
            <th scope="col">Tags</th>
            <th scope="col">Metadata</th>
            <th scope="col">{reasons ? 'Result' : 'Problems'}</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]
            const problem = reasons?.get(row.id) ?? row.problems.join('; ')
            const warning = reasons ? '' : row.warnings.join('; ')
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                className={problem ? 'preview-bad' : warning ? 'preview-warned' : undefined}
                style={{ height: ROW_HEIGHT }}
              >
                <td className="col-row">{row.row}</td>
                <td>
                  <span className="truncate preview-cell" title={row.name}>
                    {row.name || <span className="muted">—</span>}
                  </span>
                </td>
                <td>
                  <span className="truncate preview-cell" title={row.identity}>
                    {row.identity || <span className="muted">—</span>}
                  </span>
                </td>
                <td>
                  {row.secret ? (
                    <span title="A secret is set">••••{row.secret.length > 12 ? row.secret.slice(-4) : ''}</span>
                  ) : (
                    <span className="muted">generated</span>
                  )}
                </td>
                <td>
                  <span className="truncate preview-cell" title={row.tags.join(', ')}>
                    {row.tags.join(', ') || <span className="muted">—</span>}
                  </span>
                </td>
                <td>
                  <span className="truncate preview-cell mono" title={row.raw[3] ?? ''}>
                    {Object.keys(row.metadata).length
                      ? JSON.stringify(row.metadata)
                      : row.raw[3]?.trim() || <span className="muted">—</span>}
                  </span>
                </td>
                <td>
                  {problem ? (
                    <span className="preview-problem truncate" title={problem}>
                      {problem}
                    </span>
                  ) : warning ? (
                    <span className="preview-warning truncate" title={warning}>
                      Warning: {warning}
                    </span>
                  ) : (
                    <span className="badge badge-success">{reasons ? 'Created' : 'OK'}</span>
                  )}
                </td>
              </tr>
            )
          })}
          {bottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
