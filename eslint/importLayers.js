import path from 'node:path';
import { importsOf, isRelative, packageOf, targetPath } from './imports.js';

/**
 * The layers of src/: each folder imports only the folders and npm packages its entry in the table allows, so
 * the table is the whole architecture and a new library has to be given a place in it. It reads every kind of
 * import, `import type` and `import()` included: a type from ui/ in domain/ ties the layers as much as code does.
 */

/** The layer a path belongs to: the longest folder of the table that holds it, '.' for files directly in the root. */
function layerOf(root, file, layers) {
  const relative = path.relative(root, file).split(path.sep).join('/');
  if (relative.startsWith('..')) return undefined;
  const folders = Object.keys(layers).filter((l) => l !== '.').sort((a, b) => b.length - a.length);
  return folders.find((f) => relative.startsWith(`${f}/`)) ?? (relative.includes('/') ? relative.split('/')[0] : '.');
}

const allows = (patterns, name) =>
  patterns.some((p) => (p.endsWith('/*') ? name.startsWith(p.slice(0, -1)) : p === name));

const listed = (folders) => (folders.length ? folders.map((f) => (f === '.' ? 'src/' : `${f}/`)).join(', ') : 'nothing');

/** @type {import('eslint').Rule.RuleModule} */
export const importLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder of src/ imports only the folders and packages its layer allows.' },
    schema: [{
      type: 'object',
      properties: { root: { type: 'string' }, layers: { type: 'object' } },
      required: ['layers'],
      additionalProperties: false,
    }],
    messages: {
      folder: "{{from}}/ may import {{allowed}} besides itself, not {{to}}/ ('{{specifier}}').",
      package: "'{{name}}' is not for {{from}}/: {{where}}.",
      outside: "Imports stay inside {{root}}/ ('{{specifier}}').",
      unknownFolder: '{{from}}/ has no entry in the layer table of eslint.config.js.',
    },
  },
  create(context) {
    const { root: rootOption = 'src', layers } = context.options[0];
    const root = path.resolve(context.cwd, rootOption);
    const file = context.filename;
    const from = layerOf(root, file, layers);
    if (from === undefined) return {};
    return {
      Program() {
        const { sourceCode } = context;
        const at = (i) => ({ start: sourceCode.getLocFromIndex(i.start), end: sourceCode.getLocFromIndex(i.end) });
        const rule = layers[from];
        if (!rule) {
          context.report({ loc: { line: 1, column: 0 }, messageId: 'unknownFolder', data: { from } });
          return;
        }
        for (const i of importsOf(sourceCode.text)) {
          if (isRelative(i.specifier)) {
            const to = layerOf(root, targetPath(file, i.specifier), layers);
            if (to === undefined) context.report({ loc: at(i), messageId: 'outside', data: { root: rootOption, specifier: i.specifier } });
            else if (to !== from && !rule.imports.includes(to)) {
              context.report({ loc: at(i), messageId: 'folder', data: { from, to, allowed: listed(rule.imports), specifier: i.specifier } });
            }
            continue;
          }
          const name = packageOf(i.specifier);
          if (allows(rule.packages, name)) continue;
          const owners = Object.keys(layers).filter((l) => allows(layers[l].packages, name));
          const where = owners.length
            ? `only ${listed(owners)} import${owners.length === 1 ? 's' : ''} it`
            : 'no folder imports it yet (give it a layer in eslint.config.js)';
          context.report({ loc: at(i), messageId: 'package', data: { name, from, where } });
        }
      },
    };
  },
};
