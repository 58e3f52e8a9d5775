import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import type { User } from '../../api/schemas/user'
import { Button } from '../../components/ui/Button'
import { SearchSelect } from '../../components/ui/SearchSelect'
import { journalQueries } from '../../data/journal'
import { useCurrentDomain } from '../../lib/current-domain'
import { searchChannelOptions, searchClientOptions, searchUserOptions, targetTypesFor, type TargetType } from './audit-targets'

type Props = {
  type: TargetType
  /** The chosen entity; for a user, empty means the signed-in user. */
  id: string
  onChange: (target: { type: TargetType; id: string }) => void
}

/** Chooses whose journal the page shows: the journal service keeps one per entity, none per domain. */
export function AuditTargetPicker({ type, id, onChange }: Props) {
  const { domain, user, isSuperAdmin } = useCurrentDomain()
  const typeId = useId()
  return (
    <section className="audit-card audit-target" aria-label="Journal to show">
      <div className="audit-target-row">
        <div className="field audit-target-type">
          <label className="field-label" htmlFor={typeId}>
            Journal of
          </label>
          <select
            id={typeId}
            className="select"
            value={type}
            onChange={(event) => onChange({ type: event.target.value as TargetType, id: '' })}
          >
            {targetTypesFor(isSuperAdmin).map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field audit-target-entity">
          {type === 'group' ? (
            <GroupIdInput value={id} onSubmit={(next) => onChange({ type, id: next })} />
          ) : (
            <EntityPicker
              domainId={domain.id}
              me={user}
              type={type}
              id={type === 'user' ? id || user.id : id}
              onChange={(next) => onChange({ type, id: next })}
            />
          )}
        </div>
      </div>
    </section>
  )
}

const PICKER_LABEL: Record<Exclude<TargetType, 'group'>, string> = { user: 'User', client: 'Client', channel: 'Channel' }

function EntityPicker({
  domainId,
  me,
  type,
  id,
  onChange,
}: {
  domainId: string
  me: User
  type: Exclude<TargetType, 'group'>
  id: string
  onChange: (id: string) => void
}) {
  const inputId = useId()
  const label = useQuery(journalQueries.targetLabel(domainId, type, id))
  const search = useMemo(
    () => (type === 'user' ? searchUserOptions(me) : type === 'client' ? searchClientOptions(domainId) : searchChannelOptions(domainId)),
    [type, me, domainId],
  )
  const name = id === me.id ? `${label.data ?? 'You'} (you)` : (label.data ?? id)
  return (
    <>
      <label className="field-label" htmlFor={inputId}>
        {PICKER_LABEL[type]}
      </label>
      <SearchSelect
        // Remount once the name of an id from the URL is known, so the chip shows it.
        key={`${type}:${id}:${label.data ?? ''}`}
        id={inputId}
        label={PICKER_LABEL[type]}
        placeholder={type === 'user' ? 'Search users by username…' : `Search ${type}s by name…`}
        value={id ? [id] : []}
        initialSelected={id ? [{ value: id, label: name }] : []}
        onChange={(value) => onChange(value[0] ?? '')}
        search={search}
        queryKey={['audit-target-search', domainId, type]}
      />
    </>
  )
}

function GroupIdInput({ value, onSubmit }: { value: string; onSubmit: (id: string) => void }) {
  const inputId = useId()
  const hintId = useId()
  const [text, setText] = useState(value)
  return (
    <form
      className="audit-group-form"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit(text.trim())
      }}
    >
      <label className="field-label" htmlFor={inputId}>
        Group ID
      </label>
      <div className="row">
        <input
          id={inputId}
          className="input mono-input"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={hintId}
          placeholder="e.g. 3f2a…"
          spellCheck={false}
        />
        <Button type="submit" disabledReason={text.trim() ? null : 'Enter a group ID first'}>
          Show journal
        </Button>
      </div>
      <p id={hintId} className="field-hint">
        This console does not list groups; paste the ID of a group you can read.
      </p>
    </form>
  )
}
