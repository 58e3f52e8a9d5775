import type { UseMutationResult } from '@tanstack/react-query'
import type { ComponentProps } from 'react'
import { errorMessage } from '../../api/errors'
import { ConfirmDialog } from './ConfirmDialog'
import { useToast, type ToastInput } from './Toasts'

type DialogProps = Omit<ComponentProps<typeof ConfirmDialog>, 'open' | 'onOpenChange' | 'pending' | 'error' | 'onConfirm'>

type ConfirmMutationProps<TData, TVariables> = DialogProps & {
  open: boolean
  onClose: () => void
  mutation: UseMutationResult<TData, Error, TVariables, unknown>
  variables: TVariables
  /** The toast once the server has done it. */
  success: string | Omit<ToastInput, 'tone'>
  /** After it is done and the dialog has closed (leave the page, clear a selection). */
  onDone?: (data: TData) => void
  /** The refusal as the dialog shows it; the server's message unless the feature knows better. */
  describeError?: (error: Error) => string
}

/**
 * Confirm → mutate → toast: asks, runs the mutation while showing it is pending, keeps the dialog open with the
 * server's message when it fails (Confirm tries again), and closes with a success toast when it is done.
 */
export function ConfirmMutation<TData, TVariables>({
  open,
  onClose,
  mutation,
  variables,
  success,
  onDone,
  describeError = errorMessage,
  ...dialog
}: ConfirmMutationProps<TData, TVariables>) {
  const toast = useToast()
  return (
    <ConfirmDialog
      {...dialog}
      open={open}
      onOpenChange={(next) => {
        if (next) return
        onClose()
        mutation.reset()
      }}
      pending={mutation.isPending}
      error={mutation.error ? describeError(mutation.error) : null}
      onConfirm={() =>
        mutation.mutate(variables, {
          onSuccess: (data) => {
            onClose()
            toast({ tone: 'success', ...(typeof success === 'string' ? { title: success } : success) })
            onDone?.(data)
          },
        })
      }
    />
  )
}
