import { useId } from 'react'
import { apiConfig } from '../../api/config'
import type { ConnectTarget } from '../../components/messaging/ConnectCommands'
import { Badge, type Tone } from '../../components/ui/Badge'
import { Button } from '../../components/ui/Button'
import { IconAlert } from '../../components/ui/icons'
import { TAIL_LIMIT, useLiveTail, type TailMessage, type TailPhase } from '../../data/live-tail'
import { pluralize } from '../../lib/format'
import { websocketUrl } from '../../lib/messaging-commands'
import { senmlLines } from './tail-summary'

const PHASES: Record<TailPhase, { label: string; tone: Tone }> = {
  idle: { label: 'Not watching', tone: 'neutral' },
  connecting: { label: 'Connecting…', tone: 'warning' },
  live: { label: 'Live', tone: 'success' },
  refused: { label: 'Refused', tone: 'danger' },
  unreachable: { label: 'Not connected', tone: 'danger' },
}

/** Messages on the channel as they arrive, received over MQTT on WebSocket as this client; nothing is stored. */
export function LiveTail({ target, watchReason }: { target: ConnectTarget; watchReason: string | null }) {
  const titleId = useId()
  // An https page may only open wss://, as a browser refuses mixed content.
  const url = websocketUrl(apiConfig().messaging, location.protocol === 'https:')
  const tail = useLiveTail({ url, ...target })
  const phase = PHASES[tail.status.phase]
  const watching = tail.status.phase === 'live' || tail.status.phase === 'connecting'

  return (
    <section className="card live-tail" aria-labelledby={titleId}>
      <div className="live-tail-head">
        <h3 id={titleId} className="card-title">
          Live messages
        </h3>
        <Badge tone={phase.tone} dot>
          {phase.label}
        </Badge>
      </div>
      <p className="muted">
        Subscribes as this client at <code>{url}</code> to everything on this channel, subtopics included, and shows the last {TAIL_LIMIT}{' '}
        messages as they arrive. Nothing is stored.
      </p>
      {!target.types.includes('Subscribe') ? (
        <p className="callout callout-warning">
          <IconAlert />
          <span>This client is not connected to this channel as Subscribe, so the broker will refuse to let it watch.</span>
        </p>
      ) : null}
      {tail.status.detail && (
        <p className="callout callout-danger" role="alert">
          <IconAlert />
          <span>{tail.status.detail}</span>
        </p>
      )}
      <div className="row">
        {watching ? (
          <Button onClick={tail.stop}>Stop</Button>
        ) : (
          <Button variant="primary" disabledReason={watchReason} onClick={() => void tail.start()}>
            Start watching
          </Button>
        )}
        <Button variant="ghost" aria-pressed={tail.paused} disabled={!watching && !tail.paused} onClick={() => tail.setPause(!tail.paused)}>
          {tail.paused ? `Resume${tail.held ? ` (${tail.held} new)` : ''}` : 'Pause'}
        </Button>
        <Button variant="ghost" disabled={!tail.messages.length && !tail.held} onClick={tail.clear}>
          Clear
        </Button>
        {tail.dropped > 0 && <span className="muted">{pluralize(tail.dropped, 'older message')} dropped</span>}
      </div>
      <ol className="live-tail-list" role="log" aria-label="Messages received">
        {tail.messages.map((message) => (
          <TailRow key={message.seq} message={message} />
        ))}
      </ol>
      {!tail.messages.length && tail.status.phase === 'live' && <p className="muted">Waiting for the next message on this channel…</p>}
    </section>
  )
}

function TailRow({ message }: { message: TailMessage }) {
  const lines = senmlLines(message.text)
  return (
    <li className="live-tail-row">
      <time className="mono muted" dateTime={new Date(message.receivedAt).toISOString()}>
        {new Date(message.receivedAt).toLocaleTimeString()}
      </time>
      {message.subtopic && <code className="live-tail-subtopic">{message.subtopic}</code>}
      {lines ? (
        <span className="live-tail-values">{lines.join(' · ')}</span>
      ) : (
        <span className="live-tail-values">
          <span className="muted">Not SenML: </span>
          <code>{message.text.length > 300 ? `${message.text.slice(0, 300)}…` : message.text}</code>
        </span>
      )}
    </li>
  )
}
