import { describe, expect, it } from 'vitest'
import { check, project } from './check-boundaries.fixture.ts'

/** A small project that keeps every rule: a feature, app/ composing it, shared code, the API layer and the mock. */
const CLEAN: Record<string, string> = {
  'src/api/schemas/index.ts': "import * as z from 'zod/mini'\nexport const Client = z.object({ id: z.string() })\n",
  'src/api/demo.ts': 'export type DemoControls = { reset(): void }\n',
  'src/api/clients.ts': "import { Client } from './schemas'\nimport { pause } from '../lib/abort'\nexport { Client, pause }\n",
  'src/lib/abort.ts': 'export const pause = () => Promise.resolve()\n',
  'src/components/Button.tsx': "import { useState } from 'react'\nexport const Button = () => useState(0)\n",
  'src/features/clients/ClientsPage.tsx':
    "import { useQuery } from '@tanstack/react-query'\nimport { Button } from '../../components/Button'\nimport { Client } from '../../api/schemas'\nexport { useQuery, Button, Client }\n",
  'src/features/channels/ChannelsPage.tsx': "import { Button } from '../../components/Button'\nexport { Button }\n",
  'src/app/App.tsx': "import { ClientsPage } from '../features/clients/ClientsPage'\nexport { ClientsPage }\n",
  'src/test/render.tsx': "import { ClientsPage } from '../features/clients/ClientsPage'\nexport { ClientsPage }\n",
  'src/features/clients/ClientsPage.test.tsx': "import '../channels/ChannelsPage'\n",
  'mocks/handlers/clients.ts':
    "import { http } from 'msw'\nimport { Client } from '../../src/api/schemas'\nimport type { DemoControls } from '../../src/api/demo'\nimport { db } from '../db/store'\nexport { http, Client, db }\nexport type { DemoControls }\n",
  'mocks/db/store.ts': 'export const db = {}\n',
  'mocks/handlers/clients.test.ts': "import { listClients } from '../../src/api/clients'\nexport { listClients }\n",
}

describe('the boundary check', () => {
  it('passes a project that keeps every rule', () => {
    expect(check(project(CLEAN))).toEqual({ ok: true, output: 'Boundaries: ok\n' })
  })

  it.each([
    [
      'a feature imports another feature',
      'src/features/channels/ChannelsPage.tsx',
      "import { ClientsPage } from '../clients/ClientsPage'\n",
      'src/features/channels/ChannelsPage.tsx: features/channels imports features/clients (features must not import each other)',
    ],
    [
      'shared code imports a feature',
      'src/lib/links.ts',
      "export { ClientsPage } from '../features/clients/ClientsPage'\n",
      'src/lib/links.ts: shared code (lib) imports features/clients',
    ],
    [
      'shared code imports the app',
      'src/components/Shell.tsx',
      "const App = await import('../app/App')\nexport { App }\n",
      'src/components/Shell.tsx: shared code (components) imports app',
    ],
    [
      'the API layer imports React',
      'src/api/hooks.ts',
      "import { useQuery } from '@tanstack/react-query'\nexport { useQuery }\n",
      'src/api/hooks.ts: the API layer imports @tanstack/react-query (api/ must not use React)',
    ],
    [
      'the API layer imports React itself',
      'src/api/context.ts',
      "import type { ReactNode } from 'react'\nexport type Node = ReactNode\n",
      'src/api/context.ts: the API layer imports react (api/ must not use React)',
    ],
    [
      'the mock imports console code beyond the schemas',
      'mocks/browser.ts',
      "import type { DemoControls } from '../src/lib/demo'\nexport type { DemoControls }\n",
      'mocks/browser.ts: the mock imports src/lib/demo (mocks/ may import only src/api/schemas and src/api/demo)',
    ],
    [
      'the mock imports the API client',
      'mocks/handlers/users.ts',
      "import { Client } from '../../src/api/clients'\nexport { Client }\n",
      'mocks/handlers/users.ts: the mock imports src/api/clients (mocks/ may import only src/api/schemas and src/api/demo)',
    ],
  ])('fails when %s', (_, path, text, problem) => {
    const result = check(project({ ...CLEAN, [path]: text }))
    expect(result).toEqual({ ok: false, output: `${problem}\n` })
  })
})
