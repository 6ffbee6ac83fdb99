import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 4500, target: 'es2022' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    reporters: ['default', './test/vitest-totals-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/ui/**', 'test/viz/**', 'test/e2e/**'],
        },
      },
      {
        extends: true,
        resolve: { conditions: ['module', 'browser', 'development|production'] },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/ui/**/*.test.ts', 'test/viz/**/*.test.ts'],
          setupFiles: ['./test/setup-dom.ts'],
        },
      },
    ],
  },
});
