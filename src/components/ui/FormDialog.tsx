import { zodResolver } from '@hookform/resolvers/zod'
import { useId, type ReactNode } from 'react'
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form'
import type * as z from 'zod/mini'
import { errorMessage } from '../../api/errors'
import { Dialog, DialogFormFooter } from './Dialog'
import { FormError } from './Field'

type FormDialogProps<T extends FieldValues> = {
  title: ReactNode
  description?: ReactNode
  size?: 'sm' | 'md' | 'lg' | 'xl'
  /** Keeps the dialog open on outside clicks. */
  modalLock?: boolean
  submitLabel: string
  /** Validates the fields as the user submits; its messages show under each field. */
  schema: z.ZodMiniType<T, T>
  defaults: DefaultValues<T>
  /** Sends the valid values. A throw keeps the dialog open with everything typed and `failure(error)` on top. */
  onSubmit: (values: T) => Promise<unknown>
  failure?: (error: unknown) => string
  onClose: () => void
  /** The fields, registered on the form. */
  children: (form: UseFormReturn<T>) => ReactNode
}

/** A dialog around one form: a schema, its defaults and a submit; Cancel and Escape close it. */
export function FormDialog<T extends FieldValues>({
  title,
  description,
  size,
  modalLock,
  submitLabel,
  schema,
  defaults,
  onSubmit,
  failure = errorMessage,
  onClose,
  children,
}: FormDialogProps<T>) {
  const formId = useId()
  const form = useForm<T>({ resolver: zodResolver(schema) as Resolver<T>, defaultValues: defaults })
  const { errors, isSubmitting } = form.formState
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      form.setError('root', { message: failure(error) })
    }
  })
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={title}
      description={description}
      size={size}
      modalLock={modalLock}
      footer={<DialogFormFooter form={formId} submitLabel={submitLabel} submitting={isSubmitting} onCancel={onClose} />}
    >
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        <FormError message={errors.root?.message} />
        {children(form)}
      </form>
    </Dialog>
  )
}
