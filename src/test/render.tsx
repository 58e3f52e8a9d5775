import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { RouterProvider, createMemoryRouter, type RouteObject } from 'react-router-dom'
import { getDomain } from '../api/domains'
import { getProfile } from '../api/auth'
import { ToastProvider } from '../components/ui/Toasts'
import { CurrentDomainContext, makeCurrentDomain } from '../lib/current-domain'

/** A fresh QueryClient per test: no retries, no cache shared between tests. */
export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } } })
}

/**
 * Renders routes inside the domain the signed-in user is in, with the app's providers.
 * Returns the router so tests can read the URL.
 */
export async function renderInDomain(domainId: string, routes: RouteObject[], initialPath: string) {
  const [domain, user] = await Promise.all([getDomain(domainId), getProfile()])
  const current = makeCurrentDomain(domain, user)
  const wrap = (node: ReactNode) => <CurrentDomainContext.Provider value={current}>{node}</CurrentDomainContext.Provider>
  const router = createMemoryRouter(
    routes.map((route) => ({ ...route, element: wrap(route.element) })),
    { initialEntries: [initialPath] },
  )
  const queryClient = testQueryClient()
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  )
  return { ...result, router, queryClient, search: () => new URLSearchParams(router.state.location.search) }
}
