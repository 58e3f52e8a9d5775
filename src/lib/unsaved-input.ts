/**
 * Which open dialogs hold input the user typed and has not saved. When the session expires the
 * console has to leave the page for sign-in; it asks here first, so it can say that input was lost.
 */
const holds = new Set<symbol>()

export const unsavedInput = {
  /** Marks input as unsaved until the returned function is called. */
  hold(): () => void {
    const token = Symbol('unsaved input')
    holds.add(token)
    return () => {
      holds.delete(token)
    }
  },
  any: () => holds.size > 0,
}
