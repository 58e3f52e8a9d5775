/**
 * `npm run live`: a production-like deployment on one machine. The console's live build is served at `/` and the
 * fake Magistrala (`npm run server`) behind the same origin under `/api`, each service proxied to its own port, as
 * an operator deploys it behind nginx. Builds the console first when the build is missing or older than its sources.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build, preview } from 'vite'
import { startFakeMagistrala } from '../../mocks/server'
import { PROXIED_URLS } from '../proxy'
import { BACKEND_OPTIONS, backendOptions, closeOnSignal, readOptions, type Option } from './options'

const ROOT = resolve(import.meta.dirname, '../..')
export const LIVE_OUT_DIR = 'dist-live'

const SUMMARY = `Builds the console in live mode (if needed) and serves it with the fake Magistrala of \`npm run server\`
behind one origin: the console at /, the gateway at /api, bootstrap, journal and certs at /api/bootstrap,
/api/journal and /api/certs, each proxied to its own port. The backend's ports default to free ones.`

const OPTIONS: Option[] = [
  { flag: 'port', env: 'FLEET_CONSOLE_PORT', help: "the console's port", fallback: '4180' },
  { flag: 'build', env: 'FLEET_BUILD', help: 'build even when the build looks current', fallback: 'false', isSwitch: true },
  { flag: 'no-build', env: 'FLEET_NO_BUILD', help: 'serve the existing build as it is', fallback: 'false', isSwitch: true },
  { flag: 'build-only', env: 'FLEET_BUILD_ONLY', help: 'build if needed, then exit', fallback: 'false', isSwitch: true },
  ...BACKEND_OPTIONS.map((o) => (o.flag.endsWith('-port') ? { ...o, fallback: '0' } : o)),
]

/** The newest modification time under these paths (files and folders, recursively). */
function newest(paths: string[]): number {
  let latest = 0
  const visit = (path: string) => {
    if (!existsSync(path)) return
    const stat = statSync(path)
    latest = Math.max(latest, stat.mtimeMs)
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name))
  }
  paths.forEach((p) => visit(join(ROOT, p)))
  return latest
}

function isStale(): boolean {
  const index = join(ROOT, LIVE_OUT_DIR, 'index.html')
  if (!existsSync(index)) return true
  const sources = [
    'src',
    'public',
    'index.html',
    'vite.config.ts',
    'scripts/csp.ts',
    'scripts/preload.ts',
    'scripts/sign-in-card.ts',
    'scripts/proxy.ts',
    'package-lock.json',
  ]
  return newest(sources) > statSync(index).mtimeMs
}

const read = readOptions('npm run live --', SUMMARY, OPTIONS)
if (read.isOn('build') || (!read.isOn('no-build') && isStale())) {
  console.log(`building the console in live mode into ${LIVE_OUT_DIR}/`)
  // The console reaches every service under /api, as vite.config.ts's proxy (and the README's nginx) lays them out.
  Object.assign(process.env, PROXIED_URLS)
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: LIVE_OUT_DIR, emptyOutDir: true } })
}
if (read.isOn('build-only')) process.exit(0)

const backend = await startFakeMagistrala(backendOptions(read))
// vite.config.ts reads the proxy targets from the environment.
Object.assign(process.env, {
  MG_PROXY_TARGET: backend.urls.gateway,
  MG_BOOTSTRAP_TARGET: backend.urls.bootstrap,
  MG_JOURNAL_TARGET: backend.urls.journal,
  MG_CERTS_TARGET: backend.urls.certs,
  MG_READERS_TARGET: backend.urls.readers,
})
const host = read.value('host')
const server = await preview({
  root: ROOT,
  logLevel: 'warn',
  build: { outDir: LIVE_OUT_DIR },
  // Like the nginx in front of a deployment: no CORS headers (Vite's preview would allow localhost origins).
  preview: { host, port: read.number('port', 0, 65535), strictPort: true, open: false, cors: false },
}).catch(async (error: Error) => {
  await backend.close()
  console.error(`The console cannot be served: ${error.message}`)
  process.exit(1)
})
for (const [service, url] of Object.entries(backend.urls)) console.log(`${service.padEnd(9)} ${url}`)
console.log(`console   ${server.resolvedUrls?.local[0] ?? `http://${host}:${read.value('port')}/`}`)
closeOnSignal(() => Promise.all([server.close(), backend.close()]))
