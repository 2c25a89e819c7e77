import ts from 'typescript';
import fs from 'node:fs';
import path from 'node:path';

/**
 * What a module imports, read the way TypeScript's own pre-processor reads it: static imports, `export … from`,
 * `import type`, type positions (`import('./x').T`) and dynamic `import()`. The lazy imports matter most here:
 * they are where the app's one import cycle hid, and a bundler happily splits a cycle into chunks that then
 * wait for each other.
 * @param {string} text the module's source
 * @returns {{ specifier: string, start: number, end: number }[]} each import, with the offsets of its specifier
 */
export function importsOf(text) {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map((f) => ({ specifier: f.fileName, start: f.pos, end: f.end }));
}

const extensions = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '/index.ts', '/index.tsx', '/index.js'];

const isFile = (file) => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The path a relative specifier points to (a query such as Vite's `?url` dropped), whether or not the file exists. */
export const targetPath = (fromFile, specifier) => path.resolve(path.dirname(fromFile), specifier.replace(/\?.*$/, ''));

/** The file a relative specifier resolves to as the bundler finds it (extension optional), or undefined. */
export function resolveFile(fromFile, specifier) {
  const target = targetPath(fromFile, specifier);
  for (const extension of extensions) if (isFile(target + extension)) return target + extension;
  return undefined;
}

export const isRelative = (specifier) => specifier.startsWith('./') || specifier.startsWith('../');

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; `virtual:…` modules are kept whole. */
export function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * The relative imports of a file on disk, resolved to files, remembered while the file keeps its size and time:
 * every file linted walks the graph again, so reading and parsing each file once per run keeps the lint fast.
 */
const graphCache = new Map();
export function fileDependencies(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  const cached = graphCache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.dependencies;
  const dependencies = importsOf(fs.readFileSync(file, 'utf8'))
    .filter((i) => isRelative(i.specifier))
    .map((i) => resolveFile(file, i.specifier))
    .filter((f) => f !== undefined);
  graphCache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, dependencies });
  return dependencies;
}
