import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { errorMessage } from '../../api/errors'
import type { Client } from '../../api/schemas/client'
import { Button, IconButton } from '../../components/ui/Button'
import { SearchSelect } from '../../components/ui/SearchSelect'
import { IconCheck, IconPencil, IconX } from '../../components/ui/icons'
import { useSetClientParent } from '../../data/clients'
import { groupQueries } from '../../data/groups'

/** The client's parent group: shown with a link to its clients, set, changed or removed in place. */
export function ParentGroupField({
  domainId,
  client,
  disabledReason,
}: {
  domainId: string
  client: Client
  disabledReason: string | null
}) {
  const parentId = client.parent_group_id || undefined
  const group = useQuery({ ...groupQueries.detail(domainId, parentId ?? ''), enabled: Boolean(parentId) })
  const setParent = useSetClientParent(domainId, client.id)
  const [editing, setEditing] = useState(false)
  const [choice, setChoice] = useState<string[]>([])

  const save = (to: string | null) => setParent.mutate({ from: parentId, to }, { onSuccess: () => setEditing(false) })

  if (editing) {
    return (
      <div className="inline-edit is-editing">
        <div className="inline-edit-editor">
          <SearchSelect
            label="Parent group"
            placeholder="Search groups…"
            value={choice}
            onChange={setChoice}
            search={groupQueries.search(domainId)}
            queryKey={['groups', domainId, 'picker']}
            initialSelected={parentId && group.data ? [{ value: parentId, label: group.data.name }] : []}
          />
          {setParent.error && (
            <p className="field-error" role="alert">
              {errorMessage(setParent.error)}
            </p>
          )}
        </div>
        <div className="inline-edit-actions">
          <IconButton
            label="Save parent group"
            icon={<IconCheck />}
            variant="primary"
            loading={setParent.isPending}
            disabledReason={choice.length ? null : 'Choose a group'}
            onClick={() => save(choice[0])}
          />
          <IconButton label="Cancel editing parent group" icon={<IconX />} onClick={() => setEditing(false)} />
        </div>
      </div>
    )
  }
  return (
    <div className="inline-edit">
      <div className="inline-edit-value">
        {parentId ? (
          <span className="parent-group">
            <strong>{group.data?.name ?? (group.isError ? 'Unknown group' : '…')}</strong>
            <Link to={`/${domainId}/clients?group=${parentId}`}>Clients in this group</Link>
          </span>
        ) : (
          <span className="muted">None</span>
        )}
      </div>
      <IconButton
        label={parentId ? 'Change parent group' : 'Set parent group'}
        icon={<IconPencil />}
        disabledReason={disabledReason}
        onClick={() => {
          setParent.reset()
          setChoice(parentId ? [parentId] : [])
          setEditing(true)
        }}
      />
      {parentId && (
        <Button size="sm" variant="ghost" disabledReason={disabledReason} loading={setParent.isPending} onClick={() => save(null)}>
          Remove
        </Button>
      )}
      {!editing && setParent.error && (
        <p className="field-error" role="alert">
          {errorMessage(setParent.error)}
        </p>
      )}
    </div>
  )
}
