import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import './setup-node'

// findBy*/waitFor give the mock backend and React time on a loaded machine (default: 1 s).
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => cleanup())
