import type { Paging, SetPaging } from '../../lib/paging'
import { IconButton } from './Button'
import { IconChevronLeft, IconChevronRight } from './icons'

export const PAGE_SIZES = [10, 25, 50, 100] as const

type PaginationProps = {
  /** 1-based. */
  page: number
  pageSize: number
  total: number
  onPageChange: (page: number) => void
  onPageSizeChange: (size: number) => void
  noun?: [singular: string, plural: string]
  /** Sizes offered; some services cap a page (the journal allows 10 at most). */
  pageSizes?: readonly number[]
}

/** Page controls for a server-paged list: size, range, first/prev/numbers/next. */
export function Pagination({
  page,
  pageSize,
  total,
  onPageChange,
  onPageSizeChange,
  noun = ['row', 'rows'],
  pageSizes = PAGE_SIZES,
}: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1
  const last = Math.min(total, page * pageSize)
  return (
    <nav className="pagination" aria-label="Pagination">
      <label className="pagination-size">
        <span>Rows per page</span>
        <select className="select select-sm" value={pageSize} onChange={(e) => onPageSizeChange(Number(e.target.value))}>
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <p className="pagination-range" aria-live="polite">
        {total === 0
          ? `No ${noun[1]}`
          : `${first.toLocaleString()}–${last.toLocaleString()} of ${total.toLocaleString()} ${total === 1 ? noun[0] : noun[1]}`}
      </p>
      <div className="pagination-pages">
        <IconButton label="Previous page" icon={<IconChevronLeft />} disabled={page <= 1} onClick={() => onPageChange(page - 1)} />
        {pageNumbers(page, pages).map((n, i) =>
          n === null ? (
            <span key={`gap-${i}`} className="pagination-gap" aria-hidden="true">
              …
            </span>
          ) : (
            <button
              key={n}
              type="button"
              className={`btn btn-sm btn-ghost pagination-page${n === page ? ' is-current' : ''}`}
              aria-current={n === page ? 'page' : undefined}
              aria-label={`Page ${n}`}
              onClick={() => onPageChange(n)}
            >
              {n}
            </button>
          ),
        )}
        <IconButton label="Next page" icon={<IconChevronRight />} disabled={page >= pages} onClick={() => onPageChange(page + 1)} />
      </div>
    </nav>
  )
}

type ListPaginationProps = Pick<PaginationProps, 'total' | 'noun' | 'pageSizes'> & {
  paging: Paging
  onChange: SetPaging
}

/** Pagination for a list whose page and size live in one state (the URL's); nothing while the list is empty. */
export function ListPagination({ paging, onChange, total, ...rest }: ListPaginationProps) {
  if (!(total > 0)) return null
  return (
    <Pagination
      page={paging.page}
      pageSize={paging.size}
      total={total}
      onPageChange={(page) => onChange({ page })}
      onPageSizeChange={(size) => onChange({ size })}
      {...rest}
    />
  )
}

/** 1 … 4 5 [6] 7 8 … 20 */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1)
  const around = [page - 1, page, page + 1].filter((n) => n > 1 && n < pages)
  const out: (number | null)[] = [1]
  if (around[0] > 2) out.push(null)
  out.push(...around)
  if (around[around.length - 1] < pages - 1) out.push(null)
  out.push(pages)
  return out
}
