import { useState } from 'react'
import { CertificateDetails } from '../../components/CertificateDetails'

/** Reads a pasted PEM certificate in the browser and says whether it fits the client; nothing is sent. */
export function CertificateCheckCard({ expectedCN }: { expectedCN: string | undefined }) {
  const [pasted, setPasted] = useState('')
  return (
    <section className="card" aria-labelledby="inspect-title">
      <h2 id="inspect-title" className="card-title">
        Check a certificate
      </h2>
      <p className="muted inspect-hint">
        Paste a PEM certificate to see what it says and whether it fits this client. Nothing is sent to the server.
      </p>
      <textarea
        className="textarea mono-input"
        rows={5}
        aria-label="Certificate to check (PEM)"
        placeholder={'-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----'}
        value={pasted}
        spellCheck={false}
        onChange={(e) => setPasted(e.target.value)}
      />
      {pasted.trim() && <CertificateDetails pem={pasted} expectedCN={expectedCN} />}
    </section>
  )
}
