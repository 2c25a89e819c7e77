import { ESLint, type Linter } from 'eslint';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer table and the cycle rule of eslint.config.js, run through ESLint with the project's own config: each
 * forbidden import, planted in a file of the folder it is forbidden in, is reported; the imports each folder is
 * allowed are not; and the real tree has neither a forbidden import nor a cycle.
 */
const repo = path.resolve(import.meta.dirname, '../..');
const ourRules = new Set(['local/import-layers', 'local/no-import-cycles', 'no-restricted-imports']);
const eslint = new ESLint({ cwd: repo, ruleFilter: ({ ruleId }) => ourRules.has(ruleId) });

async function lint(code: string, file: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repo, file) });
  return result!.messages;
}

const forbidden: [folder: string, file: string, code: string, says: string][] = [
  ['domain', 'src/domain/__lint_probe__.ts', "import { z } from 'zod';", "'zod' is not for domain/: only schema/, io/ import it"],
  ['domain', 'src/domain/__lint_probe__.ts', "import Dexie from 'dexie';", "'dexie' is not for domain/: only storage/ imports it"],
  ['domain', 'src/domain/__lint_probe__.ts', "import type { MessageKey } from '../ui/i18n/vi';", 'domain/ may import nothing besides itself, not ui/'],
  ['domain', 'src/domain/__lint_probe__.ts', "export const load = () => import('../io/csvImport');", 'domain/ may import nothing besides itself, not io/'],
  ['domain', 'src/domain/__lint_probe__.ts', "import { createSignal } from 'solid-js';", "'solid-js' is not for domain/"],
  ['storage', 'src/storage/__lint_probe__.ts', "import Papa from 'papaparse';", "'papaparse' is not for storage/: only io/ imports it"],
  ['storage', 'src/storage/__lint_probe__.ts', "import type { CsvPreview } from '../io/csvImport';", 'storage/ may import domain/, schema/ besides itself, not io/'],
  ['io', 'src/io/__lint_probe__.ts', "import Dexie from 'dexie';", "'dexie' is not for io/"],
  ['io', 'src/io/__lint_probe__.ts', "import { language } from '../state/language';", 'io/ may import domain/, schema/ besides itself, not state/'],
  ['io', 'src/io/__lint_probe__.ts', "import { t } from '../ui/i18n/t';", 'io/ may import domain/, schema/ besides itself, not ui/'],
  ['state', 'src/state/__lint_probe__.ts', "import Dexie from 'dexie';", "'dexie' is not for state/: only storage/ imports it"],
  ['state', 'src/state/__lint_probe__.ts', "import Papa from 'papaparse';", "'papaparse' is not for state/"],
  ['state', 'src/state/__lint_probe__.ts', "import { zipSync } from 'fflate';", "'fflate' is not for state/"],
  ['state', 'src/state/__lint_probe__.ts', "export const load = () => import('../ui/onDemand');", 'state/ may import domain/, schema/, storage/, io/ besides itself, not ui/'],
  ['state', 'src/state/__lint_probe__.ts', "import { createGrid } from 'ag-grid-community';", "'ag-grid-community' is not for state/: only ui/grid/ imports it"],
  ['ui', 'src/ui/plan/__lint_probe__.ts', "import { createGrid } from 'ag-grid-community';", "'ag-grid-community' is not for ui/: only ui/grid/ imports it"],
  ['ui', 'src/ui/plan/__lint_probe__.ts', "import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';", "'@ag-grid-community/locale' is not for ui/: only ui/grid/"],
  ['ui', 'src/ui/plan/__lint_probe__.ts', "import Papa from 'papaparse';", "'papaparse' is not for ui/: only io/ imports it"],
  ['ui', 'src/ui/plan/__lint_probe__.ts', "import readXlsxFile from 'read-excel-file/universal';", "'read-excel-file' is not for ui/: only io/ imports it"],
  ['state', 'src/state/__lint_probe__.ts', "import writeXlsxFile from 'write-excel-file/universal';", "'write-excel-file' is not for state/: only io/ imports it"],
  ['ui', 'src/ui/plan/__lint_probe__.ts', "import { liveQuery } from 'dexie';", "'dexie' is not for ui/"],
  ['ui', 'src/ui/plan/__lint_probe__.ts', "import { PlanRepository } from '../../storage/planRepository';", 'ui/ may import domain/, schema/, io/, state/, ui/grid/ besides itself, not storage/'],
  ['ui/grid', 'src/ui/grid/__lint_probe__.ts', "import { debounce } from 'lodash';", "'lodash' is not for ui/grid/: no folder imports it yet"],
  ['schema', 'src/schema/__lint_probe__.ts', "import { openEnvelope } from '../io/envelope';", 'schema/ may import domain/ besides itself, not io/'],
  ['schema', 'src/schema/__lint_probe__.ts', "import type { PlanStore } from '../storage/store';", 'schema/ may import domain/ besides itself, not storage/'],
  ['schema', 'src/schema/__lint_probe__.ts', "import Dexie from 'dexie';", "'dexie' is not for schema/: only storage/ imports it"],
  ['src', 'src/__lint_probe__.ts', "import pkg from '../package.json';", "Imports stay inside src/ ('../package.json')"],
];

const allowed: [folder: string, file: string, code: string][] = [
  ['domain', 'src/domain/__lint_probe__.ts', "import { parseRate } from './rate';"],
  ['storage', 'src/storage/__lint_probe__.ts', "import Dexie from 'dexie';\nimport type { Plan } from '../domain/plan';\nimport { restorePlan } from '../schema/restorePlan';"],
  ['schema', 'src/schema/__lint_probe__.ts', "import { z } from 'zod';\nimport type { Plan } from '../domain/plan';"],
  ['io', 'src/io/__lint_probe__.ts', "import Papa from 'papaparse';\nimport { z } from 'zod';\nimport { zipSync } from 'fflate';"],
  ['io', 'src/io/xlsx/__lint_probe__.ts', "import readXlsxFile from 'read-excel-file/universal';\nimport writeXlsxFile from 'write-excel-file/universal';\nimport { MAX_FILE_BYTES } from '../../schema/fileProblem';"],
  ['state', 'src/state/__lint_probe__.ts', "import { decodeText } from '../io/csvDecode';\nimport { createPlannerStore } from '../storage/store';"],
  ['ui', 'src/ui/plan/__lint_probe__.ts', "import type { CsvDialectId } from '../../io/csvDialect';\nimport { PlanGrid } from '../grid/PlanGrid';"],
  ['ui/grid', 'src/ui/grid/__lint_probe__.ts', "import { createGrid } from 'ag-grid-community';\nimport { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';"],
];

describe('the layer table of eslint.config.js', () => {
  it.each(forbidden)('refuses in %s/ (%s): %s', async (_folder, file, code, says) => {
    const messages = await lint(`${code}\nexport const probe = 1;\n`, file);
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['local/import-layers', 1]]);
    expect(messages[0]!.message).toContain(says);
  });

  it.each(allowed)('lets %s/ (%s) import what its entry allows: %s', async (_folder, file, code) => {
    expect(await lint(`${code}\nexport const probe = 1;\n`, file)).toEqual([]);
  });
});

describe('the storage facade', () => {
  it.each([
    "import { PlannerDatabase } from '../storage/database';",
    "import type { PlanRepository } from '../storage/planRepository';",
  ])('refuses in state/ anything of storage/ but store.ts: %s', async (code) => {
    const messages = await lint(`${code}\nexport const probe = 1;\n`, 'src/state/__lint_probe__.ts');
    expect(messages.map((m) => [m.ruleId, m.message])).toEqual([['no-restricted-imports', expect.stringContaining('storage/store.ts only')]]);
  });
});

describe('no import cycles', () => {
  const probeFolder = path.join(repo, 'src/domain', `__lint_probe_${process.pid}__`);

  it('finds the cycle through ui/onDemand.ts that t.ts closed when it loaded English from there', async () => {
    const tFile = 'src/ui/i18n/t.ts';
    const text = `${readFileSync(path.join(repo, tFile), 'utf8')}\nexport const loadAgain = () => import('../onDemand');\n`;
    const messages = await lint(text, tFile);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.ruleId).toBe('local/no-import-cycles');
    expect(messages[0]!.message).toMatch(/^Import cycle: ui\/i18n\/t\.ts → ui\/onDemand\.ts → .+ → ui\/i18n\/t\.ts\./);
  });

  it('finds a cycle planted on disk, closed by a dynamic import, from both of its files', async () => {
    mkdirSync(probeFolder, { recursive: true });
    let results: ESLint.LintResult[];
    try {
      writeFileSync(path.join(probeFolder, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      writeFileSync(path.join(probeFolder, 'b.ts'), "export const b = () => import('./a');\n");
      results = await eslint.lintFiles([path.join(probeFolder, '*.ts')]);
    } finally {
      rmSync(probeFolder, { recursive: true, force: true });
    }
    const name = path.relative(path.join(repo, 'src'), probeFolder);
    expect(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.message)])).toEqual([
      ['a.ts', [expect.stringContaining(`Import cycle: ${name}/a.ts → ${name}/b.ts → ${name}/a.ts.`)]],
      ['b.ts', [expect.stringContaining(`Import cycle: ${name}/b.ts → ${name}/a.ts → ${name}/b.ts.`)]],
    ]);
  });
});

describe('the real tree', () => {
  it('has no forbidden import and no import cycle', { timeout: 120_000 }, async () => {
    const results = await eslint.lintFiles(['src']);
    expect(results.length).toBeGreaterThan(100); // it did lint the app, not an empty match
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(repo, r.filePath)}:${m.line} ${m.message}`));
    expect(problems).toEqual([]);
  });
});
