import { useMemo } from 'react'
import type { BootstrapConfig } from '../../api/schemas/bootstrap'
import { useToast } from '../../components/ui/Toasts'
import { useSetBootstrapState } from '../../data/bootstraps'
import type { CurrentDomain } from '../../lib/current-domain'
import { bootstrapPermissions, stateChangeError } from './bootstrap-permissions'
import { bootstrapColumns, configName } from './bootstraps-columns'

/** The list's columns, their row menus enabling, disabling (at once, with a toast) and deleting (through `onDelete`). */
export function useBootstrapColumns(current: CurrentDomain, onDelete: (config: BootstrapConfig) => void) {
  const domainId = current.domain.id
  const toast = useToast()
  const { mutate: setConfigState } = useSetBootstrapState(domainId)
  // Rows carry no per-client roles: domain-wide roles decide (the config page also counts roles on the client).
  const { stateReason, deleteReason } = bootstrapPermissions(current)
  return useMemo(
    () =>
      bootstrapColumns(domainId, {
        stateReason,
        deleteReason,
        onDelete,
        onToggle: (config) => {
          const next = config.state === 1 ? 0 : 1
          setConfigState(
            { configId: config.client_id, state: next },
            {
              onSuccess: () => toast({ tone: 'success', title: `${configName(config)} ${next === 1 ? 'enabled' : 'disabled'}` }),
              onError: (error) =>
                toast({
                  tone: 'error',
                  title: `Could not ${next === 1 ? 'enable' : 'disable'} ${configName(config)}`,
                  description: stateChangeError(error),
                }),
            },
          )
        },
      }),
    [domainId, stateReason, deleteReason, onDelete, toast, setConfigState],
  )
}
