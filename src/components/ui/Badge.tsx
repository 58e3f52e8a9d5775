import type { ReactNode } from 'react'

export type Tone = 'neutral' | 'success' | 'danger' | 'warning' | 'accent'

export function Badge({ tone = 'neutral', children, title }: { tone?: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  )
}

export function StatusBadge({ status }: { status: string }) {
  const tone: Tone = status === 'enabled' ? 'success' : status === 'disabled' ? 'neutral' : 'warning'
  return (
    <Badge tone={tone}>
      <span className="badge-dot" aria-hidden="true" />
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
