import { isApiError } from '../../api/errors'
import { ROLE_NAME_MAX, type Role } from '../../api/schemas/role'
import { Button } from '../../components/ui/Button'
import { CopyButton } from '../../components/ui/CopyButton'
import { Detail, EditableDetail } from '../../components/ui/DetailsList'
import { InlineTextEditor } from '../../components/ui/InlineEditField'
import { IconTrash } from '../../components/ui/icons'
import { UserName } from '../../components/users/UserName'
import { useRenameRole } from '../../data/roles'
import { DateTime } from '../../components/ui/RelativeTime'
import { isSetTime } from '../../lib/format'

const parseName = (draft: string) => {
  const name = draft.trim()
  if (!name) return { ok: false as const, error: 'Enter a name for the role' }
  if (name.length > ROLE_NAME_MAX) return { ok: false as const, error: `Use at most ${ROLE_NAME_MAX} characters` }
  return { ok: true as const, value: name }
}

/** The role's name (renamed in place), its id, who made and changed it, and the delete button. */
export function RoleHeader({
  clientId,
  role,
  manageReason,
  onDelete,
}: {
  clientId: string
  role: Role
  manageReason: string | null
  onDelete: () => void
}) {
  const rename = useRenameRole(clientId, role.id)
  const save = async (name: string) => {
    if (name === role.name) return
    try {
      await rename.mutateAsync(name)
    } catch (error) {
      // The inline editor shows this message and keeps what was typed.
      throw isApiError(error) && error.isConflict ? new Error(`Another role on this client is already named “${name}”.`) : error
    }
  }
  return (
    <div className="card role-header">
      <div className="role-header-main">
        <dl className="role-name">
          <EditableDetail
            term={<span className="visually-hidden">Role name</span>}
            label="Role name"
            value={role.name}
            display={(name) => (
              <h2 className="role-title truncate" title={name}>
                {name}
              </h2>
            )}
            toDraft={(name) => name}
            parse={parseName}
            onSave={save}
            disabledReason={manageReason}
            renderEditor={(editor) => <InlineTextEditor {...editor} label="Role name" />}
          />
        </dl>
        <Button variant="danger" size="sm" icon={<IconTrash />} disabledReason={manageReason} onClick={onDelete}>
          Delete role
        </Button>
      </div>
      <dl className="role-meta">
        <Detail term="ID" className="role-id">
          <code>{role.id}</code>
          <CopyButton value={role.id} label="Copy role ID" />
        </Detail>
        <Detail term="Created">
          <DateTime value={role.created_at} />
          {role.created_by && (
            <>
              <span className="muted">by</span> <UserName userId={role.created_by} withUsername={false} />
            </>
          )}
        </Detail>
        <Detail term="Updated">
          {isSetTime(role.updated_at) ? <DateTime value={role.updated_at} /> : <span className="muted">Never</span>}
          {role.updated_by && (
            <>
              <span className="muted">by</span> <UserName userId={role.updated_by} withUsername={false} />
            </>
          )}
        </Detail>
      </dl>
    </div>
  )
}
