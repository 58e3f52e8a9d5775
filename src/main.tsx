import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { configureApi, fetchRuntimeConfig, resolveConfig } from './api/config'
import { App } from './app/App'
import { warmIcons } from './components/ui/icons'
import { reportBlockedApiOrigins } from './app/csp-check'
import type { DemoControls } from './lib/demo'
import { applyTheme, storedTheme } from './lib/theme'
import './styles/tokens.css'
import './styles/base.css'
import './styles/patterns.css'
import './components/ui/ui.css'

applyTheme(storedTheme())

const config = resolveConfig(import.meta.env, await fetchRuntimeConfig(), location.origin)
configureApi(config)
if (!config.mock) reportBlockedApiOrigins(Object.values(config.urls))

let demo: DemoControls | null = null
// A build with VITE_API_URL can never be in demo mode: the constant condition drops the mock from it.
if (!import.meta.env.VITE_API_URL && config.mock) {
  // The mock backend (MSW and the seed) is only downloaded in demo mode.
  const { startMockBackend } = await import('../mocks/browser')
  demo = await startMockBackend({ baseUrl: config.urls.users })
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App demo={demo} />
  </StrictMode>,
)
warmIcons()
