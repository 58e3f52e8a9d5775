import type { Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import { RUNTIME_CONFIG_PATH } from '../src/api/config.ts'
import { CONFIG_PATH, firstScreenPreloads } from './preload.ts'

/** Just what the plugin reads of a chunk. */
const chunk = (fileName: string, imports: string[], css: string[] = [], facadeModuleId: string | null = null) =>
  ({
    type: 'chunk',
    fileName,
    imports,
    facadeModuleId,
    moduleIds: facadeModuleId ? [facadeModuleId] : [],
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  }) as unknown as Rollup.OutputChunk

describe("index.html's preloads for the first screen", () => {
  const entry = chunk('assets/index.js', ['assets/react.js', 'assets/shared.js'], ['assets/index.css'], '/app/index.html')
  const bundle: Rollup.OutputBundle = Object.fromEntries(
    [
      entry,
      chunk('assets/react.js', []),
      chunk('assets/shared.js', ['assets/react.js']),
      chunk('assets/LoginPage.js', ['assets/shared.js', 'assets/Field.js'], ['assets/auth.css'], '/app/src/features/auth/LoginPage.tsx'),
      chunk('assets/Field.js', ['assets/react.js', 'assets/icons.js'], ['assets/field.css']),
      chunk('assets/icons.js', []),
      chunk('assets/ClientsPage.js', ['assets/shared.js'], ['assets/clients.css'], '/app/src/features/clients/ClientsPage.tsx'),
    ].map((c) => [c.fileName, c]),
  )
  const hrefs = (rel: string) =>
    firstScreenPreloads(bundle, entry, '/console/')
      .filter((tag) => tag.attrs?.rel === rel)
      .map((tag) => `${tag.attrs?.href}${tag.attrs?.as ? ` as ${tag.attrs.as}` : ''}`)

  it('fetches config.json, where the console reads it, beside the entry script', () => {
    expect(CONFIG_PATH).toBe(RUNTIME_CONFIG_PATH)
    const [tag] = firstScreenPreloads(bundle, entry, '/console/').filter((t) => t.attrs?.href === CONFIG_PATH)
    // The console's fetch (cors mode, same-origin credentials) takes a preload made like this: e2e/live checks one read.
    expect(tag.attrs).toEqual({ rel: 'preload', href: '/config.json', as: 'fetch', crossorigin: true })
  })

  it("loads the sign-in route's chunks and applies the styles that the entry does not bring, and nothing of other routes", () => {
    expect(hrefs('modulepreload')).toEqual(['/console/assets/LoginPage.js', '/console/assets/Field.js', '/console/assets/icons.js'])
    expect(hrefs('preload')).toEqual(['/config.json as fetch'])
    expect(hrefs('stylesheet')).toEqual(['/console/assets/auth.css', '/console/assets/field.css'])
  })

  it('finds the sign-in route in a named group chunk, which has no facade module', () => {
    const login = chunk('assets/login.js', ['assets/react.js'], ['assets/login.css'])
    login.moduleIds = ['/app/src/components/ui/Field.tsx', '/app/src/features/auth/LoginPage.tsx']
    const { ['assets/LoginPage.js']: _login, ...others } = bundle
    const tags = firstScreenPreloads({ ...others, [login.fileName]: login }, entry, '/')
    expect(tags.map((tag) => tag.attrs?.href)).toEqual(['/config.json', '/assets/login.js', '/assets/login.css'])
  })

  it('preloads only config.json when the build has no sign-in route', () => {
    const { ['assets/LoginPage.js']: _login, ...without } = bundle
    expect(firstScreenPreloads(without, entry, '/').map((tag) => tag.attrs?.href)).toEqual(['/config.json'])
  })
})
