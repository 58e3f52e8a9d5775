import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, Outlet, useParams, type UIMatch } from 'react-router-dom'
import { ErrorState, EmptyState } from '../../components/ui/StateViews'
import { CurrentDomainContext, makeCurrentDomain } from '../../lib/current-domain'
import { PageLoader } from '../pages/PageLoader'
import { domainQueries } from '../../data/domains'
import { userQueries } from '../../data/users'
import { AppShell } from './AppShell'

function DomainCrumb({ domainId }: { domainId: string }) {
  const domains = useQuery(domainQueries.list())
  return <>{domains.data?.domains.find((d) => d.id === domainId)?.name ?? 'Domain'}</>
}

export const handle = {
  crumb: (match: UIMatch) => <DomainCrumb domainId={match.params.domainId ?? ''} />,
  crumbTo: (match: UIMatch) => `${match.pathname}/clients`,
}

/** Everything inside a domain: checks the user may enter it, provides it, and draws the shell. */
export function DomainLayout() {
  const { domainId = '' } = useParams()
  const profile = useQuery(userQueries.profile())
  const domains = useQuery(domainQueries.list())
  const domain = domains.data?.domains.find((d) => d.id === domainId)
  const current = useMemo(() => (domain && profile.data ? makeCurrentDomain(domain, profile.data) : null), [domain, profile.data])

  if (profile.isPending || domains.isPending) return <PageLoader label="Loading the domain" />
  if (profile.isError || domains.isError) {
    const failed = profile.isError ? profile : domains
    return (
      <main className="standalone-page">
        <ErrorState error={failed.error} onRetry={() => failed.refetch()} title="Could not open the console" />
      </main>
    )
  }
  if (!current) {
    return (
      <main className="standalone-page">
        <EmptyState
          title="Domain not found"
          description="It does not exist, or you are not a member of it."
          action={
            <Link className="btn btn-primary btn-md" to="/domains">
              Choose a domain
            </Link>
          }
        />
      </main>
    )
  }
  return (
    <CurrentDomainContext.Provider value={current}>
      <AppShell>
        <Outlet />
      </AppShell>
    </CurrentDomainContext.Provider>
  )
}
