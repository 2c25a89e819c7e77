/**
 * The bad-input corpus (test/fixtures/bad-inputs/, described in its README) as a whole: a case for every file
 * and a file for every case. The cases are in test/support/badInputCorpus/, their tests in badInputCorpusCsv,
 * badInputCorpusJson and badInputCorpusWorkbooks.test.ts.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_CASES } from '../support/badInputCorpus/csvCases';
import { JSON_FILE_CASES, WORKBOOK_CASES } from '../support/badInputCorpus/fileCases';
import { DIR } from '../support/badInputCorpus/reading';

const CASES = [...CSV_CASES, ...JSON_FILE_CASES, ...WORKBOOK_CASES];

describe('the bad-input corpus', () => {
  it('has a case for every file in test/fixtures/bad-inputs, and a file for every case', () => {
    // Monthly statistics files (ms-*) have their cases in resultsImportBadInputs.test.ts.
    const files = readdirSync(DIR).filter((f) => f !== 'README.md' && !f.startsWith('ms-')).sort();
    expect(CASES.map((c) => c.file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(35);
  });
});
