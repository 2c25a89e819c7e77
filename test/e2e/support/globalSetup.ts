import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production build is served, e.g. `http://127.0.0.1:39123/` (with the trailing slash). */
    baseURL: string;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Serves the production build in dist/ (built by `vite build` before vitest runs) with Vite's own
 * preview server, on a free port of the loopback interface, and hands its address to the tests.
 */
export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const outDir = resolve(root, 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`The e2e tests run against the production build, but ${outDir}/index.html is missing. Run \`npx vite build\` first (npm test does).`);
  }
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    // Port 0: the system picks a free port, so a developer's own `vite preview` on 4173 is never disturbed.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('The preview server is not listening.');
  }
  provide('baseURL', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
