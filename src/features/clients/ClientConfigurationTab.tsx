import { useQuery } from '@tanstack/react-query'
import { CertificateDetails } from '../../components/CertificateDetails'
import { useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { errorMessage } from '../../api/errors'
import type { Client } from '../../api/schemas/client'
import { Tags } from '../../components/ui/Badge'
import { Button } from '../../components/ui/Button'
import { ConfirmDialog } from '../../components/ui/ConfirmDialog'
import { CopyButton } from '../../components/ui/CopyButton'
import { InlineEditField, InlineTextEditor } from '../../components/ui/InlineEditField'
import { JsonEditor } from '../../components/ui/JsonEditor'
import { SecretField } from '../../components/ui/SecretField'
import { Skeleton } from '../../components/ui/StateViews'
import { Switch } from '../../components/ui/Switch'
import { TagsInput } from '../../components/ui/TagsInput'
import { useToast } from '../../components/ui/Toasts'
import { IconInfo, IconRefresh, IconTrash } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { formatDateTime } from '../../lib/format'
import { parseJsonObject, prettyJson } from '../../lib/json'
import { entityPermissions } from '../../lib/permissions'
import { authMethodOf } from '../../lib/auth-method'
import { BootstrapLink } from './BootstrapLink'
import { generateSecret } from './client-form'
import { clientName } from './clients-columns'
import { LastSeen } from './LastSeen'
import { useDeleteClient, useSetClientStatus, useUpdateClient } from './mutations'
import { ParentGroupField } from './ParentGroupField'
import { clientQueries } from './queries'

const DISABLED_REASON = 'Enable the client to edit it: Magistrala only updates enabled clients'

/** The client's own fields, each edited in place with the endpoint Magistrala has for it. */
export function ClientConfigurationTab() {
  const { domain } = useCurrentDomain()
  const { clientId = '' } = useParams()
  const client = useQuery(clientQueries.detail(domain.id, clientId))
  if (!client.data) return <Skeleton height={160} />
  return <ClientConfiguration client={client.data} />
}

function ClientConfiguration({ client }: { client: Client }) {
  const current = useCurrentDomain()
  const { domain } = current
  const navigate = useNavigate()
  const toast = useToast()
  const [params] = useSearchParams()
  const update = useUpdateClient(domain.id, client.id)
  const status = useSetClientStatus(domain.id, client.id)
  const remove = useDeleteClient(domain.id)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [confirmRegenerate, setConfirmRegenerate] = useState(false)

  const permissions = entityPermissions(current, 'client', client)
  const editReason = permissions.reason('update', 'edit this client') ?? (client.status === 'enabled' ? null : DISABLED_REASON)
  const statusReason = permissions.reason('update', 'enable or disable this client')
  const deleteReason = permissions.reason('delete', 'delete this client')
  const secret = client.credentials?.secret ?? ''

  return (
    <div className="stack">
      <p className="callout" role="note">
        <IconInfo />
        Changes apply to a device that is already connected the next time it reconnects.
      </p>
      <ActivityCard domainId={domain.id} clientId={client.id} />
      <section className="card" aria-labelledby="client-config-title">
        <h2 id="client-config-title" className="card-title">
          Configuration
        </h2>
        <dl className="details">
          <div>
            <dt>ID</dt>
            <dd className="details-mono">
              <code>{client.id}</code>
              <CopyButton value={client.id} label="Copy client ID" />
            </dd>
          </div>
          <div>
            <dt>Name</dt>
            <dd>
              <InlineEditField
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
            </dd>
          </div>
          <div>
            <dt>Key (secret)</dt>
            <dd>
              <InlineEditField
                label="Key"
                value={secret}
                display={(value) => (value ? <SecretField value={value} label="key" /> : <span className="muted">Not shown to you</span>)}
                toDraft={(value) => value}
                parse={(draft) =>
                  draft.trim() ? { ok: true, value: draft.trim() } : { ok: false, error: 'Enter a key, or use Regenerate' }
                }
                onSave={(value) => update.secret.mutateAsync(value)}
                disabledReason={editReason}
                renderEditor={(editor) => <InlineTextEditor {...editor} label="Key" mono />}
              />
              <Button
                size="sm"
                variant="ghost"
                icon={<IconRefresh />}
                disabledReason={editReason}
                onClick={() => setConfirmRegenerate(true)}
              >
                Regenerate
              </Button>
            </dd>
          </div>
          <div>
            <dt>Identity</dt>
            <dd>{client.credentials?.identity || <span className="muted">—</span>}</dd>
          </div>
          <div>
            <dt>Tags</dt>
            <dd>
              <InlineEditField
                label="Tags"
                value={client.tags ?? []}
                display={(tags) => <Tags tags={tags} max={50} />}
                toDraft={(tags) => tags}
                parse={(tags) => ({ ok: true, value: tags })}
                onSave={(tags) => update.tags.mutateAsync(tags)}
                disabledReason={editReason}
                renderEditor={({ id, draft, setDraft, invalid, describedBy, onKeyDown }) => (
                  <TagsInput
                    id={id}
                    label="Tags"
                    value={draft}
                    onChange={setDraft}
                    invalid={invalid}
                    describedBy={describedBy}
                    onKeyDown={onKeyDown}
                  />
                )}
              />
            </dd>
          </div>
          <div>
            <dt>Metadata</dt>
            <dd>
              <InlineEditField
                label="Metadata"
                multiline
                value={client.metadata ?? {}}
                display={(metadata) => <pre className="json-view">{prettyJson(metadata)}</pre>}
                toDraft={(metadata) => prettyJson(metadata)}
                parse={(text) => parseJsonObject(text)}
                onSave={(metadata) => update.fields.mutateAsync({ metadata })}
                disabledReason={editReason}
                renderEditor={({ id, draft, setDraft, invalid, describedBy, onKeyDown }) => (
                  <JsonEditor
                    id={id}
                    label="Metadata"
                    value={draft}
                    onChange={setDraft}
                    invalid={invalid}
                    describedBy={describedBy}
                    onKeyDown={onKeyDown}
                    rows={10}
                  />
                )}
              />
            </dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <Switch
                label="Client enabled"
                checked={client.status === 'enabled'}
                text={client.status === 'enabled' ? 'Enabled' : 'Disabled'}
                disabledReason={statusReason}
                busy={status.isPending}
                onChange={(enabled) =>
                  status.mutate(enabled, {
                    onError: (error) =>
                      toast({
                        tone: 'error',
                        title: `Could not ${enabled ? 'enable' : 'disable'} the client`,
                        description: errorMessage(error),
                      }),
                  })
                }
              />
            </dd>
          </div>
          <div>
            <dt>Authentication</dt>
            <dd>
              {authMethodOf(client)}
              <span className="muted">{authMethodOf(client) === 'Certificate' ? '(X.509 client certificate)' : '(identity and key)'}</span>
            </dd>
          </div>
          {typeof client.private_metadata?.client_cert === 'string' && (
            <div>
              <dt>Client certificate</dt>
              <dd>
                <CertificateDetails pem={client.private_metadata.client_cert} expectedCN={client.credentials?.identity || undefined} />
              </dd>
            </div>
          )}
          <div>
            <dt>Parent group</dt>
            <dd>
              <ParentGroupField
                domainId={domain.id}
                client={client}
                disabledReason={permissions.reason('set_parent_group', 'change the parent group')}
              />
            </dd>
          </div>
          <div>
            <dt>Bootstrap</dt>
            <dd>
              <BootstrapLink domainId={domain.id} clientId={client.id} />
            </dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd>{formatDateTime(client.created_at)}</dd>
          </div>
          <div>
            <dt>Updated</dt>
            <dd>{formatDateTime(client.updated_at)}</dd>
          </div>
        </dl>
      </section>

      <section className="card card-danger" aria-labelledby="client-danger-title">
        <h2 id="client-danger-title" className="card-title">
          Delete client
        </h2>
        <div className="danger-row">
          <p className="muted">Deleting removes the client with its connections and roles. Devices using its key can no longer connect.</p>
          <Button variant="danger" icon={<IconTrash />} disabledReason={deleteReason} onClick={() => setConfirmDelete(true)}>
            Delete client
          </Button>
        </div>
      </section>

      <ConfirmDialog
        open={confirmRegenerate}
        onOpenChange={setConfirmRegenerate}
        title="Regenerate the key?"
        tone="primary"
        description="A new random key replaces the current one. Devices using the old key are refused the next time they connect."
        confirmLabel="Regenerate key"
        pending={update.secret.isPending}
        error={update.secret.error ? errorMessage(update.secret.error) : null}
        onConfirm={() =>
          update.secret.mutate(generateSecret(), {
            onSuccess: () => {
              setConfirmRegenerate(false)
              toast({ tone: 'success', title: 'Key regenerated', description: 'Reveal it with the eye button to copy it to the device.' })
            },
          })
        }
      />
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title="Delete this client?"
        description={
          <>
            <strong>{clientName(client)}</strong> will be deleted with its connections and roles. This cannot be undone.
          </>
        }
        typeToConfirm={clientName(client)}
        confirmLabel="Delete client"
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={() =>
          remove.mutate(client.id, {
            onSuccess: () => {
              toast({ tone: 'success', title: `Client “${clientName(client)}” deleted` })
              navigate(`/${domain.id}/clients`, { replace: true })
            },
          })
        }
      />
    </div>
  )
}

function ActivityCard({ domainId, clientId }: { domainId: string; clientId: string }) {
  const telemetry = useQuery(clientQueries.telemetry(domainId, clientId))
  const data = telemetry.data
  return (
    <section className="card" aria-labelledby="client-activity-title">
      <h2 id="client-activity-title" className="card-title">
        Activity
      </h2>
      {telemetry.isError ? (
        <p className="muted">Activity is not available: {errorMessage(telemetry.error)}</p>
      ) : data === null ? (
        <p className="muted">This client has not connected yet.</p>
      ) : (
        <dl className="stats">
          <div>
            <dt>Last seen</dt>
            <dd>
              <LastSeen telemetry={data} loading={telemetry.isPending} />
            </dd>
          </div>
          <div>
            <dt>First seen</dt>
            <dd>{data ? formatDateTime(data.first_seen) : '…'}</dd>
          </div>
          <div>
            <dt>Messages sent</dt>
            <dd>{data ? data.outbound_messages.toLocaleString() : '…'}</dd>
          </div>
          <div>
            <dt>Messages received</dt>
            <dd>{data ? data.inbound_messages.toLocaleString() : '…'}</dd>
          </div>
          <div>
            <dt>Subscriptions</dt>
            <dd>{data ? data.subscriptions.toLocaleString() : '…'}</dd>
          </div>
        </dl>
      )}
    </section>
  )
}
