import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useMemo, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import { errorMessage, isApiError } from '../../api/errors'
import { DomainMemberPicker } from '../../components/users/DomainMemberPicker'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field, FormError } from '../../components/ui/Field'
import { isNotDomainMemberError, NOT_DOMAIN_MEMBER } from '../../lib/client-roles'

const AddMembersForm = z.object({
  members: z.array(z.string()).check(z.minLength(1, 'Choose at least one member')),
})
type AddMembersForm = z.infer<typeof AddMembersForm>

type AddMembersDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  roleName: string
  /** Who already holds the role: shown, but not selectable. */
  currentMembers: string[] | undefined
  onSubmit: (members: string[]) => Promise<unknown>
}

/** Adds domain members to a role, found by name or username. */
export function AddMembersDialog({ open, onOpenChange, roleName, currentMembers, onSubmit }: AddMembersDialogProps) {
  const formId = useId()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<AddMembersForm>({ resolver: zodResolver(AddMembersForm), defaultValues: { members: [] } })
  const { errors, isSubmitting } = form.formState
  const unavailable = useMemo(
    () => Object.fromEntries((currentMembers ?? []).map((id) => [id, 'Already a member of this role'])),
    [currentMembers],
  )

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
      if (isApiError(error) && error.isConflict) {
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
            <Field label="Members" required hint="Search by name or username." error={errors.members?.message}>
              <DomainMemberPicker label="Members" value={field.value} onChange={field.onChange} unavailable={unavailable} />
            </Field>
          )}
        />
        <FormError message={failure} />
      </form>
    </Dialog>
  )
}
