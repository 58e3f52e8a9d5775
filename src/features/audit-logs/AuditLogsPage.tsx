import { EmptyState } from '../../components/ui/StateViews'
import { IconLog } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { useUrlState } from '../../lib/url-state'
import { AUDIT_ALLOWED, AUDIT_DEFAULTS } from './audit-params'
import { TARGET_TYPES, recallTarget, rememberTarget, type TargetType } from './audit-targets'
import { AuditLog } from './AuditLog'
import { type JournalTarget } from '../../data/journal'
import { AuditTargetPicker } from './AuditTargetPicker'
import './audit-logs.css'

const PAGE_DEFAULTS = { ...AUDIT_DEFAULTS, type: '', id: '' }
const PAGE_ALLOWED = { ...AUDIT_ALLOWED, type: ['', ...TARGET_TYPES.map((t) => t.value)] }

/**
 * The domain's Audit logs page. Magistrala's journal has no domain-wide listing, only one journal per
 * client, channel, group or user, so the page reads one of those. It opens on the one in the URL, else
 * the one last chosen in this domain, else the signed-in user's (super-admins, the only ones who may
 * read it) or a client picker.
 */
export function AuditLogsPage() {
  const { domain, user, isSuperAdmin } = useCurrentDomain()
  const [state, setState] = useUrlState(PAGE_DEFAULTS, PAGE_ALLOWED)
  const fromUrl = state.type && (state.type !== 'user' || isSuperAdmin) ? { type: state.type as TargetType, id: state.id } : null
  const { type, id } = fromUrl ?? recallTarget(domain.id, isSuperAdmin) ?? { type: isSuperAdmin ? 'user' : 'client', id: '' }
  // Another target has other operations: the operation filter does not carry over.
  const choose = (next: { type: TargetType; id: string }) => {
    if (next.id || next.type === 'user') rememberTarget(domain.id, next)
    setState({ ...next, op: '' })
  }

  const target: JournalTarget | null =
    type === 'user' ? { kind: 'user', userId: id || user.id } : id ? { kind: 'entity', domainId: domain.id, type, id } : null
  const self = type === 'user' && (!id || id === user.id)

  const content = target ? (
    <AuditLog
      key={`${type}:${target.kind === 'user' ? target.userId : target.id}`}
      target={target}
      state={state}
      onChange={setState}
      subject={self ? 'you' : `this ${type}`}
    />
  ) : (
    <div className="audit-card">
      <EmptyState icon={<IconLog size={22} />} title={`Pick a ${type}`} description={`Choose a ${type} above to read its journal.`} />
    </div>
  )

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
      <AuditTargetPicker type={type} id={id} onChange={choose} />
      {content}
    </>
  )
}
