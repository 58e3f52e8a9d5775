import Papa from 'papaparse'
import type { StoredMessage } from '../../api/schemas/message'
import { escapeCsvCell } from '../../lib/csv-escape'

/** Whichever of the values a message carries (the readers send one of them), as text. */
export function messageValue(message: StoredMessage): string {
  if (message.value !== undefined) return String(message.value)
  if (message.string_value !== undefined) return message.string_value
  if (message.bool_value !== undefined) return String(message.bool_value)
  if (message.data_value !== undefined) return message.data_value
  if (message.sum !== undefined) return `sum ${message.sum}`
  return ''
}

/** Nanoseconds since the epoch as an ISO time (milliseconds kept; the float64 the readers send holds no more). */
export const messageTime = (message: StoredMessage) => new Date((message.time ?? 0) / 1e6).toISOString()

export const MESSAGE_CSV_HEADER = ['time', 'name', 'value', 'unit', 'subtopic', 'publisher', 'protocol', 'time_ns']

/** The messages as CSV, every cell escaped against formula injection (device data is untrusted). */
export function messagesCsv(messages: StoredMessage[]): string {
  const rows = messages.map((m) =>
    [
      messageTime(m),
      m.name ?? '',
      messageValue(m),
      m.unit ?? '',
      m.subtopic ?? '',
      m.publisher ?? '',
      m.protocol ?? '',
      String(m.time ?? 0),
    ].map(escapeCsvCell),
  )
  return Papa.unparse({ fields: MESSAGE_CSV_HEADER, data: rows })
}
