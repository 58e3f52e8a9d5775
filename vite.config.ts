import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { cspMeta } from './scripts/csp.ts'
import { preloadFirstScreen } from './scripts/preload.ts'
import { staticSignInCard } from './scripts/sign-in-card.ts'
import { magistralaProxy, PROXIED_URLS, proxyTargetsFromEnv } from './scripts/proxy.ts'

/**
 * Magistrala's services send no CORS headers, so a real backend is reached through a same-origin proxy:
 * `MG_PROXY_TARGET=http://gateway npm start` routes /api/* to the gateway and /api/bootstrap, /api/journal, /api/certs
 * to their own ports (scripts/proxy.ts), and points the console at them unless VITE_API_URL says otherwise.
 */
const proxyTargets = proxyTargetsFromEnv(process.env)
if (proxyTargets && !process.env.VITE_API_URL) Object.assign(process.env, PROXIED_URLS)
const proxy = proxyTargets && magistralaProxy(proxyTargets)

/**
 * react-router's package exports resolve its development build in every mode, dev warnings on
 * (remix-run/react-router#14102); production builds take the production files it ships beside them.
 */
function reactRouterProductionBuild(): Plugin {
  const dist = fileURLToPath(new URL('./node_modules/react-router/dist/production/', import.meta.url))
  return {
    name: 'react-router-production-build',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^react-router$/, replacement: `${dist}index.mjs` },
          { find: /^react-router\/dom$/, replacement: `${dist}dom-export.mjs` },
        ],
      },
    }),
  }
}

/** A live build (VITE_API_URL set) cannot run the mock backend: it ships without MSW's service worker script. */
function liveBuildWithoutMockWorker(): Plugin {
  let outDir = 'dist'
  return {
    name: 'live-build-without-mock-worker',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    closeBundle: () => {
      if (process.env.VITE_API_URL) rmSync(join(outDir, 'mockServiceWorker.js'), { force: true })
    },
  }
}

export default defineConfig({
  plugins: [react(), staticSignInCard(), cspMeta(), preloadFirstScreen(), reactRouterProductionBuild(), liveBuildWithoutMockWorker()],
  server: { port: 5173, proxy },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, proxy },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // Everything the entry imports statically in one chunk: the first screen downloads two scripts instead of twenty
    // (on a slow mobile network each request costs round trips). src/main.tsx starts without a top-level await: a
    // chunk it imports while starting (the mock backend) imports this one, which must have finished evaluating.
    // Then the sign-in page as one chunk, and the way most sign-ins go as two: the requests that start with the session
    // (app/landing.ts and the data layer, small, so they leave as soon as the tokens are in) and the domain's shell with
    // the clients page. They were forty files, which queued six at a time in front of the sign-in's own API calls when
    // the operator was quick (a password manager).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            { name: 'login', test: /src[\\/]features[\\/]auth[\\/]LoginPage\.tsx$/ },
            { name: 'api', test: /src[\\/]api[\\/]/ },
            { name: 'sign-in', test: /src[\\/]app[\\/]landing\.ts$/ },
            {
              name: 'landing',
              test: /src[\\/](app[\\/]DomainIndex\.tsx|app[\\/]layout[\\/]DomainLayout\.tsx|features[\\/]clients[\\/]ClientsPage\.tsx)$/,
            },
          ],
        },
      },
    },
  },
})
