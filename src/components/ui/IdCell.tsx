import { shortId } from '../../lib/format'
import { CopyButton } from './CopyButton'

/** A table cell's short ID (the whole one on hover) with a copy button. */
export function IdCell({ id, copyLabel }: { id: string; copyLabel: string }) {
  return (
    <span className="cell-id">
      <code title={id}>{shortId(id)}</code>
      <CopyButton value={id} label={copyLabel} />
    </span>
  )
}
