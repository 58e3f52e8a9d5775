import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ADMIN, OPERATOR, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { MembersTab } from './MembersTab'

const backend = setupTestBackend()

const user = (login: string) => backend.db.findUserByLogin(login)!
const nameOf = (userId: string) => {
  const u = backend.db.users.get(userId)!
  return `${u.first_name} ${u.last_name}`
}

/** The first seeded client, its built-in admin role and its `technician` role. */
function seededClient() {
  const client = [...backend.db.clients.allIn(backend.domainId)][0]
  const [admin, technician] = backend.db.roles.ofEntity(client.id)
  return { client, admin, technician }
}

async function openAssign(login: string, clientId: string) {
  await signInAs(login)
  await renderInDomain(
    backend.domainId,
    [{ path: '/:domainId/clients/:clientId/members', element: <MembersTab /> }],
    `/${backend.domainId}/clients/${clientId}/members`,
  )
  await screen.findByRole('table', { name: 'Members' })
  const assign = screen.getByRole('button', { name: /^Assign member/ })
  await waitFor(() => expect(assign).not.toHaveAttribute('aria-disabled'))
  await userEvent.click(assign)
  return screen.findByRole('dialog', { name: 'Assign member' })
}

async function pick(dialog: HTMLElement, text: string, option: RegExp) {
  const picker = within(dialog).getByRole('combobox', { name: 'Members' })
  await userEvent.clear(picker)
  await userEvent.type(picker, text)
  const found = await within(dialog).findByRole('option', { name: option })
  await userEvent.click(found)
  return found
}

describe('AssignMemberDialog: one role per member per client', { timeout: 20_000 }, () => {
  it('shows the role a member holds, and moves them into the new one', async () => {
    const { client, admin, technician } = seededClient()
    const creator = admin.members[0]
    const dialog = await openAssign(ADMIN, client.id)
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /Role/ }), 'technician')
    const first = nameOf(creator).split(' ')[0]
    const option = await pick(dialog, first, new RegExp(nameOf(creator)))
    expect(option).toHaveTextContent('holds “admin” here')
    expect(within(dialog).getByRole('status', { name: 'Members who change role' })).toHaveTextContent(
      `${nameOf(creator)} holds “admin”: assigning moves them from “admin” to “technician”.`,
    )
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move and assign' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Assign member' })).not.toBeInTheDocument())
    expect(backend.db.roles.get(technician.id)?.members).toContain(creator)
    expect(backend.db.roles.get(admin.id)?.members).not.toContain(creator)
  })

  it("explains the server's refusal of a second role when it happens anyway", async () => {
    const { client, technician } = seededClient()
    const jane = user('jane.doe@example.com')
    const dialog = await openAssign(ADMIN, client.id)
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /Role/ }), 'technician')
    await pick(dialog, 'jane', /Jane Doe/)
    // Meanwhile someone else gives Jane another role on this client: the server refuses the second.
    const crew = { ...technician, id: 'client_crewcrewcr', name: 'crew', members: [jane.id], actions: ['read'] }
    backend.db.roles.put(crew)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Assign' }))
    expect(
      await within(dialog).findByText(
        'Someone you chose already holds another role on this client: a member can hold one role per client. The list is up to date now: choose again.',
      ),
    ).toBeInTheDocument()
    expect(backend.db.roles.get(technician.id)?.members).not.toContain(jane.id)
  })
})

describe('AssignMemberDialog: the picker for an operator', { timeout: 20_000 }, () => {
  it('finds people through the client (the domain list needs view_role_users) and says so', async () => {
    const operator = user(OPERATOR)
    const client = [...backend.db.clients.allIn(backend.domainId)].find((c) => !backend.db.roles.heldOn(c.id, operator.id))!
    const dialog = await openAssign(OPERATOR, client.id)
    expect(dialog).toHaveTextContent('Listing every member of the domain needs “view_role_users” on the domain.')
    const [admin] = backend.db.roles.ofEntity(client.id)
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /Role/ }), admin.name)
    const viewer = await pick(dialog, 'victor', /Victor Viewer/)
    expect(viewer).toHaveTextContent('domain viewer')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Assign' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Assign member' })).not.toBeInTheDocument())
    expect(backend.db.roles.get(admin.id)?.members).toContain(user('viewer@example.com').id)
  })
})
