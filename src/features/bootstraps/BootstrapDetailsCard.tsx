import { Link } from 'react-router-dom'
import type { BootstrapConfig } from '../../api/schemas/bootstrap'
import type { Client } from '../../api/schemas/client'
import { StatusBadge } from '../../components/ui/Badge'
import { IconButton } from '../../components/ui/Button'
import { CopyButton } from '../../components/ui/CopyButton'
import { Detail, EditableDetail } from '../../components/ui/DetailsList'
import { InlineTextEditor, controlProps } from '../../components/ui/InlineEditField'
import { SecretField } from '../../components/ui/SecretField'
import { IconPencil } from '../../components/ui/icons'
import { NAME_MAX } from '../../api/schemas/common'
import { ContentEditor } from './ContentEditor'
import { contentProblem } from './content'
import { useUpdateBootstrap } from '../../data/bootstraps'

type Props = {
  domainId: string
  config: BootstrapConfig
  client: Client | undefined
  changeReason: string | null
  onEditChannels: () => void
}

/** Every field of the configuration; name, content and channels are editable. */
export function BootstrapDetailsCard({ domainId, config, client, changeReason, onEditChannels }: Props) {
  const update = useUpdateBootstrap(domainId, config.client_id)
  const name = config.name ?? ''
  const content = config.content ?? ''
  const clientSecret = config.client_secret ?? config.magistrala_secret ?? ''
  return (
    <section className="bs-card" aria-labelledby="bs-config-title">
      <h2 id="bs-config-title" className="bs-card-title">
        Configuration
      </h2>
      <dl className="bs-details">
        <EditableDetail
          label="Name"
          value={name}
          display={(value) =>
            value ? (
              <span className="truncate" title={value}>
                {value}
              </span>
            ) : (
              <span className="muted">Unnamed</span>
            )
          }
          toDraft={(value) => value}
          parse={(draft) =>
            draft.length > NAME_MAX
              ? { ok: false, error: `At most ${NAME_MAX.toLocaleString()} characters` }
              : { ok: true, value: draft.trim() }
          }
          renderEditor={(editor) => <InlineTextEditor {...editor} label="Name" />}
          onSave={(value) => update.mutateAsync({ name: value, content })}
          disabledReason={changeReason}
        />
        <Detail term="Client">
          <Link to={`/${domainId}/clients/${config.client_id}`} className="truncate" title={client?.name ?? config.client_id}>
            {client?.name || config.client_id}
          </Link>
          {client && client.status !== 'enabled' && <StatusBadge status={client.status} />}
        </Detail>
        <Detail term="Configuration ID" className="bs-mono">
          <code>{config.client_id}</code>
          <CopyButton value={config.client_id} label="Copy configuration ID" />
          <span className="muted">(the client&apos;s ID)</span>
        </Detail>
        <Detail term="External ID" className="bs-mono">
          <code>{config.external_id}</code>
          <CopyButton value={config.external_id} label="Copy external ID" />
        </Detail>
        <Detail term="External key">
          {config.external_key ? (
            <SecretField value={config.external_key} label="external key" />
          ) : (
            <span className="muted">Not shown by the server</span>
          )}
        </Detail>
        <Detail term="Client secret">
          {clientSecret ? <SecretField value={clientSecret} label="client secret" /> : <span className="muted">—</span>}
        </Detail>
        <Detail term="Channels">
          {config.channels.length ? (
            <ul className="bs-chips" aria-label="Channels">
              {config.channels.map((channel) => (
                <li key={channel.id} className="chip truncate" title={channel.name || channel.id}>
                  {channel.name || channel.id}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">None</span>
          )}
          <IconButton label="Edit channels" icon={<IconPencil />} onClick={onEditChannels} disabledReason={changeReason} />
        </Detail>
        <EditableDetail
          label="Content"
          className="bs-grow"
          multiline
          value={content}
          display={(value) => (value ? <pre className="bs-pre">{value}</pre> : <span className="muted">None</span>)}
          toDraft={(value) => value}
          parse={(draft) => {
            const problem = contentProblem(draft)
            return problem ? { ok: false, error: problem } : { ok: true, value: draft }
          }}
          renderEditor={(editor) => <ContentEditor {...controlProps(editor)} label="Content" rows={10} />}
          onSave={(value) => update.mutateAsync({ name, content: value })}
          disabledReason={changeReason}
        />
      </dl>
    </section>
  )
}
