import { useQuery } from '@tanstack/react-query'
import { Navigate } from 'react-router-dom'
import { ErrorState } from '../components/ui/StateViews'
import { PageLoader } from './pages/PageLoader'
import { domainQueries } from '../data/domains'

/** "/": straight into the only domain, else the chooser. */
export function DomainIndex() {
  const domains = useQuery(domainQueries.list())
  if (domains.isPending) return <PageLoader label="Loading your domains" />
  if (domains.isError) return <ErrorState error={domains.error} onRetry={() => domains.refetch()} title="Could not load your domains" />
  const list = domains.data.domains
  if (list.length === 1) return <Navigate to={`/${list[0].id}/clients`} replace />
  return <Navigate to="/domains" replace />
}
