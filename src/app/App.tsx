import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { RouterProvider } from 'react-router-dom'
import { session } from '../api/session'
import { ToastProvider } from '../components/ui/Toasts'
import { DemoContext, type DemoControls } from '../lib/demo'
import { unsavedInput } from '../lib/unsaved-input'
import { createQueryClient } from './query-client'
import { loadLanding, type AppRouter } from './router'

/** `router`: made by main.tsx before the first render, which may wait for the first route (the sign-in card). */
export function App({ demo, router }: { demo: DemoControls | null; router: AppRouter }) {
  const [queryClient] = useState(createQueryClient)

  useEffect(
    () =>
      session.subscribe((event) => {
        if (event === 'signed-in') {
          const next = new URLSearchParams(router.state.location.search).get('next')
          // Not in the first download: the login page's idle prefetch has fetched it (router.tsx).
          void loadLanding()
            .then((landing) => landing.startLandingRequests(queryClient, next))
            .catch(() => {})
          return
        }
        queryClient.clear()
        if (event === 'expired') {
          const here = `${location.pathname}${location.search}`
          // Sign-in replaces the page, open dialogs included: what was typed in one cannot be kept, so say so.
          const lost = unsavedInput.any() ? '&unsaved=1' : ''
          void router.navigate(`/login?reason=expired${lost}&next=${encodeURIComponent(here)}`)
        } else {
          void router.navigate('/login')
        }
      }),
    [queryClient, router],
  )

  return (
    <DemoContext.Provider value={demo}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </QueryClientProvider>
    </DemoContext.Provider>
  )
}
