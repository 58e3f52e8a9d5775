import { useQuery } from '@tanstack/react-query'
import { Link, Navigate } from 'react-router-dom'
import { signOut } from '../../data/session'
import { Button } from '../../components/ui/Button'
import { ErrorState, Skeleton } from '../../components/ui/StateViews'
import { Badge } from '../../components/ui/Badge'
import { domainQueries } from '../../data/domains'
import { IconChevronRight, IconCpu } from '../../components/ui/icons'
import './auth.css'

export function ChooseDomainPage() {
  const domains = useQuery(domainQueries.list())
  const list = domains.data?.domains ?? []
  if (domains.isSuccess && list.length === 1) return <Navigate to={`/${list[0].id}/clients`} replace />

  return (
    <main className="auth-page">
      <div className="auth-card auth-card-wide">
        <div className="auth-brand">
          <span className="brand-mark" aria-hidden="true">
            <IconCpu size={20} />
          </span>
          <span className="brand-name">Fleet Console</span>
        </div>
        <h1 className="auth-title">Choose a domain</h1>
        <p className="auth-subtitle">Clients, channels and bootstrap configurations live in a domain. Pick the one to manage.</p>
        {domains.isPending ? (
          <ul className="domain-list" aria-busy="true">
            {[0, 1].map((i) => (
              <li key={i} className="domain-item">
                <Skeleton width="60%" height={16} />
              </li>
            ))}
          </ul>
        ) : domains.isError ? (
          <ErrorState error={domains.error} onRetry={() => domains.refetch()} title="Could not load your domains" />
        ) : list.length === 0 ? (
          <p className="auth-notice">You are not a member of any domain yet. Ask an administrator to invite you.</p>
        ) : (
          <ul className="domain-list" aria-label="Domains">
            {list.map((domain) => (
              <li key={domain.id}>
                <Link className="domain-item" to={`/${domain.id}/clients`}>
                  <span className="domain-avatar" aria-hidden="true">
                    {domain.name.slice(0, 1).toUpperCase()}
                  </span>
                  <span className="domain-text">
                    <span className="domain-name truncate">{domain.name}</span>
                    <span className="domain-meta truncate">{domain.route ?? domain.id}</span>
                  </span>
                  {domain.role_name && <Badge tone="accent">{domain.role_name}</Badge>}
                  {domain.status !== 'enabled' && <Badge tone="warning">{domain.status}</Badge>}
                  <IconChevronRight className="domain-chevron" />
                </Link>
              </li>
            ))}
          </ul>
        )}
        <div className="auth-footer">
          <Button variant="ghost" size="sm" onClick={signOut}>
            Sign out
          </Button>
        </div>
      </div>
    </main>
  )
}
