import type { LoginForm } from './login-form'

type Adopted = {
  values: LoginForm
  /** The field that had focus, with its caret, so typing goes on where it was. */
  focus: { field: keyof LoginForm; start: number | null; end: number | null } | null
}

/**
 * What was typed into the sign-in card of the page's own HTML (scripts/sign-in-card.ts) before the script took over,
 * read while React has not replaced it yet; null where the page has no card (a demo build, a resumed session, tests).
 */
export function readStaticSignIn(): Adopted | null {
  const form = document.querySelector('[data-static-sign-in] form')
  if (!(form instanceof HTMLFormElement)) return null
  const value = (name: keyof LoginForm) => {
    const input = form.elements.namedItem(name)
    return input instanceof HTMLInputElement ? input.value : ''
  }
  const active = document.activeElement
  const focused = active instanceof HTMLInputElement && form.contains(active)
  return {
    values: { username: value('username'), password: value('password') },
    focus: focused ? { field: active.name as keyof LoginForm, start: active.selectionStart, end: active.selectionEnd } : null,
  }
}

/** Puts the focus and caret back into the live form's field of the same name. */
export function restoreFocus(form: HTMLFormElement | null, focus: Adopted['focus']) {
  if (!focus) return
  const input = form?.elements.namedItem(focus.field)
  if (!(input instanceof HTMLInputElement)) return
  input.focus()
  if (focus.start !== null && focus.end !== null) input.setSelectionRange(focus.start, focus.end)
}
