import tseslint from 'typescript-eslint';
import solid from 'eslint-plugin-solid/configs/typescript';

// The import direction of the architecture: ui → state → {domain, storage, io}; storage, io → domain; domain → nothing.
const only = (message, patterns) => ({ 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] });
// The libraries that read and write files: only io/ uses them.
const fileLibraries = ['papaparse', 'fflate'];
const libraries = ['dexie', 'ag-grid-community', '@ag-grid-community/*', ...fileLibraries, 'solid-js', 'solid-js/*'];

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
  { files: ['src/domain/**'], rules: only('domain/ is pure: it imports nothing outside domain/.',
      [...libraries, '**/storage/**', '**/state/**', '**/ui/**', '**/io/**']) },
  { files: ['src/storage/**'], rules: only('storage/ depends only on domain/ and dexie.',
      ['ag-grid-community', '@ag-grid-community/*', ...fileLibraries, 'solid-js', 'solid-js/*', '**/state/**', '**/ui/**', '**/io/**']) },
  { files: ['src/io/**'], rules: only('io/ reads and writes files: it depends only on domain/, zod, papaparse and fflate.',
      ['dexie', 'ag-grid-community', '@ag-grid-community/*', 'solid-js', 'solid-js/*', '**/storage/**', '**/state/**', '**/ui/**']) },
  { files: ['src/state/**'], rules: only('state/ must not import ui/, the grid library, or the file libraries (io/ uses them).',
      ['ag-grid-community', '@ag-grid-community/*', ...fileLibraries, '**/ui/**']) },
  { files: ['src/ui/**'], ignores: ['src/ui/grid/**'], rules: only('Only ui/grid/ talks to AG Grid; ui/ reaches storage through state/ and files through io/.',
      ['ag-grid-community', '@ag-grid-community/*', 'dexie', '**/storage/**', ...fileLibraries]) },
  { files: ['test/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
