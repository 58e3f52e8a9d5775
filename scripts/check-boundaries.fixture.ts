import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach } from 'vitest'

/** For the boundary check's tests: small projects written to temporary folders, and the script run on them. */
const SCRIPT = join(import.meta.dirname, 'check-boundaries.mjs')

let roots: string[] = []
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
  roots = []
})

/** A temporary project of `files` (path → text), removed after the test. */
export function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'boundaries-'))
  roots.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

/** The check run on `root`: whether it passed, and what it printed (stderr when it failed). */
export function check(root: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync('node', [SCRIPT, root], { encoding: 'utf8', stdio: 'pipe' }) }
  } catch (error) {
    return { ok: false, output: String((error as { stderr: string }).stderr) }
  }
}
