import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
            testTimeout: 15_000,
            setupFiles: ['./src/test/setup-node.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
            // Rendering whole pages in jsdom is slow on a busy 2-core machine.
            testTimeout: 20_000,
            setupFiles: ['./src/test/setup-dom.ts'],
          },
        },
      ],
    },
  }),
)
