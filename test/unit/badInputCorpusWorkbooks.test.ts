/**
 * The Excel workbooks of the bad-input corpus (test/fixtures/bad-inputs/xl-*; the cases are in
 * test/support/badInputCorpus/fileCases.ts), read as the monthly statistics will be: the problem as data, or the
 * sheets as read, and reading never writes.
 */
import { afterEach, describe } from 'vitest';
import { closeDemoDatabases } from '../support/demoStorage';
import { WORKBOOK_CASES } from '../support/badInputCorpus/fileCases';
import { describeCase } from '../support/badInputCorpus/reading';

afterEach(closeDemoDatabases);

describe('the bad-input corpus: Excel workbooks', () => {
  for (const c of WORKBOOK_CASES) describeCase(c);
});
