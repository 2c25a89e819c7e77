import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The benchmark's own pages (see run.mjs), served under /bench/ next to the built app. The runner builds
 * each page on its own (`build.rollupOptions.input`), so the minimal page's JavaScript is exactly what it needs.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  base: '/bench/',
  plugins: [solid()],
  define: { __APP_VERSION__: JSON.stringify(version), __STYLE_NONCE__: JSON.stringify('') },
  logLevel: 'warn',
  build: { target: 'es2022', chunkSizeWarningLimit: 5000, sourcemap: false },
});
