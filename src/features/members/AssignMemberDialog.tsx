import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import * as z from 'zod/mini'
import { errorMessage, isApiError } from '../../api/errors'
import type { Role } from '../../api/schemas/role'
import { RoleMembersField } from '../../components/users/RoleMembersField'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field, FormError } from '../../components/ui/Field'
import { isNotDomainMemberError, isSecondRoleError, NOT_DOMAIN_MEMBER, ONE_ROLE_PER_CLIENT } from '../../lib/client-roles'
import { MoveList } from './MoveList'
import { useRoleMoves } from './useRoleMoves'

const AssignMemberForm = z.object({
  roleId: z.string().check(z.minLength(1, 'Choose a role')),
  members: z.array(z.string()).check(z.minLength(1, 'Choose at least one member')),
})
type AssignMemberForm = z.infer<typeof AssignMemberForm>

const EMPTY: AssignMemberForm = { roleId: '', members: [] }

type AssignMemberDialogProps = {
  clientId: string
  open: boolean
  onOpenChange: (open: boolean) => void
  roles: Role[] | undefined
  onSubmit: (values: { role: Role; members: string[] }) => Promise<unknown>
}

/**
 * Gives one or more domain members one of the client's roles. A member holds one role per client
 * (role members are UNIQUE(member_id, entity_id)): someone holding another is shown with it, and
 * assigning moves them (out of the old role, into the new one).
 */
export function AssignMemberDialog({ clientId, open, onOpenChange, roles, onSubmit }: AssignMemberDialogProps) {
  const formId = useId()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<AssignMemberForm>({ resolver: zodResolver(AssignMemberForm), defaultValues: EMPTY })
  const { errors, isSubmitting } = form.formState
  const roleId = useWatch({ control: form.control, name: 'roleId' })
  const chosen = useWatch({ control: form.control, name: 'members' })
  const { holders, refetch, unavailable, notes, moves, moveOut } = useRoleMoves(clientId, open, roleId, chosen)
  const role = roles?.find((r) => r.id === roleId)

  const close = (next: boolean) => {
    if (!next) {
      form.reset(EMPTY)
      setFailure(null)
    }
    onOpenChange(next)
  }

  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    if (!role) {
      form.setError('roleId', { message: 'That role no longer exists; choose another' })
      return
    }
    // Someone who already holds the role would make the whole request fail: send only the others.
    const members = values.members.filter((id) => holders.get(id)?.id !== role.id)
    if (members.length === 0) {
      form.setError('members', { message: 'Everyone you chose already holds this role' })
      return
    }
    try {
      await moveOut()
      await onSubmit({ role, members })
      close(false)
    } catch (error) {
      void refetch()
      if (isSecondRoleError(error)) {
        form.setError('members', { message: `${ONE_ROLE_PER_CLIENT} The list is up to date now: choose again.` })
      } else if (isApiError(error) && error.isConflict) {
        form.setError('members', { message: 'Someone you chose already holds this role.' })
      } else if (isNotDomainMemberError(error)) {
        form.setError('members', { message: NOT_DOMAIN_MEMBER })
      } else {
        setFailure(`Could not assign the role: ${errorMessage(error)}`)
      }
    }
  })

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Assign member"
      description="Give members of this domain one of this client's roles. A member holds one role per client."
      size="md"
      modalLock
      footer={
        <DialogFormFooter
          form={formId}
          submitLabel={moves.length ? 'Move and assign' : 'Assign'}
          submitting={isSubmitting}
          onCancel={() => close(false)}
        />
      }
    >
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        <Field label="Role" required error={errors.roleId?.message}>
          <select className="select" disabled={!roles} {...form.register('roleId')}>
            <option value="">{roles ? 'Choose a role…' : 'Loading roles…'}</option>
            {roles?.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
        <Controller
          control={form.control}
          name="members"
          render={({ field }) => (
            <RoleMembersField
              clientId={clientId}
              required
              value={field.value}
              onChange={field.onChange}
              error={errors.members?.message}
              unavailable={unavailable}
              notes={notes}
            />
          )}
        />
        {moves.length > 0 && role && <MoveList moves={moves} to={role.name} />}
        <FormError message={failure} />
      </form>
    </Dialog>
  )
}
