import { useId, useMemo, type ReactNode } from 'react'
import { apiConfig } from '../../api/config'
import type { ConnectionType } from '../../api/schemas/client'
import { connectCommands, subtopicProblem } from '../../lib/messaging-commands'
import { SENML_EXAMPLE } from '../../api/schemas/senml'
import { CopyButton } from '../ui/CopyButton'
import { IconInfo } from '../ui/icons'
import './messaging.css'

/** What stands in for the secret on screen; only a copy button's clipboard text has the real one. */
export const MASKED_SECRET = '••••••••'

export type ConnectTarget = {
  domainId: string
  channelId: string
  clientId: string
  /** The client's secret, or '' when the caller's role does not show it. */
  secret: string
  types: readonly ConnectionType[]
  /** Set up for an X.509 certificate instead of a secret. */
  certificate: boolean
}

/**
 * Copy-ready commands for one client on one channel, only for the connection types it has. The secret is masked on
 * screen; a copy button puts the command with the real secret on the clipboard.
 */
export function ConnectCommands({
  target,
  subtopic,
  onSubtopicChange,
}: {
  target: ConnectTarget
  subtopic: string
  onSubtopicChange: (value: string) => void
}) {
  const subtopicId = useId()
  const problem = subtopicProblem(subtopic)
  const config = apiConfig().messaging
  const [shown, real] = useMemo(() => {
    const input = { ...target, config, subtopic: problem ? '' : subtopic, payload: SENML_EXAMPLE }
    return [connectCommands({ ...input, secret: MASKED_SECRET }), connectCommands(input)]
  }, [target, config, subtopic, problem])

  const explanation = connectExplanation(target)
  if (explanation) return <ConnectNote>{explanation}</ConnectNote>

  return (
    <div className="connect-commands">
      <div className="field connect-subtopic">
        <label className="field-label" htmlFor={subtopicId}>
          Subtopic <span className="muted">(optional)</span>
        </label>
        <input
          id={subtopicId}
          className="input mono"
          value={subtopic}
          placeholder="e.g. sensors/room1"
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${subtopicId}-hint`}
          onChange={(event) => onSubtopicChange(event.target.value)}
        />
        <p id={`${subtopicId}-hint`} className={problem ? 'field-error' : 'field-hint'} role={problem ? 'alert' : undefined}>
          {problem ?? `Topic: m/${target.domainId}/c/${target.channelId}/<subtopic>. Username is the client ID, password its secret.`}
        </p>
      </div>
      <ul className="connect-command-list" aria-label="Connection commands">
        {shown.map((command, index) => (
          <li key={command.kind} className="connect-command">
            <div className="connect-command-head">
              <h3 className="connect-command-title">{command.label}</h3>
              <CopyButton value={real[index].text} label={`Copy: ${command.label}`} />
            </div>
            <pre className="connect-command-text">
              {/* The CoAP URL carries the mask percent-encoded: show it as the mask. */}
              <code>{command.text.replaceAll(encodeURIComponent(MASKED_SECRET), MASKED_SECRET)}</code>
            </pre>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Why no commands can be shown for this client and channel, or null when they can. */
export function connectExplanation(target: Pick<ConnectTarget, 'types' | 'certificate' | 'secret'>): string | null {
  if (!target.types.length) return 'This client is not connected to the channel: connect it as Publish or Subscribe first.'
  if (target.certificate) {
    return (
      'This client is set up for an X.509 certificate, not a secret: its device connects over TLS with its certificate ' +
      'and key (mosquitto_pub --cert client.crt --key client.key --cafile ca.crt, curl --cert … --key …) to a deployment ' +
      "that runs Magistrala's x509 nginx configuration, which turns the certificate into the client's credentials."
    )
  }
  if (!target.secret) return "Your role does not show this client's secret, which every command needs as its password."
  return null
}

export function ConnectNote({ children }: { children: ReactNode }) {
  return (
    <p className="callout connect-note">
      <IconInfo />
      <span>{children}</span>
    </p>
  )
}
