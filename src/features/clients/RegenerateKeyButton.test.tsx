import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { TEST_BASE_URL } from '../../../mocks/node'
import { createClient, getClient } from '../../api/clients'
import { ADMIN, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { RegenerateKeyButton } from './RegenerateKeyButton'

const backend = setupTestBackend()

async function renderButton() {
  await signInAs(ADMIN)
  const client = await createClient(backend.domainId, { name: 'Meter' })
  await renderInDomain(
    backend.domainId,
    [{ path: '/:domainId', element: <RegenerateKeyButton domainId={backend.domainId} clientId={client.id} disabledReason={null} /> }],
    `/${backend.domainId}`,
  )
  return client
}

describe('RegenerateKeyButton', () => {
  it('asks first, then replaces the key and says so', async () => {
    const client = await renderButton()
    await userEvent.click(await screen.findByRole('button', { name: 'Regenerate' }))
    const dialog = await screen.findByRole('dialog', { name: 'Regenerate the key?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Regenerate key' }))
    expect(await screen.findByText('Key regenerated')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    const secret = (await getClient(backend.domainId, client.id)).credentials?.secret
    expect(secret).toBeTruthy()
    expect(secret).not.toBe(client.credentials?.secret)
  })

  it('keeps the dialog open with the refusal, and a retry sends the same new key', async () => {
    const client = await renderButton()
    const sent: string[] = []
    let refuse = true
    backend.server.use(
      http.patch(`${TEST_BASE_URL}/:domainID/clients/:clientID/secret`, async ({ request }) => {
        sent.push(((await request.clone().json()) as { secret: string }).secret)
        if (!refuse) return undefined
        refuse = false
        return HttpResponse.json({ message: 'Service unavailable' }, { status: 503 })
      }),
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Regenerate' }))
    const dialog = await screen.findByRole('dialog', { name: 'Regenerate the key?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Regenerate key' }))
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Regenerate key' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(sent).toHaveLength(2)
    expect(sent[0]).toBe(sent[1])
    expect((await getClient(backend.domainId, client.id)).credentials?.secret).toBe(sent[1])
  })
})
