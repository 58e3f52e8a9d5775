import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { isApiError } from '../../api/errors'
import type { BootstrapConfig } from '../../api/schemas/bootstrap'
import { Button } from '../../components/ui/Button'
import { DataTable } from '../../components/ui/DataTable'
import { ListPagination } from '../../components/ui/Pagination'
import { EmptyState } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconInfo, IconPlus, IconSettings, IconShield } from '../../components/ui/icons'
import { useCurrentDomain, type CurrentDomain } from '../../lib/current-domain'
import { isDomainAdmin } from '../../lib/permissions'
import { useClampPage } from '../../lib/paging'
import { useUrlState } from '../../lib/url-state'
import { tableStatus } from '../../lib/table-state'
import { createPermissions } from './bootstrap-permissions'
import { BootstrapsToolbar } from './BootstrapsToolbar'
import { CreateBootstrapDialog } from './CreateBootstrapDialog'
import { DeleteBootstrapDialog } from './DeleteBootstrapDialog'
import { useBootstrapColumns } from './useBootstrapColumns'
import { BOOTSTRAP_LIST_ALLOWED, BOOTSTRAP_LIST_DEFAULTS, hasBootstrapFilters, toListParams } from './list-params'
import { bootstrapQueries } from '../../data/bootstraps'
import './bootstraps.css'

const rowId = (config: BootstrapConfig) => config.client_id

const LIST_REFUSED =
  'Magistrala’s bootstrap service (v0.20.0) lists configurations only for domain administrators: for anyone else it asks for a permission its schema does not define, and answers 400 “malformed entity specification”. You can still open a configuration from its client’s page (Configuration tab).'

/** The list's refusal to everyone but domain admins (see LIST_REFUSED), told apart from a real bad request. */
function isListRefusal(error: unknown, current: CurrentDomain) {
  return isApiError(error) && error.is('malformedEntity', 400) && !isDomainAdmin(current)
}

export function BootstrapsPage() {
  const current = useCurrentDomain()
  const { domain } = current
  const navigate = useNavigate()
  const toast = useToast()
  const [state, setState] = useUrlState(BOOTSTRAP_LIST_DEFAULTS, BOOTSTRAP_LIST_ALLOWED)
  const list = useQuery(bootstrapQueries.list(domain.id, toListParams(state)))
  const [creating, setCreating] = useState(false)
  const [deleting, setDeleting] = useState<BootstrapConfig | null>(null)
  const { canCreateClient, createReason } = createPermissions(current)
  const columns = useBootstrapColumns(current, setDeleting)

  const listRefused = isListRefusal(list.error, current)
  const total = list.data?.total ?? 0
  useClampPage(state, total, list.isSuccess && !list.isPlaceholderData, setState)

  const createButton = (
    <Button variant="primary" icon={<IconPlus />} disabledReason={createReason} onClick={() => setCreating(true)}>
      Create
    </Button>
  )

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Bootstraps</h1>
          <p className="page-subtitle">
            What each device receives the first time it connects: its client, channels, certificates and custom content.
          </p>
        </div>
        <div className="page-actions">{createButton}</div>
      </div>
      <p className="bs-callout">
        <IconInfo size={16} />
        <span>
          New configurations start <strong>disabled</strong>. Enable one (from its row&apos;s menu or its page) to connect its client to its
          channels; a device can fetch its configuration whatever the state.
        </span>
      </p>
      {listRefused ? (
        <EmptyState icon={<IconShield size={22} />} title="Only domain administrators can list configurations" description={LIST_REFUSED} />
      ) : (
        <>
          <BootstrapsToolbar state={state} onChange={setState} />
          <DataTable
            label="Bootstrap configurations"
            columns={columns}
            rows={list.data?.configs}
            getRowId={rowId}
            {...tableStatus(list)}
            onRowClick={(config) => navigate(`/${domain.id}/bootstraps/${config.client_id}`)}
            empty={
              hasBootstrapFilters(state) ? (
                <EmptyState
                  title="No configurations match"
                  description="Try another name or state, or clear the filters."
                  action={<Button onClick={() => setState({ q: '', state: 'all' })}>Clear filters</Button>}
                />
              ) : (
                <EmptyState
                  icon={<IconSettings size={22} />}
                  title="No bootstrap configurations yet"
                  description="Create one per device: it tells the device which client it is, which channels to use and how to connect."
                  action={createButton}
                />
              )
            }
          />
          <ListPagination paging={state} onChange={setState} total={total} noun={['configuration', 'configurations']} />
        </>
      )}
      <CreateBootstrapDialog
        open={creating}
        onOpenChange={setCreating}
        domainId={domain.id}
        canCreateClient={canCreateClient}
        onCreated={(id) => {
          toast({
            tone: 'success',
            title: 'Configuration created',
            description: 'It is disabled: enable it when the device is ready to bootstrap.',
          })
          navigate(`/${domain.id}/bootstraps/${id}`)
        }}
      />
      <DeleteBootstrapDialog
        domainId={domain.id}
        config={deleting}
        onOpenChange={(open) => !open && setDeleting(null)}
        onDeleted={() => toast({ tone: 'success', title: 'Configuration deleted' })}
      />
    </>
  )
}
