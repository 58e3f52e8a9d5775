import { useMemo } from 'react'
import type { Role } from '../../api/schemas/role'
import { useRemoveRoleMembers, useRoleHolders } from '../../data/roles'

export type Move = { userId: string; from: Role }

/**
 * Who holds which of the client's roles, seen from the role being assigned: those who hold it already cannot be
 * chosen, those who hold another are noted, and choosing them means a move out of their old role.
 */
export function useRoleMoves(clientId: string, open: boolean, roleId: string, chosen: string[]) {
  const { holders, refetch } = useRoleHolders(clientId, open)
  const remove = useRemoveRoleMembers(clientId)
  const unavailable = useMemo(
    () => Object.fromEntries([...holders].filter(([, held]) => held.id === roleId).map(([id]) => [id, 'Already holds this role'])),
    [holders, roleId],
  )
  const notes = useMemo(
    () => Object.fromEntries([...holders].filter(([, held]) => held.id !== roleId).map(([id, held]) => [id, `holds “${held.name}” here`])),
    [holders, roleId],
  )
  const moves: Move[] = chosen.flatMap((userId) => {
    const from = holders.get(userId)
    return from && from.id !== roleId ? [{ userId, from }] : []
  })

  /** Takes the movers out of their old roles, one request per role. */
  const moveOut = async () => {
    const byRole = new Map<string, string[]>()
    for (const { userId, from } of moves) byRole.set(from.id, [...(byRole.get(from.id) ?? []), userId])
    for (const [from, members] of byRole) await remove.mutateAsync({ roleId: from, members })
  }
  return { holders, refetch, unavailable, notes, moves, moveOut }
}
