import type { ReactNode } from 'react'

export type Tone = 'neutral' | 'success' | 'danger' | 'warning' | 'accent'

type BadgeProps = { tone?: Tone; children: ReactNode; title?: string; dot?: boolean }

/** `dot` draws a status dot before the text (a pseudo-element: one element less per table row). */
export function Badge({ tone = 'neutral', children, title, dot }: BadgeProps) {
  return (
    <span className={`badge badge-${tone}${dot ? ' badge-dotted' : ''}`} title={title}>
      {children}
    </span>
  )
}

export function StatusBadge({ status }: { status: string }) {
  const tone: Tone = status === 'enabled' ? 'success' : status === 'disabled' ? 'neutral' : 'warning'
  return (
    <Badge tone={tone} dot>
      {status === 'enabled' ? 'Enabled' : status === 'disabled' ? 'Disabled' : status}
    </Badge>
  )
}

/** Tag chips; beyond `max` the rest collapse into "+n" with the full list on hover. */
export function Tags({ tags, max = 3 }: { tags: string[] | undefined; max?: number }) {
  if (!tags?.length) return <span className="muted">—</span>
  const shown = tags.slice(0, max)
  const rest = tags.length - shown.length
  return (
    <span className="chips">
      {shown.map((tag) => (
        <span key={tag} className="chip truncate" title={tag}>
          {tag}
        </span>
      ))}
      {rest > 0 && (
        <span className="chip chip-more" title={tags.slice(max).join(', ')}>
          +{rest}
        </span>
      )}
    </span>
  )
}
