import { useEffect, useRef, useState } from 'react'
import { errorMessage } from '../../api/errors'
import { resolveBulkTarget, type BulkTarget } from '../../data/client-bulk'
import { useInventoryFacts } from '../../data/client-inventory'
import { downloadText } from '../../lib/download'
import { clientsToCsv } from './csv/client-csv'
import { inventoryCsv } from './inventory-csv'

/** `import`: the importer's columns (today's file, re-importable); `inventory`: what the list shows, one row a client. */
export type ExportShape = 'import' | 'inventory'
export type ExportRequest = { target: BulkTarget; shape: ExportShape; secrets: boolean }
export type ExportProgress = { phase: 'clients' | 'activity'; done: number; total: number }

/**
 * Runs an export: the clients (every page of a filter, or the selection), for an inventory their last seen and
 * authentication, then the file. Closing the dialog aborts what is under way; `start` again retries after a failure.
 */
export function useClientExport(domainId: string, onSaved: () => void) {
  const inventoryFacts = useInventoryFacts(domainId)
  const [started, setStarted] = useState(false)
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const [error, setError] = useState<string | null>(null)
  const life = useRef<AbortController | null>(null)
  useEffect(() => () => life.current?.abort(), [])

  const build = async (request: ExportRequest, signal: AbortSignal) => {
    const clients = await resolveBulkTarget(domainId, request.target, {
      signal,
      onProgress: (done, total) => setProgress({ phase: 'clients', done, total }),
    })
    if (request.shape === 'import') return { csv: clientsToCsv(clients, { secrets: request.secrets }), name: 'clients' }
    setProgress({ phase: 'activity', done: 0, total: clients.length })
    const facts = await inventoryFacts(clients, (done) => setProgress({ phase: 'activity', done, total: clients.length }), signal)
    return { csv: inventoryCsv(clients, facts), name: 'clients-inventory' }
  }

  const start = async (request: ExportRequest) => {
    life.current?.abort()
    const abort = (life.current = new AbortController())
    setStarted(true)
    setError(null)
    setProgress(null)
    try {
      const { csv, name } = await build(request, abort.signal)
      downloadText(csv, `${name}-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv')
      onSaved()
    } catch (failure) {
      if (!abort.signal.aborted) setError(errorMessage(failure))
    }
  }
  return { started, progress, error, start }
}
