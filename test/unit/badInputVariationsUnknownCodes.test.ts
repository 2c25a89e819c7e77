/**
 * Generated variations of the bad-input corpus (test/fixtures/bad-inputs/): codes the plan does not know mixed at
 * random with known ones (fast-check), in our appendix and in a bare values file; read through the app's reading
 * path against the demo plan in a fresh database, each reading checked to write nothing and the user told where:
 * the row as Excel numbers it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import type { Rate } from '../../src/domain/rate';
import type { CsvDialectId } from '../../src/io/csvDialect';
import { serializePlanCsv } from '../../src/io/csvExport';
import { csvPreviewToCommand, withNewUnitsChoice } from '../../src/io/csvApply';
import { csvHeaders } from '../../src/ui/files/exportPlan';
import { csvProblemMessage } from '../../src/ui/i18n/fileProblemText';
import { ind, NOW } from '../support/builders';
import { demo, readCsvAgainst, storage, totals } from '../support/badInputVariations';

describe('codes the plan does not know, mixed at random with known ones (property)', () => {
  const CODES = demo.units.map((u) => u.code as string);
  const known = new Set(CODES);
  /** Typing slips on a real code (a digit changed, two digits swapped), and codes of other districts. */
  const unknownCode = fc.oneof(
    fc.tuple(fc.nat(CODES.length - 1), fc.nat(4), fc.integer({ min: 0, max: 9 })).map(([u, i, digit]) => {
      const c = CODES[u]!;
      return c.slice(0, i) + String(digit) + c.slice(i + 1);
    }),
    fc.tuple(fc.nat(CODES.length - 1), fc.nat(3)).map(([u, i]) => {
      const c = CODES[u]!;
      return c.slice(0, i) + c[i + 1]! + c[i]! + c.slice(i + 2);
    }),
    fc.integer({ min: 10_000, max: 99_999 }).map(String),
  // Leading zeros would be matched to a unit (Excel drops them): these are not unknown codes.
  ).filter((c) => !known.has(c) && !c.startsWith('0'));
  const rate = fc.integer({ min: 0, max: 1000 }).map((tenths) => (tenths * 10) as Rate);
  const store = storage('mixed-codes');
  const OD = ind('online_dossiers');

  it('in our appendix (with its name column): the unknown rows are problems by line; chosen, they are added; the known rows are the same updates either way', async () => {
    const scenario = fc.record({
      dialect: fc.constantFrom<CsvDialectId>('excel-vn', 'standard'),
      typos: fc.uniqueArray(unknownCode, { minLength: 1, maxLength: 6 }).chain((codes) =>
        fc.shuffledSubarray(CODES.map((_, i) => i), { minLength: codes.length, maxLength: codes.length }).map((rows) => rows.map((row, k) => ({ row, code: codes[k]! })))),
      edits: fc.array(fc.tuple(fc.nat(CODES.length - 1), rate), { maxLength: 8 }),
    });
    let runs = 0;
    await fc.assert(fc.asyncProperty(scenario, async ({ dialect, typos, edits }) => {
      runs++;
      const d = dialect === 'excel-vn' ? ';' : ',';
      const typoRows = new Map(typos.map((t) => [t.row, t.code]));
      const target = new Map(edits.filter(([row]) => !typoRows.has(row)));
      const filePlan: Plan = { ...demo, units: demo.units.map((u, i) => (target.has(i) ? { ...u, target: { ...u.target, [OD]: target.get(i)! } } : u)) };
      const lines = serializePlanCsv(filePlan, totals(filePlan), csvHeaders(filePlan), dialect).split('\r\n');
      for (const { row, code } of typos) {
        const prefix = `${row + 1}${d}${CODES[row]!}${d}`;
        expect(lines[row + 1]!.startsWith(prefix)).toBe(true);
        lines[row + 1] = `${row + 1}${d}${code}${d}${lines[row + 1]!.slice(prefix.length)}`;
      }
      const { open, read } = await readCsvAgainst(store.repo(), lines.join('\r\n'));
      store.noWrites();
      if (!read.ok) throw new Error(JSON.stringify(read.problem));
      const byLine = [...typos].sort((a, b) => a.row - b.row);
      const updated = [...target].filter(([row, r]) => demo.units[row]!.target[OD] !== r).map(([row]) => row).sort((a, b) => a - b);

      const declined = withNewUnitsChoice(read.preview, false);
      expect(declined.problems).toEqual(byLine.map(({ row, code }) => ({ code: 'unknownUnit', line: row + 2, column: 2, header: 'Mã', value: code })));
      expect(declined.problems.map(csvProblemMessage)).toEqual(byLine.map(({ row, code }) => `Dòng ${row + 2}, cột B (Mã): mã «${code}» không có trong kế hoạch`));
      expect(declined.adds).toEqual([]);
      expect(declined.updates.map((u) => [u.after.code, u.after.target[OD]])).toEqual(updated.map((row) => [CODES[row], target.get(row)]));
      expect(declined.unchanged).toBe(CODES.length - typos.length - updated.length);

      const chosen = withNewUnitsChoice(read.preview, true);
      expect(chosen.problems).toEqual([]);
      expect(chosen.adds.map((a) => [a.line, a.after.code, a.after.name])).toEqual(byLine.map(({ row, code }) => [row + 2, code, demo.units[row]!.name]));
      expect(chosen.updates).toEqual(declined.updates);

      // Applied as first shown, only the known rows change.
      const applied = applyCommand(open, csvPreviewToCommand(declined, open), NOW);
      if (!applied.ok) throw new Error(applied.reason);
      expect(applied.plan.units.map((u) => u.code)).toEqual(CODES);
      expect(applied.plan.units.filter((u, i) => u !== open.units[i]).map((u) => u.code)).toEqual(updated.map((row) => CODES[row]));
    }), { numRuns: 60 });
    expect(runs).toBe(60);
  });

  it('in a bare `Mã;…Chỉ tiêu` file: the unknown rows are problems by line whatever is chosen (no name to add them by); the known rows apply', async () => {
    const scenario = fc.tuple(
      fc.uniqueArray(unknownCode, { minLength: 1, maxLength: 6 }),
      fc.uniqueArray(fc.tuple(fc.nat(CODES.length - 1), rate), { selector: ([row]) => row, minLength: 1, maxLength: 13 }),
    ).chain(([unknown, knownRows]) => fc.shuffledSubarray([
      ...unknown.map((code) => ({ code, rate: 5000 as Rate, known: false })),
      ...knownRows.map(([row, r]) => ({ code: CODES[row]!, rate: r, known: true })),
    ], { minLength: unknown.length + knownRows.length }));
    let runs = 0;
    await fc.assert(fc.asyncProperty(scenario, async (rows) => {
      runs++;
      const text = `\uFEFFMã;Hồ sơ trực tuyến - Chỉ tiêu 2023-H2\r\n${rows.map((r) => `${r.code};${String(r.rate / 100).replace('.', ',')}`).join('\r\n')}\r\n`;
      const { open, read } = await readCsvAgainst(store.repo(), text);
      store.noWrites();
      if (!read.ok) throw new Error(JSON.stringify(read.problem));
      const unknownLines = rows.map((r, k) => ({ ...r, line: k + 2 })).filter((r) => !r.known);
      const updates = rows.filter((r) => r.known && open.units.find((u) => u.code === r.code)!.target[OD] !== r.rate);
      for (const addNew of [false, true]) {
        const shown = withNewUnitsChoice(read.preview, addNew);
        expect(shown.problems).toEqual(unknownLines.map((r) => ({ code: 'unknownUnit', line: r.line, column: 1, header: 'Mã', value: r.code })));
        expect(shown.adds).toEqual([]);
        expect(shown.updates.map((u) => [u.after.code, u.after.target[OD]])).toEqual(updates.map((r) => [r.code, r.rate]));
      }
      const applied = applyCommand(open, csvPreviewToCommand(read.preview, open), NOW);
      if (!applied.ok) throw new Error(applied.reason);
      expect(applied.plan.units.map((u) => u.code)).toEqual(CODES);
      expect(applied.effect.changed.slice().sort()).toEqual(updates.map((r) => r.code).sort());
    }), { numRuns: 60 });
    expect(runs).toBe(60);
  });
});
