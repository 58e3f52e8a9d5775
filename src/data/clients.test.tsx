import { QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { listChannels } from '../api/channels'
import { listClients } from '../api/clients'
import { ADMIN, setupTestBackend, signInAs } from '../test/backend'
import { testQueryClient } from '../test/render'
import { useBulkClients, type BulkOp } from './client-bulk'
import { clientKeys, clientQueries, useDeleteClient } from './clients'
import { connectionQueries } from './connections'

const backend = setupTestBackend()

/** A channel with clients, one of them, and a cache holding the channel's count and the client's page. */
async function connectedClient() {
  await signInAs(ADMIN)
  const domainId = backend.domainId
  const channels = await listChannels(domainId, { status: 'all', limit: 100 })
  for (const channel of channels.channels) {
    const clients = await listClients(domainId, { channel: channel.id, status: 'all', limit: 1 })
    if (!clients.clients.length) continue
    const queryClient = testQueryClient()
    const count = connectionQueries.channelClientCount(domainId, channel.id)
    await queryClient.fetchQuery(count)
    await queryClient.fetchQuery(clientQueries.detail(domainId, clients.clients[0].id))
    await queryClient.fetchQuery(clientQueries.list(domainId, {}))
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    return { domainId, clientId: clients.clients[0].id, queryClient, countKey: count.queryKey, wrapper }
  }
  throw new Error('the seed has no connected client')
}

describe('client mutations refresh what they change', () => {
  it('deleting a client drops its page and refreshes the lists and its channels’ client counts', async () => {
    const { domainId, clientId, queryClient, countKey, wrapper } = await connectedClient()
    const { result } = renderHook(() => useDeleteClient(domainId), { wrapper })
    await act(() => result.current.mutateAsync(clientId))
    expect(queryClient.getQueryState(clientKeys.detail(domainId, clientId))).toBeUndefined()
    expect(queryClient.getQueryState(clientQueries.list(domainId, {}).queryKey)?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(countKey)?.isInvalidated).toBe(true)
  })

  it('a bulk delete refreshes the channels’ client counts too; a bulk disable leaves them', async () => {
    const disabled = await connectedClient()
    const run = (clientId: string, kind: BulkOp['kind'] & ('disable' | 'delete')) => {
      const control = { onProgress: () => {}, shouldStop: () => false, signal: new AbortController().signal }
      return (bulk: ReturnType<typeof useBulkClients>) => bulk({ ids: [clientId], known: new Map() }, { kind }, control)
    }
    const disable = renderHook(() => useBulkClients(disabled.domainId), { wrapper: disabled.wrapper })
    await act(() => run(disabled.clientId, 'disable')(disable.result.current))
    expect(disabled.queryClient.getQueryState(clientKeys.detail(disabled.domainId, disabled.clientId))?.isInvalidated).toBe(true)
    expect(disabled.queryClient.getQueryState(disabled.countKey)?.isInvalidated).toBe(false)

    const deleted = await connectedClient()
    const remove = renderHook(() => useBulkClients(deleted.domainId), { wrapper: deleted.wrapper })
    const result = await act(() => run(deleted.clientId, 'delete')(remove.result.current))
    expect(result.changed.map((c) => c.id)).toEqual([deleted.clientId])
    expect(result.failed).toEqual([])
    expect(deleted.queryClient.getQueryState(deleted.countKey)?.isInvalidated).toBe(true)
  })
})
