import type { ConnectionType, ConnectionTypeInput } from '../../api/schemas/channel'
import { toWire, type ConnectStep } from '../../data/connections'

export { toWire, type ConnectStep }

/** Both types, in the order the console shows them. */
export const CONNECTION_TYPES: readonly ConnectionType[] = ['Publish', 'Subscribe']

export const toInput = (type: ConnectionType): ConnectionTypeInput => (type === 'Publish' ? 'publish' : 'subscribe')

/** The types of `wanted` a pair does not have yet. */
export function missingTypes(existing: readonly ConnectionType[], wanted: readonly ConnectionTypeInput[]): ConnectionTypeInput[] {
  return wanted.filter((type) => !existing.includes(toWire(type)))
}

/** "Publish", "Subscribe", "Publish and Subscribe". */
export function describeTypes(types: readonly (ConnectionType | ConnectionTypeInput)[]): string {
  const wire = CONNECTION_TYPES.filter((t) => types.some((x) => x === t || x === toInput(t)))
  return wire.join(' and ')
}

/**
 * Splits a connect into requests that only create new connections: the service fails a whole request
 * when one channel × client × type exists already, so the picked entities are grouped by the types they
 * still lack. Those that have every wanted type are left out.
 */
export function planConnect(
  ids: readonly string[],
  existing: (id: string) => readonly ConnectionType[],
  wanted: readonly ConnectionTypeInput[],
): ConnectStep[] {
  const groups = new Map<string, ConnectStep>()
  for (const id of new Set(ids)) {
    const types = missingTypes(existing(id), wanted)
    if (types.length === 0) continue
    const key = types.join(',')
    const group = groups.get(key)
    if (group) group.ids.push(id)
    else groups.set(key, { ids: [id], types })
  }
  return [...groups.values()]
}
