import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production build is served, e.g. `http://127.0.0.1:39123/` (with the trailing slash). */
    baseURL: string;
    /** The folder the server serves from: a copy of dist/ made for this run, which a test may change. */
    servedDir: string;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Serves the production build in dist/ (built by `vite build` before vitest runs) with Vite's own
 * preview server, on a free port of the loopback interface, and hands its address to the tests.
 * It serves a copy made for this run in a temporary folder: a test that plays the host publishing a new
 * version changes the copy, so neither dist/ nor another run serving it at the same time sees the change.
 */
export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const outDir = resolve(root, 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`The e2e tests run against the production build, but ${outDir}/index.html is missing. Run \`npx vite build\` first (npm test does).`);
  }
  const servedDir = mkdtempSync(join(tmpdir(), 'dvctt-e2e-dist-'));
  cpSync(outDir, servedDir, { recursive: true });
  const removeCopy = () => rmSync(servedDir, { recursive: true, force: true });
  let server: PreviewServer;
  try {
    server = await preview({
      root,
      logLevel: 'warn',
      build: { outDir: servedDir },
      // Port 0: the system picks a free port, so a developer's own `vite preview` on 4173 is never disturbed.
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    });
  } catch (e) {
    removeCopy();
    throw e;
  }
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') {
    await server.close();
    removeCopy();
    throw new Error('The preview server is not listening.');
  }
  provide('baseURL', `http://127.0.0.1:${address.port}/`);
  provide('servedDir', servedDir);
  return async () => {
    await server.close();
    removeCopy();
  };
}
