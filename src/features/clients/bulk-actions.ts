import { deleteClient, setClientEnabled } from '../../api/clients'
import { errorMessage, isApiError } from '../../api/errors'

export type BulkAction = 'enable' | 'disable' | 'delete'
export type BulkResult = { done: number; unchanged: number; failed: { id: string; message: string }[] }

const CONCURRENCY = 4

/**
 * Applies one action to many clients, a few requests at a time. Enabling an enabled client is not a
 * failure (the server says 422 "status already assigned"): it is counted as unchanged.
 */
export async function runBulkAction(
  domainId: string,
  ids: string[],
  action: BulkAction,
  onProgress: (settled: number) => void,
): Promise<BulkResult> {
  const result: BulkResult = { done: 0, unchanged: 0, failed: [] }
  let next = 0
  let settled = 0
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]
      try {
        if (action === 'delete') await deleteClient(domainId, id)
        else await setClientEnabled(domainId, id, action === 'enable')
        result.done++
      } catch (error) {
        if (isApiError(error) && error.status === 422 && /already assigned/.test(error.message)) result.unchanged++
        else result.failed.push({ id, message: errorMessage(error) })
      }
      onProgress(++settled)
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker))
  return result
}
