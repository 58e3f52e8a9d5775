import { channelKeys, searchChannels } from '../../data/channels'
import { searchClients } from '../../data/clients'
import { SearchSelect, type SelectOption } from '../../components/ui/SearchSelect'
import { shortId } from '../../lib/format'

const PAGE = 20

/** Props `Field` gives its control, mapped onto the picker's own. */
type FieldControlProps = {
  id?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

type ChannelPickerProps = FieldControlProps & {
  domainId: string
  value: string[]
  onChange: (ids: string[]) => void
  initialSelected?: SelectOption[]
  disabled?: boolean
}

/** Channels by name, searched on the server; only enabled channels can be connected. */
export function ChannelPicker({ domainId, value, onChange, initialSelected, disabled, ...field }: ChannelPickerProps) {
  return (
    <SearchSelect
      label="Channels"
      placeholder="Search channels by name…"
      multiple
      value={value}
      onChange={(ids) => onChange(ids)}
      initialSelected={initialSelected}
      queryKey={channelKeys.picker(domainId)}
      search={async (text, signal) => {
        const page = await searchChannels(domainId, { name: text || undefined, limit: PAGE }, signal)
        return {
          total: page.total,
          options: page.channels.map((channel) => ({
            value: channel.id,
            label: channel.name || channel.id,
            description: channel.route ?? shortId(channel.id),
          })),
        }
      }}
      id={field.id}
      invalid={field['aria-invalid']}
      describedBy={field['aria-describedby']}
      disabled={disabled}
    />
  )
}

type ClientPickerProps = FieldControlProps & {
  domainId: string
  value: string
  onChange: (id: string) => void
}

/** One client, or none (the service then creates one). */
export function ClientPicker({ domainId, value, onChange, ...field }: ClientPickerProps) {
  return (
    <SearchSelect
      label="Client"
      placeholder="Search clients by name…"
      value={value ? [value] : []}
      onChange={(ids) => onChange(ids[0] ?? '')}
      queryKey={['clients', domainId, 'picker']}
      search={async (text, signal) => {
        const page = await searchClients(domainId, { name: text || undefined, limit: PAGE }, signal)
        return {
          total: page.total,
          options: page.clients.map((client) => ({ value: client.id, label: client.name || client.id, description: shortId(client.id) })),
        }
      }}
      id={field.id}
      invalid={field['aria-invalid']}
      describedBy={field['aria-describedby']}
    />
  )
}
