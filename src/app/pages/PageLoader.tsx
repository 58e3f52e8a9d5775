import { Spinner } from '../../components/ui/Spinner'

export function PageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="page-loader">
      <Spinner size={22} label={label} />
    </div>
  )
}
