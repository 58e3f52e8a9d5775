import { describe, expect, it } from 'vitest'
import { check, project } from './check-boundaries.fixture.ts'

/** A small project whose server state goes through data/: pages take only types, schemas and errors from api/. */
const CLEAN: Record<string, string> = {
  'src/api/schemas/client.ts': 'export const Client = {}\nexport type ClientListParams = { name?: string }\n',
  'src/api/errors.ts': 'export const errorMessage = (error: unknown) => String(error)\n',
  'src/api/clients.ts': "export const listClients = () => Promise.resolve([])\nexport type { ClientListParams } from './schemas/client'\n",
  'src/lib/format.ts': 'export const pluralize = (n: number) => String(n)\n',
  'src/data/clients.ts':
    "import { listClients } from '../api/clients'\nimport { pluralize } from '../lib/format'\nexport { listClients, pluralize }\n",
  'src/components/ClientCount.tsx':
    "import { listClients } from '../data/clients'\nimport { errorMessage } from '../api/errors'\nexport { listClients, errorMessage }\n",
  'src/features/clients/ClientsPage.tsx':
    "import { listClients } from '../../data/clients'\nimport { Client } from '../../api/schemas/client'\nimport type { ClientListParams } from '../../api/clients'\nexport { listClients, Client }\nexport type { ClientListParams }\n",
  'src/features/clients/ClientsPage.test.tsx': "import { listClients } from '../../api/clients'\nexport { listClients }\n",
  'src/app/App.tsx': "import { listClients } from '../api/clients'\nimport '../features/clients/ClientsPage'\nexport { listClients }\n",
}

describe('the boundary check of the data layer', () => {
  it('passes pages that reach the server through data/ and take only types, schemas and errors from api/', () => {
    expect(check(project(CLEAN))).toMatchObject({ ok: true })
  })

  it.each([
    [
      'a feature calls the API client itself',
      'src/features/clients/ExportDialog.tsx',
      "import { listClients } from '../../api/clients'\nexport { listClients }\n",
      'src/features/clients/ExportDialog.tsx: features/clients imports src/api/clients (requests go through src/data/',
    ],
    [
      'a component calls the API client itself',
      'src/components/UserPicker.tsx',
      "export { listClients } from '../api/clients'\n",
      'src/components/UserPicker.tsx: components imports src/api/clients (requests go through src/data/',
    ],
    [
      'data/ imports a feature',
      'src/data/channels.ts',
      "import { ClientsPage } from '../features/clients/ClientsPage'\nexport { ClientsPage }\n",
      'src/data/channels.ts: shared code (data) imports features/clients',
    ],
    [
      'data/ imports app/',
      'src/data/session.ts',
      "import '../app/App'\nexport const x = 1\n",
      'src/data/session.ts: shared code (data) imports app',
    ],
    [
      'a pure helper in lib/ reads server state',
      'src/lib/names.ts',
      "import { listClients } from '../data/clients'\nexport { listClients }\n",
      'src/lib/names.ts: lib imports data/',
    ],
  ])('fails loudly when %s', (_case, path, text, message) => {
    const result = check(project({ ...CLEAN, [path]: text }))
    expect(result.ok).toBe(false)
    expect(result.output).toContain(message)
  })
})
