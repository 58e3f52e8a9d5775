import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

export type MenuItem = {
  label: string
  onSelect: () => void
  icon?: ReactNode
  tone?: 'danger'
  disabledReason?: string | null
}

type MenuProps = {
  /** The trigger's accessible name, e.g. "Actions for Boiler sensor". */
  label: string
  trigger: ReactNode
  items: (MenuItem | 'separator')[]
  align?: 'start' | 'end'
  triggerClassName?: string
  /** Non-interactive text above the items (e.g. who is signed in). */
  header?: ReactNode
}

function focusMenuItem(list: HTMLElement | null, index: number) {
  const entries = list?.querySelectorAll<HTMLElement>('[role="menuitem"]')
  if (!entries?.length) return
  entries[(index + entries.length) % entries.length].focus()
}

/** A dropdown menu with the WAI-ARIA menu button keyboard model (arrows, Home/End, Escape). */
export function Menu({ label, trigger, items, align = 'end', triggerClassName = 'btn btn-ghost btn-sm btn-icon', header }: MenuProps) {
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLDivElement>(null)

  const focusItem = (index: number) => focusMenuItem(listRef.current, index)

  useEffect(() => {
    if (!open) return
    focusMenuItem(listRef.current, 0)
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (!listRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open, listRef, buttonRef])

  const close = (refocus = true) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }

  return (
    <div className="menu">
      <button
        ref={buttonRef}
        type="button"
        className={triggerClassName}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            setOpen(true)
          }
        }}
      >
        {trigger}
      </button>
      {open && (
        <div
          ref={listRef}
          id={menuId}
          role="menu"
          tabIndex={-1}
          aria-label={label}
          className={`menu-list menu-${align}`}
          onKeyDown={(event) => {
            const entries = [...(listRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
            const current = entries.indexOf(document.activeElement as HTMLElement)
            if (event.key === 'ArrowDown') focusItem(current + 1)
            else if (event.key === 'ArrowUp') focusItem(current - 1)
            else if (event.key === 'Home') focusItem(0)
            else if (event.key === 'End') focusItem(entries.length - 1)
            else if (event.key === 'Escape') close()
            else if (event.key === 'Tab') close(false)
            else return
            event.preventDefault()
          }}
        >
          {header && (
            <div className="menu-header" role="presentation">
              {header}
            </div>
          )}
          {items.map((item, index) =>
            item === 'separator' ? (
              <hr key={`sep-${index}`} className="menu-separator" />
            ) : (
              <button
                key={item.label}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={`menu-item${item.tone === 'danger' ? ' menu-item-danger' : ''}`}
                aria-disabled={item.disabledReason ? true : undefined}
                title={item.disabledReason ?? undefined}
                onClick={() => {
                  if (item.disabledReason) return
                  close()
                  item.onSelect()
                }}
              >
                {item.icon}
                <span>{item.label}</span>
                {item.disabledReason && <span className="visually-hidden">: {item.disabledReason}</span>}
              </button>
            ),
          )}
        </div>
      )}
    </div>
  )
}
