import { useState } from 'react'
import type { ConnectionTypeInput } from '../../api/schemas/channel'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field } from '../../components/ui/Field'
import { SearchSelect, type SearchResult } from '../../components/ui/SearchSelect'
import { channelKeys, searchChannels } from '../../data/channels'
import type { BulkOp } from '../../data/client-bulk'
import { useCurrentDomain } from '../../lib/current-domain'
import { pluralize } from '../../lib/format'
import { entityPermissions } from '../../lib/permissions'

/** Channels offered per search; beyond them the picker asks for more typing. */
const RESULTS = 20

/** Connects every selected client to the channels picked, to publish and/or subscribe; existing connections are kept. */
export function BulkConnectDialog(props: { domainId: string; count: number; onClose: () => void; onApply: (op: BulkOp) => void }) {
  const { domainId, count, onClose, onApply } = props
  const current = useCurrentDomain()
  const [channelIds, setChannelIds] = useState<string[]>([])
  const [types, setTypes] = useState<ConnectionTypeInput[]>(['publish', 'subscribe'])
  const [errors, setErrors] = useState<{ channels?: string; types?: string }>({})

  const search = async (text: string, signal: AbortSignal): Promise<SearchResult> => {
    const page = await searchChannels(
      domainId,
      { name: text || undefined, limit: RESULTS, status: 'all', order: 'name', dir: 'asc' },
      signal,
    )
    return {
      total: page.total,
      options: page.channels.map((channel) => ({
        value: channel.id,
        label: channel.name || channel.id,
        description: channel.route ? `Route ${channel.route}` : channel.id,
        disabledReason:
          channel.status !== 'enabled'
            ? 'Disabled channel: Magistrala only connects enabled channels'
            : (entityPermissions(current, 'channel', channel).reason('connect_to_client', 'connect clients to this channel') ?? undefined),
      })),
    }
  }
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const next = {
      channels: channelIds.length ? undefined : 'Pick at least one channel',
      types: types.length ? undefined : 'Pick Publish, Subscribe or both',
    }
    setErrors(next)
    if (!next.channels && !next.types) onApply({ kind: 'connect', channelIds, types })
  }
  const toggle = (type: ConnectionTypeInput) => setTypes((now) => (now.includes(type) ? now.filter((t) => t !== type) : [...now, type]))

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Connect to channels"
      description={`Connects the ${pluralize(count, 'selected client')}; connections they have already are left as they are.`}
      size="md"
      footer={<DialogFormFooter form="bulk-connect-form" submitLabel={`Connect ${pluralize(count, 'client')}`} onCancel={onClose} />}
    >
      <form id="bulk-connect-form" className="stack" onSubmit={submit} noValidate>
        <Field label="Channels" error={errors.channels}>
          {(control) => (
            <SearchSelect
              id={control.id}
              label="Channels"
              placeholder="Search channels…"
              multiple
              value={channelIds}
              onChange={setChannelIds}
              search={search}
              queryKey={[...channelKeys.all(domainId), 'bulk-connect-picker']}
              invalid={Boolean(control['aria-invalid'])}
              describedBy={control['aria-describedby']}
            />
          )}
        </Field>
        <fieldset className="choice-group" aria-describedby={errors.types ? 'bulk-connect-types-error' : undefined}>
          <legend className="field-label">As</legend>
          {(['publish', 'subscribe'] as const).map((type) => (
            <label key={type} className="export-option">
              <input type="checkbox" className="checkbox" checked={types.includes(type)} onChange={() => toggle(type)} />
              {type === 'publish' ? 'Publish' : 'Subscribe'}
            </label>
          ))}
          {errors.types && (
            <p id="bulk-connect-types-error" className="field-error" role="alert">
              {errors.types}
            </p>
          )}
        </fieldset>
      </form>
    </Dialog>
  )
}
