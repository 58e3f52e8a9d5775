import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Outlet, RouterProvider, createMemoryRouter, type RouteObject } from 'react-router-dom'
import { describe, expect, it, vi } from 'vitest'
import { routes } from '../router'
import { RouteError } from './RouteError'

describe('per-route error boundaries', () => {
  it('show a page’s render error in its place, keep the shell, and render it again on Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let fail = true
    function Flaky() {
      if (fail) throw new Error('Cannot read properties of undefined')
      return <p>The tab</p>
    }
    const router = createMemoryRouter(
      [
        {
          element: (
            <>
              <nav aria-label="Shell">Sidebar</nav>
              <Outlet />
            </>
          ),
          children: [{ path: '/tab', element: <Flaky />, errorElement: <RouteError inShell /> }],
        },
      ],
      { initialEntries: ['/tab'] },
    )
    render(<RouterProvider router={router} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('This page could not be shown')
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot read properties of undefined')
    expect(screen.getByRole('navigation', { name: 'Shell' })).toBeInTheDocument()

    fail = false
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('The tab')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    vi.restoreAllMocks()
  })

  it('are on every page and tab inside a domain', () => {
    const domain = (function find(list: RouteObject[]): RouteObject | undefined {
      for (const route of list) {
        if (route.path === '/:domainId') return route
        const inner = route.children && find(route.children)
        if (inner) return inner
      }
    })(routes)
    const unguarded: string[] = []
    ;(function check(list: RouteObject[], at: string) {
      for (const route of list) {
        const path = `${at}/${route.index ? '(index)' : (route.path ?? '(layout)')}`
        if (!route.errorElement) unguarded.push(path)
        if (route.children) check(route.children, path)
      }
    })(domain!.children!, '')
    expect(unguarded).toEqual([])
  })
})
