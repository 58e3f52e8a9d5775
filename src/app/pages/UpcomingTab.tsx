import { EmptyState } from '../../components/ui/StateViews'

/** A client tab whose feature has not landed yet. */
export function UpcomingTab() {
  return <EmptyState title="Not available yet" description="This part of the client page is still being built." />
}
