import { Fragment, type ReactNode } from 'react'
import { Link, useMatches, type UIMatch } from 'react-router-dom'
import { IconChevronRight } from '../../components/ui/icons'

type CrumbHandle = {
  crumb?: string | ((match: UIMatch) => ReactNode)
  /** Where the crumb links, when not the route itself. */
  crumbTo?: (match: UIMatch) => string
}

/** Trail built from the matched routes' `handle.crumb`. */
export function Breadcrumbs() {
  const crumbs = useMatches()
    .filter((match) => (match.handle as CrumbHandle | undefined)?.crumb)
    .map((match) => {
      const handle = match.handle as CrumbHandle
      const content = typeof handle.crumb === 'function' ? handle.crumb(match) : handle.crumb
      return { id: match.id, to: handle.crumbTo?.(match) ?? match.pathname, content }
    })
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1
          return (
            <Fragment key={crumb.id}>
              <li className="truncate">
                {last ? (
                  <span aria-current="page" className="truncate">
                    {crumb.content}
                  </span>
                ) : (
                  <Link to={crumb.to} className="truncate">
                    {crumb.content}
                  </Link>
                )}
              </li>
              {!last && (
                <li aria-hidden="true" className="breadcrumb-sep">
                  <IconChevronRight size={14} />
                </li>
              )}
            </Fragment>
          )
        })}
      </ol>
    </nav>
  )
}
