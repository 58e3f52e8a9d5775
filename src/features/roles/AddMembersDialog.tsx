import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useMemo, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import { errorMessage, isApiError } from '../../api/errors'
import { RoleMembersField } from '../../components/users/RoleMembersField'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { FormError } from '../../components/ui/Field'
import { useRoleHolders } from '../../data/roles'
import {
  isNotDomainMemberError,
  isSecondRoleError,
  NOT_DOMAIN_MEMBER,
  ONE_ROLE_PER_CLIENT,
  unavailableHolders,
} from '../../lib/client-roles'

const AddMembersForm = z.object({
  members: z.array(z.string()).check(z.minLength(1, 'Choose at least one member')),
})
type AddMembersForm = z.infer<typeof AddMembersForm>

type AddMembersDialogProps = {
  clientId: string
  roleId: string
  open: boolean
  onOpenChange: (open: boolean) => void
  roleName: string
  onSubmit: (members: string[]) => Promise<unknown>
}

/**
 * Adds domain members to a role, found by name or username. Who holds the role already, or another
 * role on the client (one role per member per client), is shown but cannot be picked.
 */
export function AddMembersDialog({ clientId, roleId, open, onOpenChange, roleName, onSubmit }: AddMembersDialogProps) {
  const formId = useId()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<AddMembersForm>({ resolver: zodResolver(AddMembersForm), defaultValues: { members: [] } })
  const { errors, isSubmitting } = form.formState
  const { holders, refetch } = useRoleHolders(clientId, open)
  const unavailable = useMemo(() => unavailableHolders(holders, roleId), [holders, roleId])

  const close = (next: boolean) => {
    if (!next) {
      form.reset({ members: [] })
      setFailure(null)
    }
    onOpenChange(next)
  }

  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    try {
      await onSubmit(values.members)
      close(false)
    } catch (error) {
      void refetch()
      if (isSecondRoleError(error)) {
        form.setError('members', { message: `${ONE_ROLE_PER_CLIENT} The list is up to date now: choose again.` })
      } else if (isApiError(error) && error.isConflict) {
        form.setError('members', { message: 'Someone you chose is already a member of this role.' })
      } else if (isNotDomainMemberError(error)) {
        form.setError('members', { message: NOT_DOMAIN_MEMBER })
      } else {
        setFailure(`Could not add the members: ${errorMessage(error)}`)
      }
    }
  })

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Add members"
      description={<>Members of this domain who should hold “{roleName}”.</>}
      size="md"
      modalLock
      footer={<DialogFormFooter form={formId} submitLabel="Add members" submitting={isSubmitting} onCancel={() => close(false)} />}
    >
      <form id={formId} className="stack" onSubmit={submit} noValidate>
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
            />
          )}
        />
        <FormError message={failure} />
      </form>
    </Dialog>
  )
}
