import { ClientsPage, OPERATOR, VIEWER, expect, test } from './fixtures.ts'

test('chooses columns, saves the view and reopens it from its link', async ({ page, signIn, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await signIn(OPERATOR)
  const clients = new ClientsPage(page)
  await clients.sortBy('Name').click()

  await page.getByRole('button', { name: 'Columns' }).click()
  const chooser = page.getByRole('dialog', { name: 'Clients: columns' })
  await chooser.getByRole('checkbox', { name: 'Tags' }).uncheck()
  await chooser.getByRole('textbox', { name: 'Metadata key as a column' }).fill('model')
  await chooser.getByRole('button', { name: 'Add column' }).click()
  await chooser.getByRole('button', { name: 'Done' }).click()
  await expect(clients.table.getByRole('columnheader', { name: 'model' })).toBeVisible()
  await expect(clients.table.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Saved views' }).click()
  await page.getByRole('menuitem', { name: 'Save this view…' }).click()
  const save = page.getByRole('dialog', { name: 'Save this view' })
  await save.getByRole('textbox', { name: 'Name' }).fill('By name, with model')
  await save.getByRole('button', { name: 'Save view' }).click()
  await expect(save).toBeHidden()

  await page.getByRole('button', { name: 'Saved views' }).click()
  await page.getByRole('menuitem', { name: 'Copy a link to this view' }).click()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(new URL(link).searchParams.get('columns')).toContain('metadata.model')

  // Opened where no arrangement is kept, the link brings its columns.
  await page.evaluate(() => localStorage.removeItem('fleet-console.columns.clients'))
  await page.goto(link)
  await expect(clients.table.getByRole('columnheader', { name: 'model' })).toBeVisible()
  await expect(clients.table.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0)
  await expect(page).toHaveURL(/sort=name/)
  await expect(page).not.toHaveURL(/columns=/)
})

test('on a phone: name, status and row menu first, other columns on demand, reasons on screen', async ({ page, signIn }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signIn(VIEWER)
  const clients = new ClientsPage(page)
  const headers = clients.table.getByRole('columnheader')
  await expect(headers).toHaveText(['Select', /Name/, 'Status', 'Actions'])
  const menu = clients
    .rows()
    .first()
    .getByRole('button', { name: /^Actions for / })
  expect((await menu.boundingBox())!.x + (await menu.boundingBox())!.width).toBeLessThanOrEqual(390)
  await page.getByRole('button', { name: /All columns/ }).click()
  await expect(clients.table.getByRole('columnheader', { name: 'ID' })).toBeVisible()

  await clients.nameLinks().first().click()
  // The read-only member's "Edit tags" sits at the right edge: its reason must open leftwards, inside the screen.
  const editTags = page.getByRole('button', { name: 'Edit tags' })
  await editTags.scrollIntoViewIfNeeded()
  await editTags.hover()
  const bubble = await editTags.evaluate((el) => {
    const after = getComputedStyle(el, '::after')
    const box = el.getBoundingClientRect()
    const right = box.right - parseFloat(after.right)
    return { content: after.content, left: right - parseFloat(after.width), right }
  })
  expect(bubble.content).toContain('permission')
  expect(bubble.left).toBeGreaterThanOrEqual(0)
  expect(bubble.right).toBeLessThanOrEqual(390)
})
