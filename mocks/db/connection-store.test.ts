import { describe, expect, it } from 'vitest'
import type { ConnectionType } from '../../src/api/schemas'
import { ChangeLog } from './changes'
import { ConnectionStore } from './connection-store'

/** Client → types for one channel, read from the client side (the index kept on every change). */
function fromClients(store: ConnectionStore, clientIds: string[], channelId: string) {
  const out = new Map<string, ConnectionType[]>()
  for (const id of clientIds) {
    const types = store.types(id, channelId)
    if (types.length) out.set(id, types)
  }
  return out
}

const sorted = (map: Map<string, ConnectionType[]>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1))

describe('ConnectionStore', () => {
  const clients = ['c1', 'c2', 'c3', 'c4']
  const channels = ['ch1', 'ch2']

  function expectChannelsMatchClients(store: ConnectionStore) {
    for (const channel of channels) {
      expect(sorted(store.clientsOf(channel))).toEqual(sorted(fromClients(store, clients, channel)))
      expect(store.countClientsOf(channel)).toBe(fromClients(store, clients, channel).size)
    }
  }

  it('answers by channel for connections made before and after its first read by channel', () => {
    const store = new ConnectionStore(new ChangeLog())
    store.add('c1', 'ch1', 'Publish')
    store.add('c1', 'ch1', 'Subscribe')
    store.add('c2', 'ch1', 'Subscribe')
    store.add('c3', 'ch2', 'Publish')
    store.add('c4', 'ch2', 'Publish')
    store.remove('c4', 'ch2', 'Publish')
    expect(sorted(store.clientsOf('ch1'))).toEqual([
      ['c1', ['Publish', 'Subscribe']],
      ['c2', ['Subscribe']],
    ])
    expect(store.countClientsOf('ch2')).toBe(1)

    store.remove('c1', 'ch1', 'Publish')
    store.add('c4', 'ch1', 'Publish')
    store.set('c3', 'ch2', [])
    store.set('c2', 'ch2', ['Publish', 'Subscribe'])
    store.removeClient('c2')
    store.add('c1', 'ch2', 'Subscribe')
    expectChannelsMatchClients(store)
    expect(sorted(store.clientsOf('ch1'))).toEqual([
      ['c1', ['Subscribe']],
      ['c4', ['Publish']],
    ])
    expect([...store.clientsOf('ch2')]).toEqual([['c1', ['Subscribe']]])

    store.removeChannel('ch1')
    expect(store.countClientsOf('ch1')).toBe(0)
    expect(store.channelsOf('c1')).toEqual(new Map([['ch2', ['Subscribe']]]))
    expect(store.channelsOf('c4').size).toBe(0)
  })

  it('removes a channel never read by channel from every client', () => {
    const store = new ConnectionStore(new ChangeLog())
    store.add('c1', 'ch1', 'Publish')
    store.add('c2', 'ch1', 'Subscribe')
    store.add('c2', 'ch2', 'Subscribe')
    store.removeChannel('ch1')
    expect(store.channelsOf('c1').size).toBe(0)
    expect(store.channelsOf('c2')).toEqual(new Map([['ch2', ['Subscribe']]]))
    expectChannelsMatchClients(store)
  })

  it("stores a client's links at once as one add per type would", () => {
    const channelIds = ['ch1', 'ch2', 'ch1', 'ch3']
    const types: ConnectionType[][] = [['Publish'], ['Subscribe'], ['Subscribe'], []]
    const one = new ConnectionStore(new ChangeLog())
    const all = new ConnectionStore(new ChangeLog())
    for (let i = 0; i < channelIds.length; i++) for (const type of types[i]) one.add('c1', channelIds[i], type)
    all.addAll('c1', channelIds, types)
    expect(all.channelsOf('c1')).toEqual(one.channelsOf('c1'))
    expect(all.channelsOf('c1')).toEqual(
      new Map([
        ['ch1', ['Publish', 'Subscribe']],
        ['ch2', ['Subscribe']],
      ]),
    )
    // A client with links already, or a store read by channel, takes them one by one.
    all.addAll('c1', ['ch3'], [['Publish']])
    expect(all.countClientsOf('ch1')).toBe(1)
    all.addAll('c2', ['ch1'], [['Subscribe']])
    expect(all.clientsOf('ch1')).toEqual(
      new Map([
        ['c1', ['Publish', 'Subscribe']],
        ['c2', ['Subscribe']],
      ]),
    )
    expect(all.channelsOf('c1').get('ch3')).toEqual(['Publish'])
  })
})
