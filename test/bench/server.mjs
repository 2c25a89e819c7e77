// @ts-check
/** A static server for the benchmark: the built app at `/`, the benchmark's pages at `/bench/`, one origin. */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** Maps a URL path to a file: `/bench/…` in `pagesDir`, anything else in `appDir`. */
export const fileFor = (/** @type {string} */ path, /** @type {{ appDir: string, pagesDir: string }} */ dirs) => {
  const clean = normalize(decodeURIComponent(path.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  if (clean.startsWith('/bench/')) return join(dirs.pagesDir, clean.slice('/bench/'.length));
  return join(dirs.appDir, clean === '/' ? 'index.html' : clean);
};

/** Serves until closed; hashed assets are cached like a web server would, pages are revalidated. */
export async function serve(/** @type {{ appDir: string, pagesDir: string }} */ dirs) {
  const server = createServer(async (req, res) => {
    const file = fileFor(req.url ?? '/', dirs);
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
        'cache-control': /\/assets\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { base: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}
