import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin, type ProxyOptions } from 'vite'
import react from '@vitejs/plugin-react'
import { cspMeta } from './scripts/csp.ts'

/**
 * Magistrala's services send no CORS headers, so a real backend must be reached same-origin.
 * `MG_PROXY_TARGET=http://gateway VITE_API_URL=/api npm start` proxies /api/* to it in development.
 */
function magistralaProxy(): Record<string, ProxyOptions> | undefined {
  const target = process.env.MG_PROXY_TARGET
  if (!target) return undefined
  return { '/api': { target, changeOrigin: true, rewrite: (path) => path.replace(/^\/api/, '') } }
}

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

export default defineConfig({
  plugins: [react(), cspMeta(), reactRouterProductionBuild()],
  server: { port: 5173, proxy: magistralaProxy() },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, proxy: magistralaProxy() },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
})
