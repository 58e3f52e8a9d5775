import { Button } from '../../components/ui/Button'
import { EmptyState } from '../../components/ui/StateViews'
import { IconLog, IconShield } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { useUrlState } from '../../lib/url-state'
import { AUDIT_ALLOWED, AUDIT_DEFAULTS } from './audit-params'
import { TARGET_TYPES, type TargetType } from './audit-targets'
import { AuditLog } from './AuditLog'
import { type JournalTarget } from '../../data/journal'
import { AuditTargetPicker } from './AuditTargetPicker'
import './audit-logs.css'

const PAGE_DEFAULTS = { ...AUDIT_DEFAULTS, type: 'user', id: '' }
const PAGE_ALLOWED = { ...AUDIT_ALLOWED, type: TARGET_TYPES.map((t) => t.value) }

/**
 * The domain's Audit logs page. Magistrala's journal has no domain-wide listing, only one journal per
 * client, channel, group or user, so the page reads one of those: by default the signed-in user's.
 */
export function AuditLogsPage() {
  const { domain, user, isSuperAdmin } = useCurrentDomain()
  const [state, setState] = useUrlState(PAGE_DEFAULTS, PAGE_ALLOWED)
  const type = state.type as TargetType
  // Another target has other operations: the operation filter does not carry over.
  const choose = (next: { type: TargetType; id: string }) => setState({ ...next, op: '' })

  const target: JournalTarget | null =
    type === 'user'
      ? { kind: 'user', userId: state.id || user.id }
      : state.id
        ? { kind: 'entity', domainId: domain.id, type, id: state.id }
        : null
  const self = type === 'user' && (!state.id || state.id === user.id)

  let content
  if (type === 'user' && !isSuperAdmin) {
    content = (
      <div className="audit-card">
        <EmptyState
          icon={<IconShield size={22} />}
          title="Only platform super-admins can read a user’s journal"
          description="Magistrala’s journal service refuses anyone else, even for their own activity. Pick a client, channel or group you can read to see its journal instead."
          action={
            <div className="row">
              <Button variant="primary" onClick={() => choose({ type: 'client', id: '' })}>
                Pick a client
              </Button>
              <Button onClick={() => choose({ type: 'channel', id: '' })}>Pick a channel</Button>
            </div>
          }
        />
      </div>
    )
  } else if (!target) {
    content = (
      <div className="audit-card">
        <EmptyState icon={<IconLog size={22} />} title={`Pick a ${type}`} description={`Choose a ${type} above to read its journal.`} />
      </div>
    )
  } else {
    content = (
      <AuditLog
        key={`${type}:${target.kind === 'user' ? target.userId : target.id}`}
        target={target}
        state={state}
        onChange={setState}
        subject={self ? 'you' : `this ${type}`}
      />
    )
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Audit logs</h1>
          <p className="page-subtitle">
            Magistrala journals every operation per user, client, channel and group: choose whose journal to read.
          </p>
        </div>
      </div>
      <AuditTargetPicker type={type} id={state.id} onChange={choose} />
      {content}
    </>
  )
}
