import { useParams } from 'react-router-dom'
import { useCurrentDomain } from '../../lib/current-domain'
import { useUrlState } from '../../lib/url-state'
import { AUDIT_ALLOWED, AUDIT_DEFAULTS } from './audit-params'
import { AuditLog } from './AuditLog'
import './audit-logs.css'

/** The client page's "Audit logs" tab: the client's journal, with the connections naming it. */
export function ClientAuditLogsTab() {
  const { domain } = useCurrentDomain()
  const { clientId = '' } = useParams()
  const [state, setState] = useUrlState(AUDIT_DEFAULTS, AUDIT_ALLOWED)
  return (
    <section aria-labelledby="client-audit-title">
      <div className="audit-section-header">
        <h2 id="client-audit-title" className="audit-section-title">
          Audit logs
        </h2>
        <p className="muted">What was done to this client and by whom, including its channel connections.</p>
      </div>
      <AuditLog
        target={{ kind: 'entity', domainId: domain.id, type: 'client', id: clientId }}
        state={state}
        onChange={setState}
        subject="this client"
      />
    </section>
  )
}
