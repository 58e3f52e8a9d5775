import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState, type ReactNode } from 'react'
import { Controller, useController, useForm, useWatch } from 'react-hook-form'
import * as z from 'zod/mini'
import type { ConnectionType, ConnectionTypeInput } from '../../api/schemas/channel'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field, FormError } from '../../components/ui/Field'
import type { SearchResult, SelectOption } from '../../components/ui/SearchSelect'
import { useToast } from '../../components/ui/Toasts'
import { pluralize } from '../../lib/format'
import { connectionErrorMessage } from './connection-errors'
import { describeTypes, missingTypes, planConnect, type ConnectStep } from './connection-types'
import { ConnectionTypesField } from './ConnectionTypesField'
import { FieldSearchSelect } from './FieldSearchSelect'

const ConnectForm = z.object({
  picked: z.array(z.string()).check(z.minLength(1)),
  types: z.array(z.enum(['publish', 'subscribe'])).check(z.minLength(1, 'Choose Publish, Subscribe or both')),
})
type ConnectForm = z.infer<typeof ConnectForm>

/** Something on the other side of the connection, as a search found it. */
export type Candidate = {
  id: string
  label: string
  /** Shown under the label when nothing more important is. */
  detail?: string
  /** Why it cannot be picked whatever the types (disabled, no permission), or null. */
  blocked: string | null
  /** The types it already has with this entity; undefined when the search could not tell. */
  existing: ConnectionType[] | undefined
}

export type CandidateSearch = (text: string, signal: AbortSignal) => Promise<{ total: number; candidates: Candidate[] }>

type Props = {
  title: string
  description: ReactNode
  /** e.g. ['channel', 'channels']. */
  noun: [string, string]
  /** Cache key of the searches (the chosen types are appended). */
  searchKey: readonly unknown[]
  search: CandidateSearch
  connect: (input: { plan: ConnectStep[]; onApplied: (step: ConnectStep) => void }) => Promise<void>
  successTitle: (count: number) => string
  onClose: () => void
}

const TYPE_HINTS = { Publish: 'Sends messages to the channel.', Subscribe: 'Receives the channel’s messages.' }

/**
 * Connects one entity to others picked by a server-side search, as Publish and/or Subscribe. Entities
 * already connected for the chosen types are shown disabled; for the rest only the missing types are
 * requested, because the service refuses a whole request if one connection in it exists already.
 */
export function ConnectDialog({ title, description, noun, searchKey, search, connect, successTitle, onClose }: Props) {
  const toast = useToast()
  const formId = useId()
  const [failure, setFailure] = useState<string | null>(null)
  // What each candidate seen in a search already has, to plan the requests on submit.
  const [known] = useState(() => new Map<string, ConnectionType[]>())
  const form = useForm<ConnectForm>({ resolver: zodResolver(ConnectForm), defaultValues: { picked: [], types: ['publish', 'subscribe'] } })
  const { errors, isSubmitting } = form.formState
  const types = useWatch({ control: form.control, name: 'types' })
  const picked = useController({ control: form.control, name: 'picked' })

  const searchOptions = async (text: string, signal: AbortSignal): Promise<SearchResult> => {
    const { total, candidates } = await search(text, signal)
    for (const c of candidates) if (c.existing) known.set(c.id, c.existing)
    return { total, options: candidates.map((c) => toOption(c, types)) }
  }

  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    const plan = planConnect(values.picked, (id) => known.get(id) ?? [], values.types)
    if (plan.length === 0) {
      form.setError('picked', { message: `Already connected for ${describeTypes(values.types)}` })
      return
    }
    let applied = 0
    try {
      await connect({ plan, onApplied: (step) => (applied += step.ids.length) })
      toast({ tone: 'success', title: successTitle(plan.reduce((n, step) => n + step.ids.length, 0)) })
      onClose()
    } catch (error) {
      const message = connectionErrorMessage(error, 'connect')
      setFailure(
        applied ? `${message} ${pluralize(applied, noun[0])} connected before the error; the list shows what exists now.` : message,
      )
    }
  })

  const label = noun[1].charAt(0).toUpperCase() + noun[1].slice(1)
  const pickedError = errors.picked && (errors.picked.type === 'too_small' ? `Choose at least one ${noun[0]}` : errors.picked.message)
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={title}
      description={description}
      size="lg"
      modalLock
      footer={<DialogFormFooter form={formId} submitLabel="Connect" submitting={isSubmitting} onCancel={onClose} />}
    >
      <form id={formId} className="stack conn-connect-form" onSubmit={submit} noValidate>
        <Controller
          control={form.control}
          name="types"
          render={({ field }) => (
            <ConnectionTypesField
              legend="Connection types"
              value={field.value}
              onChange={field.onChange}
              error={errors.types?.message}
              hints={TYPE_HINTS}
            />
          )}
        />
        <Field label={label} required error={pickedError} hint="Search by name; pick as many as you need.">
          <FieldSearchSelect
            label={label}
            placeholder={`Search ${noun[1]} by name…`}
            multiple
            value={picked.field.value}
            onChange={(value) => picked.field.onChange(value)}
            search={searchOptions}
            queryKey={[...searchKey, [...types].sort().join(',')]}
          />
        </Field>
        <FormError message={failure} />
      </form>
    </Dialog>
  )
}

function toOption(candidate: Candidate, wanted: ConnectionTypeInput[]): SelectOption {
  const has = candidate.existing ?? []
  const missing = missingTypes(has, wanted)
  const option: SelectOption = { value: candidate.id, label: candidate.label }
  if (candidate.blocked) option.disabledReason = candidate.blocked
  else if (has.length && missing.length === 0) option.disabledReason = `Already connected (${describeTypes(has)})`
  else if (has.length) option.description = `Connected for ${describeTypes(has)}; adds ${describeTypes(missing)}`
  else option.description = candidate.detail
  return option
}
