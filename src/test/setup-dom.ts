import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import './setup-node'
import { warmDialogs } from '../components/ui/Dialog'

// findBy*/waitFor give the mock backend and React time on a loaded machine (default: 1 s).
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => cleanup())

// Loaded once here, dialogs open in the same render as in a warmed-up console (no Suspense step per test).
await warmDialogs()
