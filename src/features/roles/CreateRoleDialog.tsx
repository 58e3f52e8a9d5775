import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import * as z from 'zod/mini'
import { errorMessage } from '../../api/errors'
import { ROLE_NAME_MAX, type RoleProvision } from '../../api/schemas/role'
import { RoleMembersField } from '../../components/users/RoleMembersField'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field, FormError } from '../../components/ui/Field'
import {
  isNotDomainMemberError,
  isSecondRoleError,
  NOT_DOMAIN_MEMBER,
  ONE_ROLE_PER_CLIENT,
  unavailableHolders,
} from '../../lib/client-roles'
import { useCurrentDomain } from '../../lib/current-domain'
import { clientRoleQueries, useCreateRole, useRoleHolders } from '../../data/roles'
import { ActionChecklist } from './ActionChecklist'

const CreateRoleForm = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(1, 'Enter a name for the role'), z.maxLength(ROLE_NAME_MAX, `Use at most ${ROLE_NAME_MAX} characters`)),
  actions: z.array(z.string()),
  members: z.array(z.string()),
})
type CreateRoleForm = z.infer<typeof CreateRoleForm>

const EMPTY: CreateRoleForm = { name: '', actions: [], members: [] }

type CreateRoleDialogProps = {
  clientId: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onCreated: (role: RoleProvision) => void
}

/** Creates a role on the client: a unique name, optional actions (from the server's list) and members. */
export function CreateRoleDialog({ clientId, open, onOpenChange, onCreated }: CreateRoleDialogProps) {
  const formId = useId()
  const { domain } = useCurrentDomain()
  const available = useQuery({ ...clientRoleQueries.availableActions(domain.id), enabled: open })
  const create = useCreateRole(clientId)
  const { holders, refetch } = useRoleHolders(clientId, open)
  // A new role has no members yet: whoever holds a role on the client cannot be given a second.
  const unavailable = useMemo(() => unavailableHolders(holders, ''), [holders])
  const queryClient = useQueryClient()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<CreateRoleForm>({ resolver: zodResolver(CreateRoleForm), defaultValues: EMPTY })
  const { errors, isSubmitting } = form.formState

  const close = (next: boolean) => {
    if (!next) {
      form.reset(EMPTY)
      setFailure(null)
    }
    onOpenChange(next)
  }

  /** Whether the client has a role of this name: asked again after a refusal, the server does not say which rule it broke. */
  const nameTaken = async (name: string) => {
    const roles = await queryClient.fetchQuery({ ...clientRoleQueries.list(domain.id, clientId), staleTime: 0 }).catch(() => [])
    return roles.some((r) => r.name === name)
  }

  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    const known = queryClient.getQueryData(clientRoleQueries.list(domain.id, clientId).queryKey)
    if (known?.some((r) => r.name === values.name)) {
      form.setError('name', { message: `This client already has a role named “${values.name}”.` }, { shouldFocus: true })
      return
    }
    // Unknown actions make the real server fail with a bare 500: send only what it offers.
    const offered = new Set(available.data ?? [])
    const actions = values.actions.filter((a) => offered.has(a))
    try {
      const role = await create.mutateAsync({
        role_name: values.name,
        ...(actions.length ? { optional_actions: actions } : {}),
        ...(values.members.length ? { optional_members: values.members } : {}),
      })
      close(false)
      onCreated(role)
    } catch (error) {
      // A unique violation, of (name, client) or (member, client), comes back as 422 `failed to create entity`.
      if (isSecondRoleError(error)) {
        void refetch()
        if (await nameTaken(values.name)) {
          form.setError('name', { message: `This client already has a role named “${values.name}”.` }, { shouldFocus: true })
        } else if (values.members.length) {
          form.setError('members', { message: `${ONE_ROLE_PER_CLIENT} The list is up to date now: choose again.` })
        } else {
          setFailure(`Could not create the role: ${errorMessage(error)}`)
        }
      } else if (isNotDomainMemberError(error)) {
        form.setError('members', { message: NOT_DOMAIN_MEMBER })
      } else {
        setFailure(`Could not create the role: ${errorMessage(error)}`)
      }
    }
  })

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Create role"
      description="A role grants its members a set of actions on this client."
      size="lg"
      modalLock
      footer={<DialogFormFooter form={formId} submitLabel="Create role" submitting={isSubmitting} onCancel={() => close(false)} />}
    >
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        <Field label="Role name" required error={errors.name?.message}>
          <input className="input" autoComplete="off" {...form.register('name')} />
        </Field>
        <Controller
          control={form.control}
          name="actions"
          render={({ field }) => (
            <ActionChecklist
              legend="Actions (optional)"
              actions={available.data}
              value={field.value}
              onChange={field.onChange}
              loadError={available.error}
              onRetry={() => available.refetch()}
              error={errors.actions?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="members"
          render={({ field }) => (
            <RoleMembersField
              clientId={clientId}
              label="Members (optional)"
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
