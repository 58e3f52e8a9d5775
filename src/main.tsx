import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { configureApi, fetchRuntimeConfig, resolveConfig, RuntimeConfigError, type RuntimeConfig } from './api/config'
import { App } from './app/App'
import { createRouter, routerReady } from './app/router'
import { warmIcons } from './components/ui/icons'
import type { DemoControls } from './lib/demo'
import { applyTheme, storedTheme } from './lib/theme'
import './styles/tokens.css'
import './styles/base.css'
import './styles/patterns.css'
import './components/ui/ui.css'

applyTheme(storedTheme())
const root = createRoot(document.getElementById('root')!)

const CSP_CHECK_DELAY_MS = 3000

/** A build with VITE_API_URL (or a service's URL) has its own backend; config.json may still move it. */
const buildHasApiUrl = !resolveConfig(import.meta.env).mock

/**
 * Not a top-level await: this module must finish evaluating before the chunks it imports on the way (the mock backend)
 * can run, since they share the first chunk with it (vite.config.ts).
 */
async function start() {
  let runtime: RuntimeConfig | null = null
  try {
    runtime = await fetchRuntimeConfig(buildHasApiUrl)
  } catch (error) {
    if (!(error instanceof RuntimeConfigError)) throw error
    // Rare pages and checks are fetched when needed: the sign-in page's first download stays small.
    const { ConfigErrorPage } = await import('./app/pages/ConfigErrorPage')
    root.render(<ConfigErrorPage url={error.url} problem={error.message} />)
  }
  if (!runtime) return
  const config = resolveConfig(import.meta.env, runtime, location.origin)
  configureApi(config)
  let demo: DemoControls | null = null
  if (!config.mock) {
    // A diagnostic for the browser console only: it waits until the sign-in page is up rather than compete with it.
    setTimeout(() => {
      void import('./app/csp-check').then(({ reportBlockedApiOrigins }) => reportBlockedApiOrigins(Object.values(config.urls)))
    }, CSP_CHECK_DELAY_MS)
    void unregisterMockWorker()
  } else if (!import.meta.env.VITE_API_URL) {
    // The constant condition drops the mock backend (MSW and the seed) from a build with VITE_API_URL; in any other
    // build it is downloaded only in demo mode.
    const { startMockBackend } = await import('../mocks/browser')
    demo = await startMockBackend({ baseUrl: config.urls.users })
  }
  const router = createRouter()
  // A live build's page shows the sign-in card as HTML (scripts/sign-in-card.ts): it stays until the login route is
  // loaded, so React's first paint is the same card, not a loading screen in between.
  if (document.documentElement.hasAttribute('data-sign-in-card')) await routerReady(router)
  root.render(
    <StrictMode>
      <App demo={demo} router={router} />
    </StrictMode>,
  )
  warmIcons()
}

void start()

/** A demo once run on this origin left the mock's service worker registered: a live console must not keep it. */
async function unregisterMockWorker() {
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? []
  for (const registration of registrations) {
    const script = registration.active ?? registration.waiting ?? registration.installing
    if (script?.scriptURL.endsWith('/mockServiceWorker.js')) await registration.unregister()
  }
}
