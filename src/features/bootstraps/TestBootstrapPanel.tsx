import type { BootstrapConfig, DeviceBootstrapResponse } from '../../api/schemas/bootstrap'
import { errorMessage, isApiError } from '../../api/errors'
import { Button } from '../../components/ui/Button'
import { IconBolt } from '../../components/ui/icons'
import { useTestBootstrap } from '../../data/bootstraps'

/** Why the device endpoint refused, in the operator's terms. */
function explainFailure(error: unknown): string {
  if (!isApiError(error)) return errorMessage(error)
  if (error.status === 500 && !error.message) {
    return 'The server answered 500 with no body: it could not read the configuration. Try again later.'
  }
  if (error.status === 403) return 'The server refused the external key (403): the device would be refused too.'
  if (error.status === 404) return 'The server has no configuration with this external ID (404).'
  if (error.status === 401) return 'The request had no external key (401).'
  return `${errorMessage(error)} (HTTP ${error.status || 'error'})`
}

/** The private key is part of the answer; the panel says it is there without printing it. */
function displayed(answer: DeviceBootstrapResponse) {
  const { client_key: key, ...rest } = answer
  return key ? { ...rest, client_key: `(private key, ${key.length} characters, hidden)` } : rest
}

/** Fetches the configuration the way the device does, with its external ID and key. */
export function TestBootstrapPanel({ config }: { config: BootstrapConfig }) {
  const test = useTestBootstrap()
  const key = config.external_key ?? ''
  return (
    <section className="bs-card" aria-labelledby="bs-test-title">
      <div className="bs-card-head">
        <h2 id="bs-test-title" className="bs-card-title">
          Test bootstrap
        </h2>
        <Button
          size="sm"
          icon={<IconBolt />}
          loading={test.isPending}
          disabledReason={key ? null : 'The server did not return the external key'}
          onClick={() => test.mutate({ externalId: config.external_id, externalKey: key })}
        >
          Test bootstrap
        </Button>
      </div>
      <p className="muted">
        Asks <code>GET /clients/bootstrap/{'{external ID}'}</code> with the external key, as the device will, and shows the answer.
      </p>
      <div role="status" aria-label="Bootstrap test result" className="bs-test-result">
        {test.isSuccess && (
          <>
            <p className="bs-ok">
              200 OK: the device receives this configuration
              {config.state === 1
                ? '.'
                : ', though it is disabled: the bootstrap service (v0.20.0) does not check the state when a device asks. Disabling only disconnects the client from its channels.'}
            </p>
            <pre className="bs-pre">{JSON.stringify(displayed(test.data), null, 2)}</pre>
          </>
        )}
        {test.isError && <p className="bs-bad">{explainFailure(test.error)}</p>}
      </div>
    </section>
  )
}
