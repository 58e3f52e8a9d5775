import { useQueryClient } from '@tanstack/react-query'
import { connect } from '../api/channels'
import { deleteClient, getClient, setClientEnabled, updateClientTags } from '../api/clients'
import { errorMessage, isApiError } from '../api/errors'
import type { ConnectionType, ConnectionTypeInput } from '../api/schemas/channel'
import type { Client, ClientListParams } from '../api/schemas/client'
import { clientKeys, fetchAllClients } from './clients'
import { connectionKeys } from './connections'

/** Which clients a bulk action is for: the ones picked (as last seen in the list), or every client a filter matches. */
export type BulkTarget = { ids: string[]; known: ReadonlyMap<string, Client> } | { filter: ClientListParams }

export type BulkOp =
  | { kind: 'enable' }
  | { kind: 'disable' }
  | { kind: 'delete' }
  | { kind: 'tags'; add: string[]; remove: string[] }
  | { kind: 'connect'; channelIds: string[]; types: ConnectionTypeInput[] }

/** `finding`: resolving a filter to clients (or reading existing connections); `applying`: clients settled so far. */
export type BulkProgress = { phase: 'finding' | 'applying'; settled: number; total: number }

export type BulkOutcome = {
  total: number
  /** The clients this run changed, as they were before (an Undo restores exactly these). */
  changed: Client[]
  /** Already as asked (enabled, tagged, connected): no request was needed. */
  unchanged: number
  failed: { id: string; message: string }[]
  /** Cancelled before every client was tried. */
  stopped: boolean
}

export type BulkControl = {
  onProgress: (progress: BulkProgress) => void
  /** The Cancel button: stop after the batch under way. */
  shouldStop: () => boolean
  signal: AbortSignal
  batchSize?: number
}

export const BULK_BATCH = 100
/** Requests at once inside a batch, for the per-client endpoints. */
const AT_ONCE = 4

type Settle = (client: Client, result: 'changed' | 'unchanged' | { error: unknown }) => void

/** The tags a client has after adding and removing: its order kept, new tags after. */
export function editTags(tags: readonly string[], add: readonly string[], remove: readonly string[]): string[] {
  const kept = tags.filter((tag) => !remove.includes(tag))
  return [...kept, ...add.filter((tag) => !kept.includes(tag) && !remove.includes(tag))]
}

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((tag, i) => tag === b[i])

/** One client's request for `op` (not connect), or 'unchanged' when it already is as asked. */
async function applyOne(domainId: string, client: Client, op: Exclude<BulkOp, { kind: 'connect' }>): Promise<'changed' | 'unchanged'> {
  if (op.kind === 'delete') {
    await deleteClient(domainId, client.id)
    return 'changed'
  }
  if (op.kind === 'tags') {
    const next = editTags(client.tags ?? [], op.add, op.remove)
    if (sameTags(next, client.tags ?? [])) return 'unchanged'
    // Magistrala's UPDATE has `WHERE status = enabled`: a disabled client's answer would be a bare 404.
    if (client.status !== 'enabled') throw new Error('Disabled clients keep their tags: Magistrala edits enabled clients only')
    await updateClientTags(domainId, client.id, next)
    return 'changed'
  }
  const status = op.kind === 'enable' ? 'enabled' : 'disabled'
  if (client.status === status) return 'unchanged'
  try {
    await setClientEnabled(domainId, client.id, op.kind === 'enable')
    return 'changed'
  } catch (error) {
    // The row was stale: the server says it is already so (422 "status already assigned").
    if (isApiError(error) && error.status === 422 && /already assigned/.test(error.message)) return 'unchanged'
    throw error
  }
}

async function eachAtOnce<T>(items: T[], work: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker))
}

/** Which clients have which types on each channel: read once, so a connect asks only for what is missing. */
async function existingConnections(domainId: string, channelIds: string[], signal: AbortSignal) {
  const byChannel = new Map<string, Map<string, readonly ConnectionType[]>>()
  for (const channelId of channelIds) {
    const { items } = await fetchAllClients(domainId, { channel: channelId, status: 'all' }, { signal })
    byChannel.set(channelId, new Map(items.map((c) => [c.id, c.connection_types ?? []])))
  }
  return byChannel
}

const WIRE: Record<ConnectionTypeInput, ConnectionType> = { publish: 'Publish', subscribe: 'Subscribe' }

/**
 * Connects a batch of clients: per channel and type, one request for the clients that lack it (the service fails a
 * whole request when one connection exists). A refused request is split in halves until the client at fault is found,
 * so the others still connect and each failure names its client.
 */
async function connectBatch(
  domainId: string,
  batch: Client[],
  op: Extract<BulkOp, { kind: 'connect' }>,
  existing: Map<string, Map<string, readonly ConnectionType[]>>,
  settle: Settle,
) {
  const failed = new Map<string, unknown>()
  const sent = new Set<string>()
  const send = async (channelId: string, type: ConnectionTypeInput, clients: Client[]): Promise<void> => {
    try {
      await connect(domainId, { channel_ids: [channelId], client_ids: clients.map((c) => c.id), types: [type] })
      for (const client of clients) sent.add(client.id)
    } catch (error) {
      if (clients.length === 1 || !isApiError(error) || error.status >= 500) return void clients.forEach((c) => failed.set(c.id, error))
      const half = Math.ceil(clients.length / 2)
      await send(channelId, type, clients.slice(0, half))
      await send(channelId, type, clients.slice(half))
    }
  }
  const usable = batch.filter((client) => {
    if (client.status === 'enabled') return true
    failed.set(client.id, new Error('Disabled client: Magistrala connects only enabled clients'))
    return false
  })
  for (const channelId of op.channelIds) {
    const has = existing.get(channelId)
    for (const type of op.types) {
      const lacking = usable.filter((c) => !failed.has(c.id) && !(has?.get(c.id) ?? []).includes(WIRE[type]))
      if (lacking.length) await send(channelId, type, lacking)
    }
  }
  for (const client of batch) {
    const error = failed.get(client.id)
    settle(client, error !== undefined ? { error } : sent.has(client.id) ? 'changed' : 'unchanged')
  }
}

/** The clients of a target: a filter's every page (a few at once, each retried), or the picked ones (fetching any not seen). */
export async function resolveBulkTarget(
  domainId: string,
  target: BulkTarget,
  options: { signal: AbortSignal; onProgress?: (fetched: number, total: number) => void },
): Promise<Client[]> {
  if ('filter' in target) {
    return (await fetchAllClients(domainId, target.filter, { signal: options.signal, onProgress: options.onProgress, concurrency: 2 }))
      .items
  }
  const missing = target.ids.filter((id) => !target.known.has(id))
  const fetched = await Promise.all(missing.map((id) => getClient(domainId, id, {}, options.signal)))
  const byId = new Map([...target.known, ...fetched.map((c) => [c.id, c] as const)])
  return target.ids.map((id) => byId.get(id)!)
}

/**
 * Applies one action to many clients, a batch at a time, counting each client changed, unchanged or failed (with the
 * server's reason). Cancel stops after the batch under way; what was done is reported.
 */
export async function runBulk(domainId: string, target: BulkTarget, op: BulkOp, control: BulkControl): Promise<BulkOutcome> {
  const clients = await resolveBulkTarget(domainId, target, {
    signal: control.signal,
    onProgress: (settled, total) => control.onProgress({ phase: 'finding', settled, total }),
  })
  const outcome: BulkOutcome = { total: clients.length, changed: [], unchanged: 0, failed: [], stopped: false }
  const existing = op.kind === 'connect' ? await existingConnections(domainId, op.channelIds, control.signal) : new Map()
  let settled = 0
  const settle: Settle = (client, result) => {
    if (result === 'changed') outcome.changed.push(client)
    else if (result === 'unchanged') outcome.unchanged++
    else outcome.failed.push({ id: client.id, message: errorMessage(result.error) })
    control.onProgress({ phase: 'applying', settled: ++settled, total: clients.length })
  }
  control.onProgress({ phase: 'applying', settled: 0, total: clients.length })
  const size = control.batchSize ?? BULK_BATCH
  for (let start = 0; start < clients.length; start += size) {
    if (control.shouldStop() || control.signal.aborted) return { ...outcome, stopped: true }
    const batch = clients.slice(start, start + size)
    if (op.kind === 'connect') await connectBatch(domainId, batch, op, existing, settle)
    else
      await eachAtOnce(batch, (client) =>
        applyOne(domainId, client, op).then(
          (result) => settle(client, result),
          (error) => settle(client, { error }),
        ),
      )
  }
  return outcome
}

/** `runBulk`, after which every client view (and, after a delete or connect, the connections) refetch, however it ended. */
export function useBulkClients(domainId: string) {
  const queryClient = useQueryClient()
  return async (target: BulkTarget, op: BulkOp, control: BulkControl) => {
    try {
      return await runBulk(domainId, target, op, control)
    } finally {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clientKeys.all(domainId) }),
        op.kind === 'delete' || op.kind === 'connect' ? queryClient.invalidateQueries({ queryKey: connectionKeys.all(domainId) }) : null,
      ])
    }
  }
}
