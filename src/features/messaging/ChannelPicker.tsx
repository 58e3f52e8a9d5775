import { useId } from 'react'
import type { ChannelsPage } from '../../api/schemas/channel'

/** Picks one of a client's channels (the first 100 by name), each with the client's connection types on it. */
export function ChannelPicker({ page, value, onChange }: { page: ChannelsPage; value: string; onChange: (id: string) => void }) {
  const id = useId()
  return (
    <div className="field messaging-channel-picker">
      <label className="field-label" htmlFor={id}>
        Channel
      </label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        {page.channels.map((c) => (
          <option key={c.id} value={c.id}>
            {`${c.name || c.id} (${(c.connection_types ?? []).join(', ') || 'no types'})`}
          </option>
        ))}
      </select>
      {page.total > page.channels.length && (
        <p className="field-hint">
          The first {page.channels.length} of {page.total} channels, by name.
        </p>
      )}
    </div>
  )
}
