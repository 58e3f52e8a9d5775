import { useId, useState } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { Button } from '../../components/ui/Button'
import { copyText } from '../../components/ui/CopyButton'
import { Dialog } from '../../components/ui/Dialog'
import { Menu } from '../../components/ui/Menu'
import { useToast } from '../../components/ui/Toasts'
import { IconChevronDown, IconTrash } from '../../components/ui/icons'
import type { ColumnPrefs } from '../../lib/column-prefs'
import { COLUMNS_PARAM, columnsParam, loadViews, storeViews, viewQuery, withView, type SavedView } from '../../lib/saved-views'

type Props = {
  domainId: string
  /** The columns as arranged now, and every column id in their order. */
  prefs: ColumnPrefs
  orderedIds: string[]
  onColumns: (prefs: ColumnPrefs) => void
}

const TABLE = 'clients'

/** Named views of the clients list (filters, sort, columns): picked from a menu, saved here, shared as a link. */
export function SavedViews({ domainId, prefs, orderedIds, onColumns }: Props) {
  const location = useLocation()
  const navigate = useNavigate()
  const toast = useToast()
  const [views, setViews] = useState(() => loadViews(TABLE, domainId))
  const [saving, setSaving] = useState(false)
  const [name, setName] = useState('')
  const nameId = useId()
  const keep = (next: SavedView[]) => {
    setViews(next)
    storeViews(TABLE, domainId, next)
  }
  const open = (view: SavedView) => {
    onColumns(view.columns)
    navigate({ search: view.query })
  }
  const copyLink = async () => {
    const url = new URL(window.location.href)
    const params = new URLSearchParams(viewQuery(location.search))
    params.set(COLUMNS_PARAM, columnsParam(prefs, orderedIds))
    url.search = params.toString()
    url.hash = ''
    const ok = await copyText(url.toString())
    toast(
      ok
        ? { tone: 'success', title: 'Link copied', description: 'It opens this list with these filters, sort and columns.' }
        : { tone: 'error', title: 'Could not copy the link', description: url.toString() },
    )
  }
  const trimmed = name.trim()
  const replacing = views.find((v) => v.name.trim().toLowerCase() === trimmed.toLowerCase())

  return (
    <>
      <Menu
        label="Saved views"
        align="start"
        triggerClassName="btn btn-secondary btn-md"
        trigger={
          <>
            Views <IconChevronDown size={14} />
          </>
        }
        items={[
          ...views.map((view) => ({ label: view.name, onSelect: () => open(view) })),
          ...(views.length ? ['separator' as const] : []),
          { label: 'Save this view…', onSelect: () => setSaving(true) },
          { label: 'Copy a link to this view', onSelect: () => void copyLink() },
        ]}
      />
      <Dialog
        open={saving}
        onOpenChange={(next) => {
          setSaving(next)
          if (!next) setName('')
        }}
        title="Save this view"
        description="Its filters, sort and columns, under a name, in this browser for this domain."
        footer={
          <>
            <Button onClick={() => setSaving(false)}>Cancel</Button>
            <Button type="submit" form={`${nameId}-form`} variant="primary" disabledReason={trimmed ? null : 'Name the view first'}>
              {replacing ? 'Replace view' : 'Save view'}
            </Button>
          </>
        }
      >
        <form
          id={`${nameId}-form`}
          onSubmit={(event) => {
            event.preventDefault()
            if (!trimmed) return
            keep(withView(views, { name: trimmed, query: viewQuery(location.search), columns: prefs }))
            setSaving(false)
            setName('')
            toast({ tone: 'success', title: `View “${trimmed}” saved` })
          }}
        >
          <label className="field-label" htmlFor={nameId}>
            Name
          </label>
          <input id={nameId} className="input" value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
          {replacing && <p className="field-hint">A view of this name exists: saving replaces it.</p>}
        </form>
        {views.length > 0 && (
          <ul className="saved-views" aria-label="Saved views">
            {views.map((view) => (
              <li key={view.name}>
                <span className="truncate">{view.name}</span>
                <Button
                  size="sm"
                  variant="ghost"
                  icon={<IconTrash />}
                  aria-label={`Delete the view ${view.name}`}
                  onClick={() => keep(views.filter((v) => v !== view))}
                />
              </li>
            ))}
          </ul>
        )}
      </Dialog>
    </>
  )
}
