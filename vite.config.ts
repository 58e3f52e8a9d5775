import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The dev and preview servers share one port so the printed URL is the same for `npm start` and e2e.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
})
