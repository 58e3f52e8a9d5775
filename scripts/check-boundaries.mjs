#!/usr/bin/env node
/**
 * Architecture rules oxlint cannot express: features never import each other (app/ composes them),
 * and shared code (api/, components/, lib/) never imports features/ or app/.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'

const SRC = resolve('src')
const problems = []

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (/\.(ts|tsx)$/.test(name)) checkFile(path)
  }
}

const area = (path) => {
  const parts = relative(SRC, path).split('/')
  return parts[0] === 'features' ? `features/${parts[1]}` : parts[0]
}

function checkFile(file) {
  if (/\.test\.tsx?$/.test(file) || file.includes('/test/')) return
  const from = area(file)
  const source = readFileSync(file, 'utf8')
  for (const match of source.matchAll(/(?:import|export)[^'"]*from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    const spec = match[1] ?? match[2]
    const target = resolve(dirname(file), spec)
    if (!target.startsWith(SRC)) continue
    const to = area(target)
    if (from === to) continue
    const fromFeature = from.startsWith('features/')
    const toFeature = to.startsWith('features/')
    if (fromFeature && toFeature) problems.push(`${relative('.', file)}: ${from} imports ${to} (features must not import each other)`)
    if (['api', 'components', 'lib'].includes(from) && (toFeature || to === 'app')) {
      problems.push(`${relative('.', file)}: shared code (${from}) imports ${to}`)
    }
  }
}

walk(SRC)
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log('Feature boundaries: ok')
