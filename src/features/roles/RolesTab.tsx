import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import type { Role } from '../../api/schemas/role'
import { Button } from '../../components/ui/Button'
import { DataTable } from '../../components/ui/DataTable'
import { ListPagination } from '../../components/ui/Pagination'
import { SearchBox } from '../../components/ui/SearchBox'
import { EmptyState } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconPlus, IconShield } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { useClampPage } from '../../lib/paging'
import { useUrlState } from '../../lib/url-state'
import { tableStatus } from '../../lib/table-state'
import { CreateRoleDialog } from './CreateRoleDialog'
import { useClientPermissions } from '../../data/clients'
import { clientRoleQueries } from '../../data/roles'
import { roleColumns, rolePath } from './roles-columns'
import './roles.css'

const LIST_DEFAULTS = { q: '', page: 1, size: 10 }
const LIST_ALLOWED = { size: [10, 25, 50, 100] } as const
const rowId = (role: Role) => role.id

/** The client's roles: searchable and paged here, since the roles endpoint has no name filter. */
export function RolesTab() {
  const { domain } = useCurrentDomain()
  const { clientId = '' } = useParams()
  const navigate = useNavigate()
  const toast = useToast()
  const permissions = useClientPermissions(clientId)
  const canView = permissions.can('view_role_users')
  const [state, setState] = useUrlState(LIST_DEFAULTS, LIST_ALLOWED)
  const [creating, setCreating] = useState(false)
  const roles = useQuery({ ...clientRoleQueries.list(domain.id, clientId), enabled: canView })
  const columns = useMemo(() => roleColumns({ domainId: domain.id, clientId }), [domain.id, clientId])

  const needle = state.q.toLowerCase()
  const matching = useMemo(() => (roles.data ?? []).filter((r) => r.name.toLowerCase().includes(needle)), [roles.data, needle])
  const total = matching.length
  const rows = roles.data ? matching.slice((state.page - 1) * state.size, state.page * state.size) : undefined

  useClampPage(state, total, roles.isSuccess, setState)

  const createReason = permissions.reason('manage_role', 'create roles on this client')

  return (
    <section className="roles-tab" aria-labelledby="roles-title">
      <div className="page-header">
        <div>
          <h2 id="roles-title" className="tab-title">
            Roles
          </h2>
          <p className="page-subtitle">Each role grants its members a set of actions on this client.</p>
        </div>
        <Button variant="primary" icon={<IconPlus />} disabledReason={createReason} onClick={() => setCreating(true)}>
          Create
        </Button>
      </div>
      {!canView && permissions.loaded ? (
        <EmptyState
          icon={<IconShield size={22} />}
          title="You cannot see this client's roles"
          description={permissions.reason('view_role_users', 'see the roles of this client')}
        />
      ) : (
        <>
          <div className="toolbar" role="search" aria-label="Filter roles">
            <SearchBox label="Search roles by name" placeholder="Search by name…" value={state.q} onChange={(q) => setState({ q })} />
          </div>
          <DataTable
            label="Roles"
            columns={columns}
            rows={rows}
            getRowId={rowId}
            {...tableStatus(roles)}
            onRowClick={(role) => navigate(rolePath(domain.id, clientId, role.id))}
            skeletonRows={3}
            empty={
              state.q ? (
                <EmptyState
                  title="No roles match"
                  description="Try another name."
                  action={<Button onClick={() => setState({ q: '' })}>Clear search</Button>}
                />
              ) : (
                <EmptyState
                  icon={<IconShield size={22} />}
                  title="No roles yet"
                  description="Create a role to give people actions on this client."
                  action={
                    <Button variant="primary" icon={<IconPlus />} disabledReason={createReason} onClick={() => setCreating(true)}>
                      Create role
                    </Button>
                  }
                />
              )
            }
          />
          <ListPagination paging={state} onChange={setState} total={total} noun={['role', 'roles']} />
        </>
      )}
      <CreateRoleDialog
        clientId={clientId}
        open={creating}
        onOpenChange={setCreating}
        onCreated={(role) =>
          toast({
            tone: 'success',
            title: `Role “${role.name}” created`,
            action: { label: 'Open', onClick: () => navigate(rolePath(domain.id, clientId, role.id)) },
          })
        }
      />
    </section>
  )
}
