import { ADMIN, VIEWER, expect, test } from './fixtures.ts'

test.describe('signing in', () => {
  test('shows the demo accounts and signs in with one of them', async ({ page, login, clients }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/login$/)
    const demo = page.getByRole('region', { name: 'Demo accounts' })
    await expect(demo).toContainText(ADMIN)
    await demo.getByRole('listitem').filter({ hasText: 'Administrator' }).getByRole('button', { name: 'Use' }).click()
    await login.submit.click()
    await expect(page.getByRole('heading', { name: 'Choose a domain' })).toBeVisible()
    await page.getByRole('link', { name: /Acme Industrial/ }).click()
    await expect(clients.heading).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Acme Industrial')
  })

  test('a wrong password gets a clear error and keeps the username', async ({ page, login }) => {
    await page.goto('/login')
    await login.signIn(ADMIN, 'not-the-password')
    await expect(login.error).toContainText('Invalid username or password')
    await expect(login.username).toHaveValue(ADMIN)
    await expect(page).toHaveURL(/\/login$/)
  })

  test('empty fields are explained, not sent', async ({ page, login }) => {
    await page.goto('/login')
    await login.submit.click()
    await expect(page.getByText('Enter your username or email')).toBeVisible()
    await expect(page.getByText('Enter your password')).toBeVisible()
  })

  test('a member of one domain lands straight in it', async ({ page, login, clients }) => {
    await page.goto('/login')
    await login.signIn(VIEWER)
    await expect(clients.heading).toBeVisible()
    await expect(page.getByRole('button', { name: /Domain: Acme Industrial/ })).toBeVisible()
  })

  test('a deep link survives signing in, and the session survives a reload', async ({ page, login, clients }) => {
    await page.goto('/login')
    await login.signIn(VIEWER)
    await expect(clients.heading).toBeVisible()
    const url = new URL(page.url())
    const target = `${url.pathname}?sort=name&dir=asc`
    await page.goto(target)
    await page.reload()
    await expect(clients.heading).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`${target.replace('?', '\\?')}$`))

    await page.getByRole('button', { name: /Account/ }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/login$/)
    await page.goto(target)
    await expect(page).toHaveURL(/\/login\?next=/)
    await login.signIn(VIEWER)
    await expect(page).toHaveURL(new RegExp(`${target.replace('?', '\\?')}$`))
    await expect(clients.sortBy('Name')).toBeVisible()
  })

  test('unknown pages and domains say so', async ({ page, login, clients }) => {
    await page.goto('/login')
    await login.signIn(VIEWER)
    await expect(clients.heading).toBeVisible()
    const domainPath = new URL(page.url()).pathname.replace(/\/clients$/, '')
    await page.goto(`${domainPath}/no-such-page`)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await page.goto('/00000000-0000-4000-8000-000000000000/clients')
    await expect(page.getByRole('heading', { name: 'Domain not found' })).toBeVisible()
  })
})
