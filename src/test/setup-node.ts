import { configureApi, resolveConfig } from '../api/config'
import { TEST_BASE_URL } from '../../mocks/node'

// Every test talks to the mock backend (msw/node) at an absolute URL.
configureApi({ ...resolveConfig({ VITE_API_URL: TEST_BASE_URL }), mock: true })
