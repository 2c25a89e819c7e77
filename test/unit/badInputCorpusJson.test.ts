/**
 * The plan files, assignment files and backups of the bad-input corpus (test/fixtures/bad-inputs/pf-*, as-*, bk-*;
 * the cases are in test/support/badInputCorpus/fileCases.ts): what the user is told of each, read through the app's
 * own reading path without writing; a file refused for an impossible value is refused for it alone; and the
 * messages are in the user's language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readJsonFile } from '../../src/io/jsonImport';
import { closeDemoDatabases } from '../support/demoStorage';
import { asFileText, withValueAt } from '../support/jsonPath';
import { JSON_FILE_CASES } from '../support/badInputCorpus/fileCases';
import { bytesOf, demoRepository, describeCase, read } from '../support/badInputCorpus/reading';

afterEach(closeDemoDatabases);

describe('the bad-input corpus: plan files, assignment files and backups', () => {
  for (const c of JSON_FILE_CASES) describeCase(c);
});

describe('a file refused for an impossible value is refused for that value alone', () => {
  // Each file below is a file the app wrote with one value made impossible; put a possible value back at the
  // path the message names and the very same file is read (a backup of format 1 through its migration).
  const FILES: [file: string, field: string][] = [
    ['pf-24-target-1000.dvctt.json', 'plan.units[4].target.e_results'],
    ['pf-25-baseline-negative.dvctt.json', 'plan.units[2].baseline.online_payment'],
    ['pf-26-min-150.dvctt.json', 'plan.indicators[0].min'],
    ['pf-27-own-target-101.dvctt.json', 'plan.indicators[2].ownTarget'],
    ['pf-28-floor-negative.dvctt.json', 'plan.indicators[1].floor'],
    ['as-01-own-target-120.json', 'assignment.districts[1].ownTargets.online_dossiers'],
    ['bk-01-v1-second-plan-target-100-5.json', 'plans[1].units[5].target.online_dossiers'],
  ];
  it.each(FILES)('%s: the one problem is at %s; with 50 there the file is read', (file, field) => {
    const refused = readJsonFile(bytesOf(file), file);
    expect(refused.restored.ok).toBe(false);
    expect(!refused.restored.ok && refused.restored.problems.map((p) => [p.code, p.field])).toEqual([['outOfRange', field]]);
    const doc = JSON.parse(new TextDecoder().decode(bytesOf(file))) as unknown;
    const mended = readJsonFile(new TextEncoder().encode(asFileText(withValueAt(doc, field, 50))), file);
    expect(mended.kind).toBe(refused.kind);
    expect(mended.restored).toMatchObject({ ok: true });
    if (mended.kind === 'backup' && mended.restored.ok) {
      expect((doc as { formatVersion: number }).formatVersion).toBe(1);
      expect(mended.restored.value.plans.map((p) => [p.id, p.indicators.map((i) => i.checkOwnTarget)])).toEqual([
        ['demo-tuy-phuoc-2023-h2', [false, false, false, false, false]], ['tuy-phuoc-2024-h1', [false, false, false, false, false]],
      ]);
    }
  });
});

describe('plan-file messages are in the user\'s language', () => {
  // fileProblem.ts: "The UI words it in the user's language; nothing here is a sentence." The schema's reason
  // is passed through as `detail`, in English, into the Vietnamese message.
  for (const file of ['pf-07-wrong-type.dvctt.json', 'pf-08-negative-volume.dvctt.json', 'pf-12-proto-keys.dvctt.json', 'pf-23-volume-too-big.dvctt.json']) {
    it(`${file}: no English validator text inside the Vietnamese message`, async () => {
      const { repo } = await demoRepository();
      const { outcome } = await read(file, repo);
      if (outcome.kind !== 'planFile' || !('refused' in outcome)) throw new Error('expected a refusal');
      for (const message of outcome.refused) expect(message).not.toMatch(/Invalid|expected|received|Too small|Too big|record/);
    });
  }
});
