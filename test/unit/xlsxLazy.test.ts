/**
 * The Excel libraries load only when a workbook is opened or exported: outside src/io/xlsx/ no module imports the
 * reader or the writer (or the libraries) statically, only through `await import(…)`; its types (xlsxTypes.ts, or
 * `import type`) may be imported anywhere, since they leave nothing in the JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');
const xlsxFolder = path.join(src, 'io', 'xlsx');
const LIBRARIES = ['read-excel-file', 'write-excel-file'];

const sourceFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []);

/**
 * The module specifiers a file imports or re-exports statically, leaving out only what is erased (`import type`,
 * `export type`). `import { type A } from 'x'` is not erased: with `verbatimModuleSyntax` it becomes `import 'x'`.
 */
function staticImports(text: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  for (const s of file.statements) {
    if (ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly && ts.isStringLiteral(s.moduleSpecifier)) out.push(s.moduleSpecifier.text);
    if (ts.isExportDeclaration(s) && !s.isTypeOnly && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier)) out.push(s.moduleSpecifier.text);
  }
  return out;
}

/** Whether a static import from `file` would put the Excel code into that file's chunk. */
function loadsTheLibraries(file: string, specifier: string): boolean {
  if (LIBRARIES.some((l) => specifier === l || specifier.startsWith(`${l}/`))) return true;
  if (!specifier.startsWith('.')) return false;
  const target = path.resolve(path.dirname(file), specifier);
  return (target === xlsxFolder || target.startsWith(xlsxFolder + path.sep)) && path.basename(target).replace(/\.ts$/, '') !== 'xlsxTypes';
}

describe('the Excel code is loaded on demand', () => {
  it('no module outside src/io/xlsx imports it statically', () => {
    const files = sourceFiles(src).filter((f) => !f.startsWith(xlsxFolder + path.sep));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((f) => staticImports(readFileSync(f, 'utf8'), f)
      .filter((s) => loadsTheLibraries(f, s)).map((s) => `${path.relative(src, f)}: ${s}`));
    expect(offenders).toEqual([]);
  });

  it('tells a static import from one that leaves nothing behind', () => {
    const file = path.join(src, 'ui', 'report', 'Probe.ts');
    const found = (text: string) => staticImports(text, file).filter((s) => loadsTheLibraries(file, s));
    expect(found("import { readWorkbook } from '../../io/xlsx';")).toEqual(['../../io/xlsx']);
    expect(found("export { writeWorkbook } from '../../io/xlsx/writeWorkbook';")).toEqual(['../../io/xlsx/writeWorkbook']);
    expect(found("import writeXlsxFile from 'write-excel-file/universal';")).toEqual(['write-excel-file/universal']);
    expect(found("import { type SheetRows } from '../../io/xlsx';")).toEqual(['../../io/xlsx']);
    expect(found([
      "import type { XlsxProblem } from '../../io/xlsx';",
      "import type { CellValue } from '../../io/xlsx/xlsxTypes';",
      "import { MAX_FILE_BYTES } from '../../schema/fileProblem';",
      "export const load = () => import('../../io/xlsx');",
    ].join('\n'))).toEqual([]);
  });
});
