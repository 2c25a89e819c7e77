/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { playwright } from '@vitest/browser-playwright';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The app carries its own Content-Security-Policy, since it is served from whatever static host an office
 * has: no inline script, no eval, nothing fetched from elsewhere. AG Grid injects its theme as <style>
 * elements: they are allowed by a nonce made for each build (and handed to the grid), not by 'unsafe-inline'.
 * Style attributes (positions and sizes set by the grid and by Solid templates) are allowed: they cannot run code.
 */
const styleNonce = randomBytes(16).toString('base64');
const csp = [
  "default-src 'self'", "script-src 'self'", `style-src 'self' 'nonce-${styleNonce}'`, `style-src-elem 'self' 'nonce-${styleNonce}'`,
  "style-src-attr 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self'", "connect-src 'self'", "worker-src 'self' blob:", "manifest-src 'self'", "object-src 'none'",
  "base-uri 'self'", "form-action 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'dvctt-content-security-policy',
  apply: 'build', // the dev server injects inline code of its own
  transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`),
});

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export default defineConfig(({ command }) => ({
  base: './',
  plugins: [
    solid(),
    contentSecurityPolicy(),
    VitePWA({
      // The user chooses when a new version takes over ("Có phiên bản mới — tải lại"), never mid-edit.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Kế hoạch giao chỉ tiêu DVCTT',
        short_name: 'Chỉ tiêu DVCTT',
        description: 'Phân bổ chỉ tiêu dịch vụ công trực tuyến cho cấp xã',
        lang: 'vi',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f8fafc',
        theme_color: '#7f1d1d',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
        // Opening a plan file from the desktop, where the platform supports it.
        file_handlers: [{ action: './', accept: { 'application/json': ['.json'], 'text/csv': ['.csv'] } }],
      } as Record<string, unknown>,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __STYLE_NONCE__: JSON.stringify(command === 'build' ? styleNonce : ''),
  },
  build: {
    target: 'es2022', chunkSizeWarningLimit: 1500, sourcemap: false,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  preview: { port: 4173, strictPort: true },
  optimizeDeps: { include: ['dexie', 'ag-grid-community', 'zod', 'solid-js', 'solid-js/web', 'fake-indexeddb', 'papaparse'] },
  test: {
    environment: 'node', // otherwise vite-plugin-solid asks for jsdom
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node',
        include: ['test/unit/**/*.test.ts', 'test/storage/**/*.test.ts'], setupFiles: ['fake-indexeddb/auto'],
        // Some tests work on every commune of Vietnam (10,598 units): seconds on a busy 2-core machine, not a failure.
        testTimeout: 30_000 } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.{ts,tsx}'],
        browser: { enabled: true, headless: true, screenshotFailures: false,
          provider: playwright({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs } }),
          instances: [{ browser: 'chromium' }] } } },
      { extends: true, test: { name: 'e2e', environment: 'node', include: ['test/e2e/**/*.e2e.ts'],
        globalSetup: ['test/e2e/support/globalSetup.ts'], testTimeout: 60_000, hookTimeout: 60_000,
        fileParallelism: false } },
    ],
  },
}));
