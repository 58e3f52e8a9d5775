import { PASSWORD, VIEWER, expect, test as base } from './fixtures.ts'
import { ClientAccessPages } from './roles.po.ts'

const test = base.extend<{ access: ClientAccessPages }>({
  access: async ({ page }, use) => use(new ClientAccessPages(page)),
})

test.describe('client roles', () => {
  // Each test is a whole journey of a dozen steps, each waiting on the (in-browser) backend.
  test.slow()

  test('create a role with actions and members, rename it, add and remove actions', async ({ page, signIn, access }) => {
    await signIn()
    await access.openFirstClient()
    await access.openTab('Roles')
    await expect(access.roleLink('admin')).toBeVisible()

    await access.createRole.click()
    const create = access.dialog('Create role')
    await create.getByRole('textbox', { name: /Role name/ }).fill('auditors')
    await create.getByRole('checkbox', { name: 'read' }).check()
    await create.getByRole('checkbox', { name: 'view_role_users' }).check()
    await access.pickMember(create, 'jane', /Jane Doe/)
    await create.getByRole('button', { name: 'Create role' }).click()
    await expect(create).toBeHidden()
    const row = access.roleRow('auditors')
    await expect(row.getByRole('cell').nth(1), 'two actions').toHaveText('2')
    await expect(row.getByRole('cell').nth(2), 'one member').toHaveText('1')

    await access.roleLink('auditors').click()
    await expect(page.getByRole('heading', { name: 'auditors' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('auditors')
    await expect(access.roleMembers).toContainText('Jane Doe')

    await page.getByRole('button', { name: 'Edit role name' }).click()
    await page.getByRole('textbox', { name: 'Role name' }).fill('inspectors')
    await page.getByRole('button', { name: 'Save role name' }).click()
    await expect(page.getByRole('heading', { name: 'inspectors' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('inspectors')

    await page.getByRole('button', { name: 'Add actions' }).click()
    const add = access.dialog('Add actions')
    await expect(add.getByRole('checkbox', { name: 'read' }), 'granted actions are not offered again').toHaveCount(0)
    await add.getByRole('checkbox', { name: 'update' }).check()
    await add.getByRole('checkbox', { name: 'delete' }).check()
    await add.getByRole('button', { name: 'Add actions' }).click()
    await expect(add).toBeHidden()
    await expect(access.roleActions.getByRole('code')).toHaveText(['read', 'view_role_users', 'update', 'delete'])

    await page.getByRole('button', { name: 'Remove action read' }).click()
    await expect(access.roleActions.getByRole('code')).toHaveText(['view_role_users', 'update', 'delete'])

    await page.getByRole('button', { name: 'Remove all actions' }).click()
    const confirm = access.dialog('Remove all actions?')
    await confirm.getByRole('button', { name: 'Remove all actions' }).click()
    await expect(access.roleActions).toContainText('No actions')

    await page.reload()
    await expect(page.getByRole('heading', { name: 'inspectors' }), 'changes survive a reload').toBeVisible()
    await expect(access.roleActions).toContainText('No actions')
  })

  test('add members, remove one, then delete all members', async ({ page, signIn, access }) => {
    await signIn()
    await access.openFirstClient()
    await access.openTab('Roles')
    await access.roleLink('admin').click()
    await expect(page.getByRole('heading', { name: 'admin' })).toBeVisible()

    await expect(access.roleMembers.locator('tbody tr'), 'the creator holds the built-in admin role').toHaveCount(1)
    const creator = (await access.roleMembers.locator('tbody tr').first().textContent()) ?? ''
    await page.getByRole('button', { name: 'Add members' }).click()
    const add = access.dialog('Add members')
    // Whoever already holds the role is shown but cannot be picked again.
    await add.getByRole('combobox', { name: 'Members' }).fill(creator.split(' ')[0])
    await expect(add.getByRole('option', { name: /Already a member of this role/ }).first()).toHaveAttribute('aria-disabled', 'true')
    await access.pickMember(add, 'jane', /Jane Doe/)
    await access.pickMember(add, 'lukas', /Lukas Haddad/)
    await add.getByRole('button', { name: 'Add members' }).click()
    await expect(add).toBeHidden()
    await expect(access.roleMembers.locator('tbody tr')).toHaveCount(3)
    await expect(access.roleMembers).toContainText('Jane Doe')
    await expect(access.roleMembers).toContainText('Lukas Haddad')

    await page.getByRole('button', { name: 'Remove Jane Doe from this role' }).click()
    await expect(access.roleMembers).not.toContainText('Jane Doe')
    await expect(access.roleMembers.locator('tbody tr')).toHaveCount(2)

    await page.getByRole('button', { name: 'Delete All Members' }).click()
    const alert = page.getByRole('alertdialog', { name: 'Delete all members?' })
    await alert.getByRole('button', { name: 'Delete all members' }).click()
    await expect(alert).toBeHidden()
    await expect(access.roleMembers).toContainText('No members')
  })

  test('assign a member from the Members tab, and take the role away again', async ({ signIn, access }) => {
    await signIn()
    await access.openFirstClient()
    await access.openTab('Members')
    // Everyone a domain or group role reaches is listed too: look at the roles held on the client.
    await access.heldOn.selectOption('On this client')
    await expect(access.membersTable.locator('tbody tr')).toHaveCount(1)

    await access.assignMember.click()
    const assign = access.dialog('Assign member')
    await assign.getByRole('combobox', { name: /Role/ }).selectOption('admin')
    await access.pickMember(assign, 'jane', /Jane Doe/)
    await assign.getByRole('button', { name: 'Assign' }).click()
    await expect(assign).toBeHidden()
    const row = access.memberRow('Jane Doe')
    await expect(row.getByRole('link', { name: 'admin' })).toBeVisible()
    await expect(access.membersTable.locator('tbody tr')).toHaveCount(2)

    await row.getByRole('button', { name: 'Remove Jane Doe from admin' }).click()
    await access.dialog('Remove from role?').getByRole('button', { name: 'Remove' }).click()
    await expect(access.memberRow('Jane Doe')).toHaveCount(0)
    await expect(access.membersTable.locator('tbody tr')).toHaveCount(1)
  })

  test('the read-only member sees every control disabled, and a forced request gets 403', async ({ page, signIn, access }) => {
    await signIn(VIEWER)
    await access.openFirstClient()
    await access.openTab('Roles')
    await expect(access.roleLink('admin')).toBeVisible()
    await expect(access.createRole).toHaveAttribute('aria-disabled', 'true')
    await expect(access.createRole).toHaveAccessibleDescription(/needs “manage_role”/)
    // Playwright will not click an aria-disabled control on its own; a user still can, and nothing may happen.
    await access.createRole.click({ force: true })
    await expect(access.dialog('Create role')).toHaveCount(0)

    await access.roleLink('admin').click()
    for (const name of [
      /^Edit role name/,
      /^Delete role/,
      /^Add actions/,
      /^Remove all actions/,
      /^Remove action read/,
      /^Add members/,
      /^Delete All Members/,
    ]) {
      await expect(page.getByRole('button', { name }), String(name)).toHaveAttribute('aria-disabled', 'true')
    }
    await expect(page.getByRole('button', { name: /^Remove action read/ })).toHaveAccessibleDescription(/needs “manage_role”/)

    await access.openTab('Members')
    await access.heldOn.selectOption('On this client')
    await expect(access.membersTable.locator('tbody tr')).toHaveCount(1)
    await expect(access.assignMember).toHaveAttribute('aria-disabled', 'true')
    await expect(access.assignMember).toHaveAccessibleDescription(/needs “add_role_users”/)

    const [, domainId, , clientId] = new URL(page.url()).pathname.split('/')
    const forced = await access.forceRequest(VIEWER, PASSWORD, 'POST', `/${domainId}/clients/${clientId}/roles`, {
      role_name: 'sneaky',
      optional_actions: ['read'],
    })
    expect(forced).toEqual({ status: 403, body: { message: 'failed to perform authorization over the entity' } })

    await access.openTab('Roles')
    await page.reload()
    await expect(access.roleLink('admin')).toBeVisible()
    await expect(access.roleLink('sneaky'), 'the forced request changed nothing').toHaveCount(0)
  })
})
