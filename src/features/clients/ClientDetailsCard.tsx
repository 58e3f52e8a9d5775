import { useSearchParams } from 'react-router-dom'
import type { Client } from '../../api/schemas/client'
import { CertificateDetails } from '../../components/CertificateDetails'
import { Tags } from '../../components/ui/Badge'
import { CopyButton } from '../../components/ui/CopyButton'
import { Detail, EditableDetail } from '../../components/ui/DetailsList'
import { InlineTextEditor, controlProps } from '../../components/ui/InlineEditField'
import { MetadataEditor } from '../../components/ui/MetadataEditor'
import { DateTime } from '../../components/ui/RelativeTime'
import { SecretField } from '../../components/ui/SecretField'
import { TagsInput } from '../../components/ui/TagsInput'
import { parseJsonObject, prettyJson } from '../../lib/json'
import type { entityPermissions } from '../../lib/permissions'
import { authMethodOf } from '../../lib/auth-method'
import { BootstrapLink } from './BootstrapLink'
import { ClientStatusSwitch } from './ClientStatusSwitch'
import { useUpdateClient } from '../../data/clients'
import { ParentGroupField } from './ParentGroupField'
import { RegenerateKeyButton } from './RegenerateKeyButton'

const DISABLED_REASON = 'Enable the client to edit it: Magistrala only updates enabled clients'

type Props = { domainId: string; client: Client; permissions: ReturnType<typeof entityPermissions> }

/** The client's own fields, each edited in place with the endpoint Magistrala has for it. */
export function ClientDetailsCard({ domainId, client, permissions }: Props) {
  const [params] = useSearchParams()
  const update = useUpdateClient(domainId, client.id)
  const editReason = permissions.reason('update', 'edit this client') ?? (client.status === 'enabled' ? null : DISABLED_REASON)
  const certificate = client.private_metadata?.client_cert
  return (
    <section className="card" aria-labelledby="client-config-title">
      <h2 id="client-config-title" className="card-title">
        Configuration
      </h2>
      <dl className="details">
        <Detail term="ID" className="details-mono">
          <code>{client.id}</code>
          <CopyButton value={client.id} label="Copy client ID" />
        </Detail>
        <EditableDetail
          label="Name"
          value={client.name ?? ''}
          display={(name) => (name ? <span className="truncate-2">{name}</span> : <span className="muted">Unnamed</span>)}
          toDraft={(name) => name}
          parse={(draft) =>
            !draft.trim()
              ? { ok: false, error: 'Enter a name' }
              : draft.length > 1024
                ? { ok: false, error: 'At most 1024 characters' }
                : { ok: true, value: draft.trim() }
          }
          onSave={(name) => update.fields.mutateAsync({ name })}
          disabledReason={editReason}
          initiallyEditing={params.get('edit') === 'name'}
          renderEditor={(editor) => <InlineTextEditor {...editor} label="Name" />}
        />
        <EditableDetail
          term="Key (secret)"
          label="Key"
          value={client.credentials?.secret ?? ''}
          display={(value) => (value ? <SecretField value={value} label="key" /> : <span className="muted">Not shown to you</span>)}
          toDraft={(value) => value}
          parse={(draft) => (draft.trim() ? { ok: true, value: draft.trim() } : { ok: false, error: 'Enter a key, or use Regenerate' })}
          onSave={(value) => update.secret.mutateAsync(value)}
          disabledReason={editReason}
          renderEditor={(editor) => <InlineTextEditor {...editor} label="Key" mono />}
          after={<RegenerateKeyButton domainId={domainId} clientId={client.id} disabledReason={editReason} />}
        />
        <Detail term="Identity">{client.credentials?.identity || <span className="muted">—</span>}</Detail>
        <EditableDetail
          label="Tags"
          value={client.tags ?? []}
          display={(tags) => <Tags tags={tags} max={50} />}
          toDraft={(tags) => tags}
          parse={(tags) => ({ ok: true, value: tags })}
          onSave={(tags) => update.tags.mutateAsync(tags)}
          disabledReason={editReason}
          renderEditor={(editor) => <TagsInput {...controlProps(editor)} label="Tags" />}
        />
        <EditableDetail
          label="Metadata"
          multiline
          value={client.metadata ?? {}}
          display={(metadata) => <pre className="json-view">{prettyJson(metadata)}</pre>}
          toDraft={(metadata) => prettyJson(metadata)}
          parse={(text) => parseJsonObject(text)}
          onSave={(metadata) => update.fields.mutateAsync({ metadata })}
          disabledReason={editReason}
          renderEditor={(editor) => <MetadataEditor {...controlProps(editor)} label="Metadata" rows={10} />}
        />
        <Detail term="Status">
          <ClientStatusSwitch
            domainId={domainId}
            client={client}
            disabledReason={permissions.reason('update', 'enable or disable this client')}
          />
        </Detail>
        <Detail term="Authentication">
          {authMethodOf(client)}
          <span className="muted">{authMethodOf(client) === 'Certificate' ? '(X.509 client certificate)' : '(identity and key)'}</span>
        </Detail>
        {typeof certificate === 'string' && (
          <Detail term="Client certificate">
            <CertificateDetails pem={certificate} expectedCN={client.credentials?.identity || undefined} />
          </Detail>
        )}
        <Detail term="Parent group">
          <ParentGroupField
            domainId={domainId}
            client={client}
            disabledReason={permissions.reason('set_parent_group', 'change the parent group')}
          />
        </Detail>
        <Detail term="Bootstrap">
          <BootstrapLink domainId={domainId} clientId={client.id} />
        </Detail>
        <Detail term="Created">
          <DateTime value={client.created_at} />
        </Detail>
        <Detail term="Updated">
          <DateTime value={client.updated_at} />
        </Detail>
      </dl>
    </section>
  )
}
