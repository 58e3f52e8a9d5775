import { useId } from 'react'
import type { JournalEntry } from '../../api/schemas/journal'
import { CopyButton } from '../../components/ui/CopyButton'
import { Dialog } from '../../components/ui/Dialog'
import { formatDateTime, formatRelative } from '../../lib/format'
import { prettyJson } from '../../lib/json'
import { ActorLabel } from './ActorLabel'
import { actorOf } from './audit-columns'
import { EntryLinks } from './EntryLinks'
import { maskEntry } from './mask-secrets'

type Props = { entry: JournalEntry | null; onClose: () => void }

/** One entry in full: who, when, and the structured payload as the journal holds it. */
export function JournalDetailsDialog({ entry, onClose }: Props) {
  const titleId = useId()
  const payload = entry ? prettyJson(maskEntry(entry)) : ''
  const attributes = entry?.attributes ?? {}
  const domain = typeof attributes.domain === 'string' ? attributes.domain : entry?.domain
  const requestId = typeof attributes.request_id === 'string' ? attributes.request_id : undefined
  return (
    <Dialog
      open={entry !== null}
      onOpenChange={(open) => !open && onClose()}
      size="lg"
      title={entry ? <code className="audit-operation">{entry.operation}</code> : 'Journal entry'}
      description={entry ? `${formatDateTime(entry.occurred_at)} (${formatRelative(entry.occurred_at)})` : undefined}
    >
      {entry && (
        <div className="audit-details">
          <dl className="audit-facts">
            <div>
              <dt>Actor</dt>
              <dd>
                <ActorLabel userId={actorOf(entry)} />
              </dd>
            </div>
            <div>
              <dt>Occurred at</dt>
              <dd>
                <time dateTime={entry.occurred_at}>{entry.occurred_at}</time>
              </dd>
            </div>
            <EntryLinks entry={entry} />
            {domain && (
              <div>
                <dt>Domain</dt>
                <dd>
                  <code className="truncate" title={domain}>
                    {domain}
                  </code>
                </dd>
              </div>
            )}
            {requestId && (
              <div>
                <dt>Request ID</dt>
                <dd>
                  <code className="truncate" title={requestId}>
                    {requestId}
                  </code>
                </dd>
              </div>
            )}
          </dl>
          <section aria-labelledby={titleId}>
            <div className="audit-payload-header">
              <h3 className="audit-payload-title" id={titleId}>
                Payload
              </h3>
              <CopyButton value={payload} label="Copy JSON" />
            </div>
            {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus so keyboard users can scroll it */}
            <pre className="audit-json" role="region" aria-label="Payload JSON" tabIndex={0}>
              {payload}
            </pre>
          </section>
        </div>
      )}
    </Dialog>
  )
}
