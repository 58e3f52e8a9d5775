import { useId, useState } from 'react'
import { apiConfig } from '../../api/config'
import type { PublishOutcome } from '../../api/messages'
import { usePublishMessage } from '../../data/messages'
import type { ConnectTarget } from '../../components/messaging/ConnectCommands'
import { Button } from '../../components/ui/Button'
import { IconAlert, IconCheck, IconInfo } from '../../components/ui/icons'
import { subtopicProblem } from '../../lib/messaging-commands'
import { checkSenml, SENML_EXAMPLE_PRETTY } from '../../api/schemas/senml'

/** What an answer of the HTTP adapter means to an operator. */
export function explainOutcome(outcome: PublishOutcome): { ok: boolean; title: string; detail: string } {
  switch (outcome.status) {
    case 200:
      return { ok: true, title: 'Accepted (200)', detail: 'The broker took the message and delivered it to the channel’s subscribers.' }
    case 401:
      return {
        ok: false,
        title: 'Refused: wrong key (401)',
        detail: 'No enabled client has this ID and secret. The secret may have been changed, or the client disabled.',
      }
    case 403:
      return {
        ok: false,
        title: 'Refused: not connected as Publish (403)',
        detail: 'The client is not connected to this channel as Publish (or the channel or domain is disabled).',
      }
    case 0:
      return {
        ok: false,
        title: 'No answer',
        detail: `Nothing answered at ${apiConfig().messaging.publishUrl}: the HTTP adapter is unreachable from here (see docs/deployment.md).`,
      }
    default:
      return { ok: false, title: `Refused (${outcome.status})`, detail: 'The HTTP adapter did not take the message.' }
  }
}

/**
 * Sends one message as the client through the HTTP adapter. The pack is checked as SenML first: the broker takes
 * anything with a 200, and an invalid pack is then dropped by the writers without a word.
 */
export function TestMessage({ target, subtopic, sendReason }: { target: ConnectTarget; subtopic: string; sendReason: string | null }) {
  const editorId = useId()
  const [payload, setPayload] = useState(SENML_EXAMPLE_PRETTY)
  const [problem, setProblem] = useState<string | null>(null)
  const send = usePublishMessage(target.domainId)
  const message = {
    domainId: target.domainId,
    channelId: target.channelId,
    subtopic,
    clientId: target.clientId,
    secret: target.secret,
    payload,
  }
  const blocked = sendReason ?? (subtopicProblem(subtopic) ? 'Fix the subtopic first' : null)
  const outcome = send.data ? explainOutcome(send.data) : null

  return (
    <section className="card test-message" aria-labelledby={`${editorId}-title`}>
      <h3 id={`${editorId}-title`} className="card-title">
        Send a test message
      </h3>
      <p className="muted">
        Sent as this client over HTTP (Basic client ID and secret), on the topic above. The broker accepts it, but it reaches the Messages
        tab only through a Rules Engine rule with a <code>save_senml</code> output on this channel.
      </p>
      {!target.types.includes('Publish') && (
        <p className="callout callout-warning">
          <IconInfo />
          <span>This client may only subscribe on this channel: the adapter will refuse to take its message (403).</span>
        </p>
      )}
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault()
          const check = checkSenml(payload)
          setProblem(check.ok ? null : check.problem)
          if (check.ok) send.mutate(message)
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={editorId}>
            SenML payload
          </label>
          <textarea
            id={editorId}
            className="textarea mono-input"
            rows={7}
            spellCheck={false}
            value={payload}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${editorId}-error` : `${editorId}-hint`}
            onChange={(event) => {
              setPayload(event.target.value)
              if (problem) setProblem(null)
            }}
          />
          {problem ? (
            <p id={`${editorId}-error`} className="field-error" role="alert">
              Not sent: {problem}
            </p>
          ) : (
            <p id={`${editorId}-hint`} className="field-hint">
              A JSON array of records; each needs a name (letters, digits and - : . / _) and one value (v, vs, vb or vd).
            </p>
          )}
        </div>
        <div className="row">
          <Button type="submit" variant="primary" loading={send.isPending} disabledReason={blocked} data-write>
            Send test message
          </Button>
          <Button type="button" variant="ghost" onClick={() => setPayload(SENML_EXAMPLE_PRETTY)}>
            Reset example
          </Button>
        </div>
      </form>
      {outcome && send.data && (
        <div
          className={`callout ${outcome.ok ? 'callout-success' : 'callout-danger'}`}
          role="status"
          aria-label="Answer of the HTTP adapter"
        >
          {outcome.ok ? <IconCheck /> : <IconAlert />}
          <div>
            <strong>{outcome.title}</strong>
            <p>{outcome.detail}</p>
            {send.data.body && (
              <p className="muted">
                The adapter answered: <code>{send.data.body}</code>
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  )
}
