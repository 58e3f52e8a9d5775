import type { JournalEntry } from '../../api/schemas/journal'
import { MAX_JSON_DEPTH } from '../../lib/json'

/**
 * Fields that hold a credential: client and user secrets, passwords, tokens, private keys (bootstrap events
 * carry `client_key`, the device's private key, and `external_key`). Certificates are public and stay.
 */
const SECRET_NAME = /secret|passw(or)?d|token|(^|_)key$/i

export const MASKED = '••••••'

function mask(value: unknown, depth: number): unknown {
  if (!value || typeof value !== 'object') return value
  if (depth >= MAX_JSON_DEPTH) return '[nested too deeply to show]'
  if (Array.isArray(value)) return value.map((item) => mask(item, depth + 1))
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      SECRET_NAME.test(key) && inner !== '' && inner !== null ? MASKED : mask(inner, depth + 1),
    ]),
  )
}

/**
 * A journal entry as the console shows and exports it: known secret fields masked at any depth, and nesting
 * clipped where printing it would overflow. The journal stores what the services send; in live mode nothing
 * else stands between a secret in it and the screen or a CSV file.
 */
export function maskEntry(entry: JournalEntry): JournalEntry {
  return mask(entry, 0) as JournalEntry
}
