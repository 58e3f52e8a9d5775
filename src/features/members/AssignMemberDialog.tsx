import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import * as z from 'zod/mini'
import { errorMessage, isApiError } from '../../api/errors'
import type { Role } from '../../api/schemas/role'
import { DomainMemberPicker } from '../../components/users/DomainMemberPicker'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field, FormError } from '../../components/ui/Field'
import { clientRoleQueries, isNotDomainMemberError, NOT_DOMAIN_MEMBER } from '../../lib/client-roles'
import { useCurrentDomain } from '../../lib/current-domain'

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

/** Gives one or more domain members one of the client's roles. */
export function AssignMemberDialog({ clientId, open, onOpenChange, roles, onSubmit }: AssignMemberDialogProps) {
  const formId = useId()
  const { domain } = useCurrentDomain()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<AssignMemberForm>({ resolver: zodResolver(AssignMemberForm), defaultValues: EMPTY })
  const { errors, isSubmitting } = form.formState
  const roleId = useWatch({ control: form.control, name: 'roleId' })
  const holders = useQuery({ ...clientRoleQueries.allMembers(domain.id, clientId, roleId), enabled: open && Boolean(roleId) })
  const unavailable = useMemo(() => Object.fromEntries((holders.data ?? []).map((id) => [id, 'Already holds this role'])), [holders.data])

  const close = (next: boolean) => {
    if (!next) {
      form.reset(EMPTY)
      setFailure(null)
    }
    onOpenChange(next)
  }

  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    const role = roles?.find((r) => r.id === values.roleId)
    if (!role) {
      form.setError('roleId', { message: 'That role no longer exists; choose another' })
      return
    }
    // Someone who already holds the role would make the whole request fail: send only the others.
    const held = new Set(holders.data ?? [])
    const members = values.members.filter((id) => !held.has(id))
    if (members.length === 0) {
      form.setError('members', { message: 'Everyone you chose already holds this role' })
      return
    }
    try {
      await onSubmit({ role, members })
      close(false)
    } catch (error) {
      if (isApiError(error) && error.isConflict) {
        form.setError('members', { message: 'Someone you chose already holds this role.' })
        void holders.refetch()
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
      description="Give members of this domain one of this client's roles."
      size="md"
      modalLock
      footer={<DialogFormFooter form={formId} submitLabel="Assign" submitting={isSubmitting} onCancel={() => close(false)} />}
    >
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        <Field label="Role" required error={errors.roleId?.message}>
          <select className="select" disabled={!roles} {...form.register('roleId')}>
            <option value="">{roles ? 'Choose a role…' : 'Loading roles…'}</option>
            {roles?.map((role) => (
              <option key={role.id} value={role.id}>
                {role.name}
              </option>
            ))}
          </select>
        </Field>
        <Controller
          control={form.control}
          name="members"
          render={({ field }) => (
            <Field label="Members" required hint="Members of this domain, by name or username." error={errors.members?.message}>
              <DomainMemberPicker label="Members" value={field.value} onChange={field.onChange} unavailable={unavailable} />
            </Field>
          )}
        />
        <FormError message={failure} />
      </form>
    </Dialog>
  )
}
