import type { BootstrapConfig } from '../../api/schemas/bootstrap'
import { Button } from '../../components/ui/Button'
import { CopyButton } from '../../components/ui/CopyButton'
import { IconPencil } from '../../components/ui/icons'

function Certificate({ value, label }: { value: string | undefined; label: string }) {
  if (!value) return <span className="muted">Not set</span>
  return (
    <div className="bs-cert">
      <pre className="bs-pre bs-pem">{value}</pre>
      <CopyButton value={value} label={`Copy ${label}`} />
    </div>
  )
}

type Props = { config: BootstrapConfig; changeReason: string | null; onEdit: () => void }

/** The TLS material the device receives. The server never returns the client key on view. */
export function EncryptionCard({ config, changeReason, onEdit }: Props) {
  return (
    <section className="bs-card" aria-labelledby="bs-certs-title">
      <div className="bs-card-head">
        <h2 id="bs-certs-title" className="bs-card-title">
          Encryption settings
        </h2>
        <Button size="sm" icon={<IconPencil />} disabledReason={changeReason} onClick={onEdit}>
          Edit certificates
        </Button>
      </div>
      <dl className="bs-details bs-details-stacked">
        <div>
          <dt>Client certificate</dt>
          <dd>
            <Certificate value={config.client_cert} label="client certificate" />
          </dd>
        </div>
        <div>
          <dt>Client key</dt>
          <dd>
            <span className="muted">Write-only: the server never shows it. Replace it with Edit certificates.</span>
          </dd>
        </div>
        <div>
          <dt>CA certificate</dt>
          <dd>
            <Certificate value={config.ca_cert} label="CA certificate" />
          </dd>
        </div>
      </dl>
    </section>
  )
}
