/**
 * The CSV files of the bad-input corpus (test/fixtures/bad-inputs/csv-*, described in its README; the cases are in
 * test/support/badInputCorpus/csvCases.ts): each file is read from disk through the app's own reading path against
 * the demo plan stored in a fresh database, and the test states exactly what the user is told — the full Vietnamese
 * message when the file cannot be read, or the preview's counts, problems (row, column, header, reason) and the
 * changes that applying it would make — and that reading never writes.
 */
import { afterEach, describe } from 'vitest';
import { closeDemoDatabases } from '../support/demoStorage';
import { CSV_CASES } from '../support/badInputCorpus/csvCases';
import { describeCase } from '../support/badInputCorpus/reading';

afterEach(closeDemoDatabases);

describe('the bad-input corpus: CSV files', () => {
  for (const c of CSV_CASES) describeCase(c);
});
