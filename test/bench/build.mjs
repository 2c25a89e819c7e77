// @ts-check
/** Builds what the benchmark serves: the app (as `vite build` makes it) and the floor's pages (test/bench/pages). */
import { join } from 'node:path';
import { build } from 'vite';
import { dirs, log, PROFILE, root } from './cli.mjs';

export async function buildAll() {
  log('Building the app and the benchmark pages…');
  // Hidden source maps (the same code, no comment pointing at them) only when profiling: the profile names packages.
  const sourcemap = PROFILE ? 'hidden' : false;
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dirs.appDir, emptyOutDir: true, sourcemap } });
  const pages = join(root, 'test/bench/vite.config.ts');
  for (const [i, page] of ['minimal', 'floor'].entries()) {
    await build({ configFile: pages, build: { outDir: dirs.pagesDir, emptyOutDir: i === 0, sourcemap, rollupOptions: { input: join(root, `test/bench/pages/${page}.html`) } } });
  }
}
