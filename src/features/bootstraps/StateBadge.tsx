import type { BootstrapState } from '../../api/schemas/bootstrap'
import { Badge } from '../../components/ui/Badge'

export const stateLabel = (state: BootstrapState) => (state === 1 ? 'Enabled' : 'Disabled')

export function StateBadge({ state }: { state: BootstrapState }) {
  return (
    <Badge tone={state === 1 ? 'success' : 'neutral'} dot>
      {stateLabel(state)}
    </Badge>
  )
}
