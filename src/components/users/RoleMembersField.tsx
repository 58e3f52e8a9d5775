import { memberPoolHint } from '../../lib/member-pool'
import { Field } from '../ui/Field'
import { useMemberPool } from '../../data/roles'
import { DomainMemberPicker } from './DomainMemberPicker'

type RoleMembersFieldProps = {
  /** The client whose roles are being filled: where the pool comes from when the domain's list is out of reach. */
  clientId: string
  label?: string
  required?: boolean
  value: string[]
  onChange: (ids: string[]) => void
  error?: string
  /** User id → why they cannot be picked. */
  unavailable?: Record<string, string>
  /** User id → a word beside them. */
  notes?: Record<string, string>
}

/** The Members field of a client's role dialogs: the picker, with a hint saying whom it offers and why. */
export function RoleMembersField({
  clientId,
  label = 'Members',
  required,
  value,
  onChange,
  error,
  unavailable,
  notes,
}: RoleMembersFieldProps) {
  const pool = useMemberPool(clientId)
  return (
    <Field label={label} required={required} hint={memberPoolHint(pool)} error={error}>
      <DomainMemberPicker
        label="Members"
        value={value}
        onChange={onChange}
        pool={pool}
        clientId={clientId}
        unavailable={unavailable}
        notes={notes}
      />
    </Field>
  )
}
