import { useMemo } from 'react'
import type { StoredMessage } from '../../api/schemas/message'
import { messageTime, messageValue } from './messages-csv'

/** One page of stored messages, newest first. */
export function MessagesTable({ messages }: { messages: StoredMessage[] }) {
  const rows = useMemo(() => messages.map((m, i) => ({ key: `${m.time}-${m.name}-${i}`, m, time: messageTime(m) })), [messages])
  return (
    <div className="table-wrap">
      <table className="table messages-table" aria-label="Stored messages">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Unit</th>
            <th scope="col">Subtopic</th>
            <th scope="col">Protocol</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, m, time }) => (
            <tr key={key}>
              <td>
                <time dateTime={time}>{new Date(time).toLocaleString()}</time>
              </td>
              <td className="mono">{m.name}</td>
              <td className="mono">{messageValue(m)}</td>
              <td>{m.unit ?? ''}</td>
              <td className="mono">{m.subtopic || <span className="muted">—</span>}</td>
              <td>{m.protocol ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
