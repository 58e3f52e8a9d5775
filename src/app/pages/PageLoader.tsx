import { Spinner } from '../../components/ui/Spinner'

/** A spinner while a page loads; `message` says why it takes long, when the console knows. */
export function PageLoader({ label = 'Loading', message }: { label?: string; message?: string }) {
  return (
    <div className="page-loader">
      <Spinner size={22} label={label} />
      {message && (
        <p className="page-loader-message" role="status">
          {message}
        </p>
      )}
    </div>
  )
}
