import { expect, test } from './fixtures.ts'

test.describe('clients list', () => {
  test.beforeEach(async ({ signIn }) => signIn())

  test('shows the seeded clients, 25 to a page', async ({ clients }) => {
    await expect(clients.range).toHaveText('1–25 of 250 clients')
    await expect(clients.rows()).toHaveCount(25)
    await expect(clients.table.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending')
  })

  test('the table fits a 1360px window: no sideways scroll, row actions in view, long names cut short with the full name on hover', async ({
    clients,
  }) => {
    await expect(clients.rows()).toHaveCount(25)
    const overflow = await clients.table.evaluate((table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await expect(
      clients
        .rows()
        .first()
        .getByRole('button', { name: /^Actions for / }),
    ).toBeInViewport()
    const names = await clients.table
      .locator('td.col-name a')
      .evaluateAll((links) =>
        links.map((a) => ({ cut: a.scrollWidth > a.clientWidth, text: a.textContent, title: a.getAttribute('title') })),
      )
    const cut = names.filter((name) => name.cut)
    expect(cut.length).toBeGreaterThan(0)
    for (const name of cut) expect(name.title).toBe(name.text)
  })

  test('search narrows the list and lands in the URL', async ({ page, clients }) => {
    await clients.search.fill('gateway')
    await expect(page).toHaveURL(/q=gateway/)
    await expect(clients.range).not.toHaveText('1–25 of 250 clients')
    const names = await clients.nameLinks().allTextContents()
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(name.toLowerCase()).toContain('gateway')
  })

  test('sorting and paging change the rows; reload keeps the view; Back restores the previous one', async ({ page, clients }) => {
    const firstPage = await clients.nameLinks().allTextContents()

    await clients.sortBy('Name').click()
    await expect(page).toHaveURL(/sort=name/)
    await expect(clients.table.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending')
    await expect.poll(() => clients.nameLinks().allTextContents()).not.toEqual(firstPage)
    const byName = await clients.nameLinks().allTextContents()
    expect(byName).toEqual([...byName].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())))

    await clients.pageButton(2).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(clients.range).toHaveText('26–50 of 250 clients')
    // The range follows the URL at once; the previous page's rows stay on screen until the new ones arrive.
    await expect.poll(() => clients.nameLinks().allTextContents()).not.toEqual(byName)
    const secondPage = await clients.nameLinks().allTextContents()
    expect(secondPage[0].toLowerCase().localeCompare(byName[byName.length - 1].toLowerCase())).toBeGreaterThanOrEqual(0)

    await page.reload()
    await expect(clients.range).toHaveText('26–50 of 250 clients')
    await expect.poll(() => clients.nameLinks().allTextContents()).toEqual(secondPage)

    await page.goBack()
    await expect(page).not.toHaveURL(/page=2/)
    await expect(clients.range).toHaveText('1–25 of 250 clients')
    await expect.poll(() => clients.nameLinks().allTextContents()).toEqual(byName)

    await page.goBack()
    await expect(page).not.toHaveURL(/sort=name/)
    await expect.poll(() => clients.nameLinks().allTextContents()).toEqual(firstPage)
  })

  test('filters by status and tag, and clears them', async ({ page, clients }) => {
    await clients.status.selectOption('disabled')
    await expect(page).toHaveURL(/status=disabled/)
    await expect(clients.rows().first()).toContainText('Disabled')
    await expect(clients.rows().filter({ hasText: 'Enabled' })).toHaveCount(0)
    await page.getByRole('textbox', { name: 'Filter by tag' }).fill('gateway')
    await page.getByRole('textbox', { name: 'Filter by tag' }).press('Enter')
    await expect(page).toHaveURL(/tags=gateway/)
    await page.getByRole('button', { name: 'Clear filters' }).first().click()
    await expect(clients.range).toHaveText('1–25 of 250 clients')
  })

  test('a row opens the client page with its tabs', async ({ page, clients }) => {
    const name = (await clients.nameLinks().first().textContent())!
    await clients.rows().first().getByRole('cell').nth(3).click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    const tabs = page.getByRole('navigation', { name: 'Client sections' })
    for (const tab of ['Configuration', 'Connections', 'Roles', 'Members', 'Audit logs'])
      await expect(tabs.getByRole('link', { name: tab })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(name)
  })
})
