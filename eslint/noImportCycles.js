import path from 'node:path';
import { fileDependencies, importsOf, isRelative, resolveFile } from './imports.js';

/**
 * No module of src/ reaches itself through its imports. Every kind of import is an edge, dynamic `import()` and
 * `import type` included: a lazy import only delays the cycle (the chunks then load each other), and a
 * type-only cycle still means two modules that cannot be understood one without the other.
 *
 * The file being linted is read from the linter (so an editor's unsaved text counts); the rest of the graph from
 * disk. One search per file, breadth first from all its imports at once: each import that leads back is
 * reported with the shortest way round.
 */

const inside = (root, file) => !path.relative(root, file).startsWith('..');

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles between the modules of src/, dynamic imports included.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: { cycle: 'Import cycle: {{cycle}}. Move what both sides need into a module of its own, lower down.' },
  },
  create(context) {
    const root = path.resolve(context.cwd, context.options[0]?.root ?? 'src');
    const file = context.filename;
    if (!inside(root, file)) return {};
    const name = (f) => path.relative(root, f).split(path.sep).join('/');
    return {
      Program() {
        const { sourceCode } = context;
        /** How the search reached each file: the import of this file it started from, and the file before it. */
        const reachedBy = new Map();
        const queue = [];
        const report = (edge, last) => {
          const chain = [file];
          for (let f = last; f !== undefined; f = reachedBy.get(f).previous) chain.splice(1, 0, f);
          chain.push(file);
          context.report({
            loc: { start: sourceCode.getLocFromIndex(edge.start), end: sourceCode.getLocFromIndex(edge.end) },
            messageId: 'cycle',
            data: { cycle: chain.map(name).join(' → ') },
          });
        };
        for (const edge of importsOf(sourceCode.text).filter((i) => isRelative(i.specifier))) {
          const target = resolveFile(file, edge.specifier);
          if (target === undefined || !inside(root, target)) continue;
          if (target === file) report(edge, undefined);
          else if (!reachedBy.has(target)) {
            reachedBy.set(target, { edge, previous: undefined });
            queue.push(target);
          }
        }
        const reported = new Set();
        for (let i = 0; i < queue.length; i++) {
          const current = queue[i];
          const { edge } = reachedBy.get(current);
          for (const next of fileDependencies(current)) {
            if (next === file && !reported.has(edge)) {
              reported.add(edge);
              report(edge, current);
            } else if (next !== file && inside(root, next) && !reachedBy.has(next)) {
              reachedBy.set(next, { edge, previous: current });
              queue.push(next);
            }
          }
        }
      },
    };
  },
};
