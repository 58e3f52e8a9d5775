import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { CertificatesTab } from './CertificatesTab'

const backend = setupTestBackend()

/** A seeded client set up for certificates, with one valid certificate. */
function clientWithCert() {
  const cert = backend.db.certs.all().find((c) => c.domain_id === backend.domainId && !c.revoked && Date.parse(c.expiry_time) > Date.now())!
  return { clientId: cert.entity_id, serial: cert.serial_number }
}

async function renderTab(login: string, clientId: string) {
  await signInAs(login)
  await renderInDomain(
    backend.domainId,
    [{ path: '/:domainId/clients/:clientId/certificates', element: <CertificatesTab /> }],
    `/${backend.domainId}/clients/${clientId}/certificates`,
  )
  const table = await screen.findByRole('table', { name: 'Certificates' })
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1))
  return table
}

describe('CertificatesTab', { timeout: 20_000 }, () => {
  it('shows a renewed certificate and its key once, and says where it went', async () => {
    const { clientId, serial } = clientWithCert()
    const table = await renderTab(OPERATOR, clientId)
    await userEvent.click(within(table).getByRole('button', { name: `Actions for certificate ${serial}` }))
    await userEvent.click(screen.getByRole('menuitem', { name: 'Renew' }))
    const dialog = await screen.findByRole('dialog', { name: 'Certificate renewed' })
    // The answer's PEM arrives base64-encoded; the dialog shows it decoded.
    const text = (name: string) => (within(dialog).getByRole('textbox', { name }) as HTMLTextAreaElement).value
    expect(text('Private key')).toMatch(/^-----BEGIN EC PRIVATE KEY-----/)
    expect(text('Certificate')).toMatch(/^-----BEGIN CERTIFICATE-----/)
    expect(within(dialog).getByRole('note')).toHaveTextContent(/not linked to this client: it does not appear in this list/)
    expect(within(dialog).getByRole('note')).toHaveTextContent(`The old certificate (${serial}) stays valid`)
    const done = within(dialog).getByRole('button', { name: /^Done/ })
    expect(done).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'I have stored the private key' }))
    await userEvent.click(done)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    // Once closed, the key is gone; the client's list still has only the old serial.
    expect(screen.queryByText(/BEGIN EC PRIVATE KEY/)).toBeNull()
    expect(within(table).getAllByRole('row')).toHaveLength(2)
  })

  it('lets a domain admin revoke, after confirmation', async () => {
    const { clientId, serial } = clientWithCert()
    const table = await renderTab(ADMIN, clientId)
    await userEvent.click(within(table).getByRole('button', { name: `Actions for certificate ${serial}` }))
    await userEvent.click(screen.getByRole('menuitem', { name: 'Revoke' }))
    const confirm = await screen.findByRole('dialog', { name: 'Revoke this certificate?' })
    await userEvent.click(within(confirm).getByRole('button', { name: 'Revoke certificate' }))
    await waitFor(() => expect(backend.db.certs.get(serial)?.revoked).toBe(true))
    expect(await within(table).findByText('Revoked')).toBeInTheDocument()
  })

  it('lets any member issue and renew, and keeps revoking for domain admins', async () => {
    const { clientId, serial } = clientWithCert()
    const table = await renderTab(VIEWER, clientId)
    expect(screen.getAllByRole('button', { name: 'Issue certificate' })[0]).not.toHaveAttribute('aria-disabled')
    await userEvent.click(within(table).getByRole('button', { name: `Actions for certificate ${serial}` }))
    expect(screen.getByRole('menuitem', { name: 'Renew' })).not.toHaveAttribute('aria-disabled')
    const revoke = screen.getByRole('menuitem', { name: /Revoke/ })
    expect(revoke).toHaveAttribute('aria-disabled', 'true')
    expect(revoke).toHaveTextContent(/domain admin/)
  })
})
