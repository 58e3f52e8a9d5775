#!/usr/bin/env node
/**
 * Architecture rules oxlint cannot express:
 * - features never import each other (app/ composes them);
 * - shared code (api/, components/, lib/, data/) never imports features/ or app/;
 * - server state has one home, data/: features/ and components/ take from src/api/ only its schemas, errors and
 *   constants (and types); every request goes through data/. api/ and lib/ (pure helpers) never import data/;
 * - the API layer (src/api/) never imports React, so it runs unchanged in the mock, scripts and tests;
 * - the mock backend (mocks/) imports only its own code and the API contract: the zod schemas, and the type-only
 *   demo contract (src/api/demo.ts) it implements for the console. Its tests may drive it through the real API client.
 *
 * Usage: node scripts/check-boundaries.mjs [root] (root defaults to the working directory).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
/** Packages that pull React in: react itself, react-dom, @tanstack/react-query, react-hook-form, @hookform/…, @radix-ui/… */
const REACT_PACKAGE = /^(?:react(?:-[^/]+)?|@[^/]+\/react(?:-[^/]+)?|@hookform\/[^/]+|@radix-ui\/[^/]+)(?:\/|$)/

const isTest = (path) => /\.test\.tsx?$/.test(path) || path.split(sep).includes('test')
const inside = (path, dir) => path === dir || path.startsWith(dir + sep)

/** The non-test TypeScript files under `dir` (src/test/ holds test helpers). */
function sourceFiles(dir, base = dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path, base)
    return /\.(ts|tsx|mts)$/.test(name) && !isTest(relative(base, path)) ? [path] : []
  })
}

/** Specifiers of the imports that bring values (not `import type`, which costs nothing at run time). */
const VALUE_IMPORT = /(?:import|export)\s+(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]/g
const valueImportsOf = (file) => [...readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)].map((match) => match[1])

function importsOf(file) {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3])
}

/** Every broken rule under `root`, one line each. */
export function checkBoundaries(root) {
  const SRC = resolve(root, 'src')
  // What pages may take from the API layer besides types: no module here sends a request (config: the resolved
  // runtime configuration, read once at start-up by app/).
  const PAGES_MAY_IMPORT = ['schemas', 'errors', 'journal-operations', 'demo', 'config'].map((name) => join(SRC, 'api', name))
  const MOCKS = resolve(root, 'mocks')
  const MOCK_MAY_IMPORT = [join(SRC, 'api', 'schemas'), join(SRC, 'api', 'demo')]
  const problems = []
  const report = (file, message) => problems.push(`${relative(root, file)}: ${message}`)

  const area = (path) => {
    const parts = relative(SRC, path).split(sep)
    return parts[0] === 'features' ? `features/${parts[1]}` : parts[0]
  }
  const target = (file, spec) => resolve(dirname(file), spec).replace(/\.(ts|tsx|mts|js)$/, '')

  for (const file of sourceFiles(SRC)) {
    const from = area(file)
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) {
        if (from === 'api' && REACT_PACKAGE.test(spec)) report(file, `the API layer imports ${spec} (api/ must not use React)`)
        continue
      }
      const to = target(file, spec)
      if (!inside(to, SRC)) continue
      const toArea = area(to)
      if (from === toArea) continue
      const toFeature = toArea.startsWith('features/')
      if (from.startsWith('features/') && toFeature) report(file, `${from} imports ${toArea} (features must not import each other)`)
      if (['api', 'components', 'lib', 'data'].includes(from) && (toFeature || toArea === 'app')) {
        report(file, `shared code (${from}) imports ${toArea}`)
      }
      if (['api', 'lib'].includes(from) && toArea === 'data') report(file, `${from} imports data/ (only pages and app/ use server state)`)
    }
    if (from === 'components' || from.startsWith('features/')) {
      for (const spec of valueImportsOf(file).filter((s) => s.startsWith('.'))) {
        const to = target(file, spec)
        if (area(to) !== 'api' || PAGES_MAY_IMPORT.some((allowed) => inside(to, allowed))) continue
        report(file, `${from} imports ${relative(root, to)} (requests go through src/data/; take only types, schemas and errors from api/)`)
      }
    }
  }

  for (const file of sourceFiles(MOCKS)) {
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) {
        if (REACT_PACKAGE.test(spec)) report(file, `the mock imports ${spec} (mocks/ must not use React)`)
        continue
      }
      const to = target(file, spec)
      if (inside(to, MOCKS) || MOCK_MAY_IMPORT.some((allowed) => inside(to, allowed))) continue
      report(file, `the mock imports ${relative(root, to)} (mocks/ may import only src/api/schemas and src/api/demo)`)
    }
  }
  return problems
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = checkBoundaries(resolve(process.argv[2] ?? '.'))
  if (problems.length) {
    console.error(problems.join('\n'))
    process.exit(1)
  }
  console.log('Boundaries: ok')
}
