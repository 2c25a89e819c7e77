/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { playwright } from '@vitest/browser-playwright';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export default defineConfig({
  base: './',
  plugins: [solid()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, sourcemap: false },
  preview: { port: 4173, strictPort: true },
  optimizeDeps: { include: ['dexie', 'ag-grid-community', 'zod', 'solid-js', 'solid-js/web', 'fake-indexeddb'] },
  test: {
    environment: 'node', // otherwise vite-plugin-solid asks for jsdom
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node',
        include: ['test/unit/**/*.test.ts', 'test/storage/**/*.test.ts'], setupFiles: ['fake-indexeddb/auto'] } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.{ts,tsx}'],
        browser: { enabled: true, headless: true, screenshotFailures: false,
          provider: playwright({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs } }),
          instances: [{ browser: 'chromium' }] } } },
      { extends: true, test: { name: 'e2e', environment: 'node', include: ['test/e2e/**/*.e2e.ts'],
        globalSetup: ['test/e2e/support/globalSetup.ts'], testTimeout: 60_000, hookTimeout: 60_000,
        fileParallelism: false } },
    ],
  },
});
