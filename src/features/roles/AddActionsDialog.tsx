import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import { errorMessage, isApiError } from '../../api/errors'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { FormError } from '../../components/ui/Field'
import { ActionChecklist } from './ActionChecklist'

const AddActionsForm = z.object({
  actions: z.array(z.string()).check(z.minLength(1, 'Choose at least one action')),
})
type AddActionsForm = z.infer<typeof AddActionsForm>

type AddActionsDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  roleName: string
  /** Actions the role may still be given: available ones it does not hold yet. */
  actions: string[] | undefined
  loadError?: unknown
  onRetry?: () => void
  onSubmit: (actions: string[]) => Promise<unknown>
}

/** Grants a role more actions, offering only the ones it does not have yet. */
export function AddActionsDialog({ open, onOpenChange, roleName, actions, loadError, onRetry, onSubmit }: AddActionsDialogProps) {
  const formId = useId()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<AddActionsForm>({ resolver: zodResolver(AddActionsForm), defaultValues: { actions: [] } })
  const { errors, isSubmitting } = form.formState

  const close = (next: boolean) => {
    if (!next) {
      form.reset({ actions: [] })
      setFailure(null)
    }
    onOpenChange(next)
  }

  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    const offered = new Set(actions ?? [])
    try {
      await onSubmit(values.actions.filter((a) => offered.has(a)))
      close(false)
    } catch (error) {
      setFailure(
        isApiError(error) && error.isConflict
          ? 'The role already has some of these actions (changed meanwhile?). The list is up to date now; choose again.'
          : `Could not add the actions: ${errorMessage(error)}`,
      )
      onRetry?.()
    }
  })

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Add actions"
      description={<>Actions members of “{roleName}” may perform on this client.</>}
      size="lg"
      modalLock
      footer={<DialogFormFooter form={formId} submitLabel="Add actions" submitting={isSubmitting} onCancel={() => close(false)} />}
    >
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        <Controller
          control={form.control}
          name="actions"
          render={({ field }) => (
            <ActionChecklist
              legend="Actions"
              actions={actions}
              value={field.value}
              onChange={field.onChange}
              loadError={loadError}
              onRetry={onRetry}
              error={errors.actions?.message}
              emptyText="This role already has every available action."
            />
          )}
        />
        <FormError message={failure} />
      </form>
    </Dialog>
  )
}
