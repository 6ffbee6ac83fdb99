import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './tools/csp/vitePlugin.ts';
import { lessonText } from './tools/lessonText/vitePlugin.ts';
import { precompiledValidators } from './tools/validators/vitePlugin.ts';

export default defineConfig({
  plugins: [
    // the JSON-Schema validators as ajv standalone code, generated from the schemas (docs/ARCHITECTURE.md)
    precompiledValidators(),
    // each lesson.md with its text rendered to sanitized HTML, so the page never runs the markdown parser
    lessonText(),
    svelte(),
    // the built page carries its Content Security Policy (tools/csp/policy.ts)
    contentSecurityPolicy(),
    // a service worker precaches the whole build, Monaco and its workers included, so the app reloads offline
    VitePWA({
      registerType: 'autoUpdate',
      // src/main.ts registers the worker once the app is drawn and idle
      injectRegister: false,
      manifest: {
        name: 'ECS Sandbox',
        short_name: 'ECS Sandbox',
        description: 'Learn Amazon ECS by running it in your browser.',
        theme_color: '#1f3a5f',
        background_color: '#f6f7f9',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,ttf,woff2,png}'],
        // the Monaco chunk is about 4 MB; the 2 MiB default would silently leave it out of the precache
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    chunkSizeWarningLimit: 4500,
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // the cluster map's pieces that lazily loaded code (the placement replay, the what-if panel, the
            // explainer) shares: left to themselves they split into five small chunks of the first page, and the
            // extra requests cost about 2 KB and 50 ms of startup; one chunk keeps them together
            {
              name: 'map',
              test: /src[\\/](viz[\\/](clusterMap[\\/](layout|model|instances|blocks|styles)|shared[\\/](scales|join|theme)|explainer[\\/]model)\.ts|ui[\\/]workbench[\\/]placementReplay\.svelte\.ts)/,
            },
            // a lesson's code (scenario, goals, solution, quiz and their helpers) as one chunk, fetched when the
            // lesson opens (src/course/loader.ts): its text stays with the list, its modules load together
            {
              debugName: 'lesson code',
              name: (id: string) => /lessons[\\/](\d\d-[a-z0-9-]+)[\\/]/.exec(id)?.[1] ?? null,
              test: /lessons[\\/]\d\d-[a-z0-9-]+[\\/][^\\/]+\.ts$/,
              // by default a group takes the modules it imports too: here that would be the engine and the course
              // helpers, pulled off the first page into the first lesson's chunk
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
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
          setupFiles: ['./test/setup-engine.ts'],
        },
      },
      {
        extends: true,
        resolve: { conditions: ['module', 'browser', 'development|production'] },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/ui/**/*.test.ts', 'test/viz/**/*.test.ts'],
          setupFiles: ['./test/setup-engine.ts', './test/setup-dom.ts'],
        },
      },
    ],
  },
});
