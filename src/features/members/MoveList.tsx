import { IconInfo } from '../../components/ui/icons'
import { useUserName } from '../../data/users'
import type { Move } from './useRoleMoves'

/** The members an assignment moves from another role, each with the role they leave. */
export function MoveList({ moves, to }: { moves: Move[]; to: string }) {
  return (
    <div className="callout" role="status" aria-label="Members who change role">
      <IconInfo size={16} />
      <ul className="move-list">
        {moves.map((move) => (
          <MoveLine key={move.userId} move={move} to={to} />
        ))}
      </ul>
    </div>
  )
}

function MoveLine({ move, to }: { move: Move; to: string }) {
  const name = useUserName(move.userId, 'Someone')
  return (
    <li>
      <strong>{name}</strong> holds “{move.from.name}”: assigning moves them from “{move.from.name}” to “{to}”.
    </li>
  )
}
