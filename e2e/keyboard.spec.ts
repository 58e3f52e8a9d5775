import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

/** Everything done here uses the keyboard only: no clicks after signing in. */

/** The accessible name (or, failing that, the text) of the focused element, with its role. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return 'body'
    const labelled = el.getAttribute('aria-labelledby')
    const name =
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled.split(' ')[0])?.textContent : null) ??
      (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ??
      el.getAttribute('placeholder') ??
      el.textContent
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()}: ${(name ?? '').trim().replace(/\s+/g, ' ')}`
  })
}

/** Presses Tab until the focused element matches, returning every stop on the way; fails after `max` presses. */
async function tabTo(page: Page, target: RegExp, max = 40, key = 'Tab') {
  const stops: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key)
    const stop = await focused(page)
    stops.push(stop)
    if (target.test(stop)) return stops
  }
  throw new Error(`${target} not reached with ${key} in ${max} presses; stops:\n${stops.join('\n')}`)
}

async function openFirstClient(page: Page) {
  const link = page.getByRole('table', { name: 'Clients' }).locator('tbody tr td.col-name a').first()
  const name = ((await link.textContent()) ?? '').trim()
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  return name
}

test.describe('keyboard', () => {
  // Dozens of single key presses, each awaited, on a busy two-core machine.
  test.describe.configure({ timeout: 90_000 })

  test('a skip link jumps to the content; Tab reaches the toolbar, the table and the pagination in order', async ({ page, signIn }) => {
    await signIn()
    await page.reload()
    await expect(page.getByRole('table', { name: 'Clients' }).locator('tbody tr').first().getByRole('link')).toBeVisible()

    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip, 'the first Tab stop is the skip link').toBeFocused()
    await expect(skip, 'it is shown when focused').toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main'), 'Enter moves focus to the main content').toBeFocused()

    const stops = await tabTo(page, /^a: .+/)
    const order = [
      /Export CSV/,
      /Create clients/,
      /^button: Create$/,
      /Search clients by name/,
      /^select: /,
      /Filter by parent group/,
      /Metadata filter/,
    ]
    const positions = order.map((name) => stops.findIndex((stop) => name.test(stop)))
    expect(
      positions.every((p) => p >= 0),
      `toolbar controls reached before the first row link:\n${stops.join('\n')}`,
    ).toBe(true)
    expect(
      [...positions].sort((a, b) => a - b),
      'header actions come before the filters',
    ).toEqual(positions)
    expect(
      stops.filter((stop) => stop.startsWith('listbox')),
      'an open picker list is not a tab stop',
    ).toEqual([])

    await tabTo(page, /Page 2/, 200)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/page=2/)
  })

  test('a row link opens with Enter; a row menu opens with Enter or Space, moves with arrows and Escape returns focus', async ({
    page,
    signIn,
    clients,
  }) => {
    await signIn()
    const trigger = clients
      .rows()
      .first()
      .getByRole('button', { name: /^Actions for/ })
    await trigger.focus()
    await page.keyboard.press('Enter')
    const menu = page.getByRole('menu')
    await expect(menu).toBeVisible()
    const items = menu.getByRole('menuitem')
    await expect(items.first(), 'the first item takes focus').toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(items.nth(1)).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await expect(items.last(), 'ArrowUp wraps to the last item').toBeFocused()
    await page.keyboard.press('Home')
    await expect(items.first()).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(menu).toBeHidden()
    await expect(trigger, 'Escape returns focus to the menu button').toBeFocused()

    await page.keyboard.press('Space')
    await expect(menu).toBeVisible()
    await expect(items.first()).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(trigger).toBeFocused()

    // A menu item that opens a dialog: Enter on "Delete", Escape, and focus is back on the row's menu button.
    await page.keyboard.press('ArrowDown')
    await expect(items.first()).toBeFocused()
    await page.keyboard.press('End')
    await expect(items.last()).toHaveText(/Delete/)
    await page.keyboard.press('Enter')
    const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog'))
    await expect(confirm).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(confirm).toBeHidden()
    await expect(trigger, 'focus returns to the row menu after the dialog').toBeFocused()

    await openFirstClient(page)
    await expect(page.getByRole('navigation', { name: 'Client sections' })).toBeVisible()
  })

  test('a dialog traps focus, Escape closes it and focus returns to its opener', async ({ page, signIn }) => {
    await signIn()
    const opener = page.getByRole('button', { name: 'Create', exact: true })
    await opener.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Create client' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('textbox', { name: /Name/ }).first(), 'the first field takes focus').toBeFocused()

    // Going round once more than there are stops proves Tab wraps inside the dialog rather than leaving it.
    const stops = await dialog.evaluate(
      (el) => el.querySelectorAll('a[href], button:not(:disabled), input:not(:disabled), select, textarea, [tabindex="0"]').length,
    )
    expect(stops, 'the dialog has controls to tab through').toBeGreaterThan(3)
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i <= stops; i++) {
        await page.keyboard.press(key)
        const inside = await dialog.evaluate((el) => el.contains(document.activeElement))
        if (!inside) throw new Error(`${key} #${i + 1} left the dialog for ${await focused(page)}`)
      }
    }

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(opener, 'focus returns to the button that opened the dialog').toBeFocused()
  })

  test('tags: Enter adds, Backspace removes; inline editors save with Enter, cancel with Escape, and refocus the pencil', async ({
    page,
    signIn,
  }) => {
    await signIn()
    const name = await openFirstClient(page)
    const main = page.getByRole('main')

    const editName = main.getByRole('button', { name: 'Edit name' })
    await editName.focus()
    await page.keyboard.press('Enter')
    const nameBox = main.getByRole('textbox', { name: 'Name' })
    await expect(nameBox).toBeFocused()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('Not saved')
    await page.keyboard.press('Escape')
    await expect(nameBox).toBeHidden()
    await expect(page.getByRole('heading', { level: 1, name }), 'Escape keeps the old name').toBeVisible()
    await expect(editName, 'Escape gives focus back to the pencil').toBeFocused()

    await page.keyboard.press('Enter')
    await expect(nameBox).toBeFocused()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type(`${name} (kb)`)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: `${name} (kb)` }), 'Enter saves').toBeVisible()
    await expect(editName, 'after saving, focus is back on the pencil').toBeFocused()

    const editTags = main.getByRole('button', { name: 'Edit tags' })
    await editTags.focus()
    await page.keyboard.press('Enter')
    const tagsBox = main.getByRole('textbox', { name: 'Tags' })
    await expect(tagsBox).toBeFocused()
    await page.keyboard.type('kb-one')
    await page.keyboard.press('Enter')
    await expect(main.getByRole('button', { name: 'Remove tag kb-one' }), 'Enter adds a tag').toBeVisible()
    await expect(tagsBox, 'Enter on a tag does not save the editor').toBeFocused()
    await page.keyboard.type('kb-two')
    await page.keyboard.press('Enter')
    await expect(main.getByRole('button', { name: 'Remove tag kb-two' })).toBeVisible()
    await page.keyboard.press('Backspace')
    await expect(main.getByRole('button', { name: 'Remove tag kb-two' }), 'Backspace in an empty field removes the last tag').toBeHidden()
    await expect(main.getByRole('button', { name: 'Remove tag kb-one' })).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(tagsBox, 'Enter in the empty field saves').toBeHidden()
    await expect(main.getByText('kb-one', { exact: true })).toBeVisible()
    await expect(main.getByText('kb-two', { exact: true })).toHaveCount(0)
    await expect(editTags).toBeFocused()
  })

  test('the connection matrix toggles with Space and Enter', async ({ page, signIn }) => {
    await signIn()
    await page.goto(`${new URL(page.url()).pathname}?status=enabled`)
    await openFirstClient(page)
    const sections = page.getByRole('navigation', { name: 'Client sections' })
    await sections.getByRole('link', { name: 'Connections' }).focus()
    await page.keyboard.press('Enter')
    const matrixLink = page.getByRole('link', { name: 'Matrix view' })
    await matrixLink.focus()
    await page.keyboard.press('Enter')
    const matrix = page.getByRole('table', { name: /Connection matrix/ })
    await expect(matrix).toBeVisible()

    const toggle = matrix.locator('button[aria-pressed]:not([aria-disabled="true"])').first()
    const before = await toggle.getAttribute('aria-pressed')
    const after = before === 'true' ? 'false' : 'true'
    await toggle.focus()
    await page.keyboard.press('Space')
    await expect(toggle, 'Space flips the toggle').toHaveAttribute('aria-pressed', after)
    await expect(toggle).not.toHaveAttribute('aria-busy', 'true')
    await expect(toggle).not.toHaveAttribute('aria-disabled', 'true')
    await page.keyboard.press('Enter')
    await expect(toggle, 'Enter flips it back').toHaveAttribute('aria-pressed', before!)
    await expect(toggle).toBeFocused()
  })
})
