import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import type { MonthKey } from '../../src/domain/monitoring/resultKey';
import { entryOf } from '../../src/domain/monitoring/results';
import type { Plan } from '../../src/domain/plan';
import { tsvText, type Block } from '../../src/state/cellBlock';
import { countCellText, resultBlockEdits, type ResultBlockAction } from '../../src/state/monitoringBlocks';
import { resultEditsToCommand, type ResultCellEdit } from '../../src/state/monitoringEdit';
import { parseClipboardTable } from '../../src/state/pasteCommands';
import { ind, makeTestPlan, NOW } from '../support/builders';

const MONTH = '2023-07' as MonthKey;
const ID = ind('online_dossiers');
const NUM = `num.${ID}`;
const DEN = `den.${ID}`;
const RATE = `rate.${ID}`;
const STATUS = `status.${ID}`;

/** Writes cells as the results grid does (one command), failing the test on a refusal. */
function write(plan: Plan, edits: readonly ResultCellEdit[]): Plan {
  const out = resultEditsToCommand(edits, MONTH, (c) => plan.units.find((u) => u.code === c));
  if (!out.ok) throw new Error(JSON.stringify(out.refusals));
  const r = applyCommand(plan, out.command, NOW);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

/** Three units: 21/40, 75 % entered as a rate (with 80 dossiers), nothing. */
const plan0 = (() => {
  const plan = makeTestPlan({ units: 3 });
  const [a, b] = plan.units.map((u) => u.code);
  return write(plan, [{ unitCode: a!, colId: NUM, text: '21' }, { unitCode: a!, colId: DEN, text: '1.240' },
    { unitCode: b!, colId: NUM, text: '75 %' }, { unitCode: b!, colId: DEN, text: '80' }]);
})();
const codes = plan0.units.map((u) => u.code);
const textAt = (plan: Plan) => (code: string, colId: string) => countCellText(plan.units.find((u) => u.code === code)!, MONTH, colId, 'vi');
const edits = (plan: Plan, block: Block, action: ResultBlockAction) => resultBlockEdits(block, action, textAt(plan));
const cells = (list: readonly ResultCellEdit[]) => list.map((e) => `${e.unitCode} ${e.colId} ${e.text}`);

describe('a count cell as the results grid shows it', () => {
  it('writes counts as Vietnamese do, a rate entered alone with its sign, and nothing for an empty cell; text that reads back the same', () => {
    expect([NUM, DEN].map((c) => countCellText(plan0.units[0]!, MONTH, c, 'vi'))).toEqual(['21', '1.240']);
    expect([NUM, DEN].map((c) => countCellText(plan0.units[1]!, MONTH, c, 'vi'))).toEqual(['75 %', '80']);
    expect([NUM, DEN, RATE].map((c) => countCellText(plan0.units[2]!, MONTH, c, 'vi'))).toEqual(['', '', '']);
    expect(countCellText(plan0.units[0]!, MONTH, DEN, 'en')).toBe('1,240');
    // Typed back, every shown text writes the figures it was read from: no change at all.
    const again = write(plan0, codes.flatMap((unitCode) => [NUM, DEN].map((colId) => ({ unitCode, colId, text: textAt(plan0)(unitCode, colId) }))));
    expect(again.units.map((u) => entryOf(u, MONTH, ID))).toEqual(plan0.units.map((u) => entryOf(u, MONTH, ID)));
  });
});

describe('block actions over the results grid', () => {
  const block: Block = { rows: codes, cols: [NUM, DEN, RATE, STATUS] };

  it('Delete clears the block\'s counts in one command, passes over the read-only cells and counts them, and leaves empty cells alone', () => {
    const out = edits(plan0, block, 'clear');
    expect(cells(out.edits)).toEqual([`${codes[0]} ${NUM} `, `${codes[0]} ${DEN} `, `${codes[1]} ${NUM} `, `${codes[1]} ${DEN} `]);
    expect(out.skipped).toBe(6);
    const command = resultEditsToCommand(out.edits, MONTH, (c) => plan0.units.find((u) => u.code === c));
    expect(command.ok && command.command.type === 'patchUnits' && command.command.entries.length).toBe(2);
    const cleared = write(plan0, out.edits);
    expect(cleared.units.map((u) => entryOf(u, MONTH, ID))).toEqual(codes.map(() => ({ n: null, d: null, r: null })));
    expect(cleared.units[0]!.target).toEqual(plan0.units[0]!.target);
  });

  it('one value pasted over a block goes into each count cell; a value no numerator may be refuses the whole block', () => {
    const two: Block = { rows: codes.slice(0, 2), cols: [NUM, RATE] };
    const out = edits(plan0, two, { value: '5' });
    expect(cells(out.edits)).toEqual([`${codes[0]} ${NUM} 5`, `${codes[1]} ${NUM} 5`]);
    expect(out.skipped).toBe(2);
    expect(write(plan0, out.edits).units.slice(0, 2).map((u) => entryOf(u, MONTH, ID).n)).toEqual([5, 5]);
    // 100 is above the second unit's 80 dossiers: refused there, located, and nothing of the block is written.
    const refused = resultEditsToCommand(edits(plan0, two, { value: '100' }).edits, MONTH, (c) => plan0.units.find((u) => u.code === c));
    expect(refused.ok ? [] : refused.refusals.map((r) => `${r.cell.unitCode} ${r.problem}`)).toEqual([`${codes[1]} aboveDenominator`]);
  });

  it('fill down copies the top row\'s counts as shown; fill right copies the left count column, never from a read-only column', () => {
    const down = edits(plan0, { rows: codes, cols: [NUM, DEN, RATE] }, 'fillDown');
    expect(cells(down.edits)).toEqual([`${codes[1]} ${NUM} 21`, `${codes[1]} ${DEN} 1.240`, `${codes[2]} ${NUM} 21`, `${codes[2]} ${DEN} 1.240`]);
    expect(down.skipped).toBe(2);
    const filled = write(plan0, down.edits);
    expect(filled.units.map((u) => entryOf(u, MONTH, ID))).toEqual(codes.map(() => ({ n: 21, d: 1240, r: null })));

    const right = edits(plan0, { rows: codes.slice(0, 2), cols: [DEN, RATE, `num.online_payment`] }, 'fillRight');
    expect(cells(right.edits)).toEqual([`${codes[0]} num.online_payment 1.240`, `${codes[1]} num.online_payment 80`]);
    expect(right.skipped).toBe(2);
    const fromRate = edits(plan0, { rows: codes.slice(0, 2), cols: [RATE, NUM] }, 'fillRight');
    expect(fromRate).toEqual({ edits: [], skipped: 2 });
  });
});

describe('a block as clipboard text', () => {
  it('reads back cell for cell, tabs, quotes and line breaks inside cells included', () => {
    expect(tsvText([['21', '1.240'], ['75 %', '']])).toBe('21\t1.240\r\n75 %\t\r\n');
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ',', '.', ' ', '\t', '\n', '\r', '"', 'ỗ') });
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 4 })),
      (rows) => { expect(parseClipboardTable(tsvText(rows))).toEqual(rows); }));
  });
});
