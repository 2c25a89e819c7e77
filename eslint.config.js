import tseslint from 'typescript-eslint';
import solid from 'eslint-plugin-solid/configs/typescript';
import { importLayers } from './eslint/importLayers.js';
import { noImportCycles } from './eslint/noImportCycles.js';

/**
 * The architecture: what each folder of src/ may import, besides itself. Anything else is an error, so a new
 * library has to be given its place here. The direction: ui → state → {storage, io} → domain, and domain → nothing.
 * ui/ also imports io/ (the file formats it previews, the pure serialisers of what it downloads) and domain/;
 * io/ never imports ui/, state/ or storage/, and ui/ reaches storage only through state/. '.' is src/ itself.
 * schema/ is the plan's shape in every version, its one migration chain and `restorePlan`: files (io/) and the
 * records read from IndexedDB (storage/) both go through it, so it sits below both, beside domain/, and is
 * the one other place zod is used (it imports nothing but domain/ and zod).
 */
const layers = {
  domain: { imports: [], packages: [] },
  schema: { imports: ['domain'], packages: ['zod'] },
  storage: { imports: ['domain', 'schema'], packages: ['dexie'] },
  io: { imports: ['domain', 'schema'], packages: ['zod', 'papaparse', 'fflate', 'read-excel-file', 'write-excel-file'] }, // every file library lives here
  state: { imports: ['domain', 'schema', 'storage', 'io'], packages: ['solid-js', 'virtual:pwa-register'] },
  ui: { imports: ['domain', 'schema', 'io', 'state', 'ui/grid'], packages: ['solid-js'] },
  'ui/grid': { imports: ['domain', 'io', 'state', 'ui'], packages: ['solid-js', 'ag-grid-community', '@ag-grid-community/*'] },
  '.': { imports: ['state', 'ui'], packages: ['solid-js'] },
};

const local = { meta: { name: 'dvctt-local' }, rules: { 'import-layers': importLayers, 'no-import-cycles': noImportCycles } };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench-results/', '.bench/', '**/*.tmp.mjs'] },
  ...tseslint.configs.recommended,
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }] } },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...solid,
    rules: { ...solid.rules },
  },
  // state/ is plain TypeScript that reads signals imperatively, not components: the component rule misfires there.
  { files: ['src/state/**'], rules: { 'solid/reactivity': 'off' } },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local },
    rules: { 'local/import-layers': ['error', { root: 'src', layers }], 'local/no-import-cycles': ['error', { root: 'src' }] },
  },
  // Storage is reached through its one facade (storage/store.ts): no Dexie object or record module beyond it.
  { files: ['src/state/**'], rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)storage/(?!store$)',
    message: 'state/ reaches storage through storage/store.ts only.' }] }] } },
  { files: ['test/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
