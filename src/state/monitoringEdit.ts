import type { Command } from '../domain/commands';
import { indicatorId, type IndicatorId, type UnitCode } from '../domain/ids';
import type { ResultPatch } from '../domain/monitoring/results';
import { resultKey, type MonthKey, type ResultKey } from '../domain/monitoring/resultKey';
import type { Unit } from '../domain/plan';
import { parseCount, type NumberProblem } from '../domain/rate';
import { readRate } from '../domain/valueRule';

/** Why a month's figure typed or pasted is refused: the number itself, or a numerator above its denominator. */
export type ResultEditProblem = NumberProblem | 'aboveDenominator' | 'belowNumerator' | 'notEditable';

/** One cell of the results grid written: its unit, column (`num.<id>` / `den.<id>`) and the text typed or pasted. */
export interface ResultCellEdit {
  unitCode: UnitCode;
  colId: string;
  text: string;
}

export interface ResultEditRefusal {
  cell: ResultCellEdit;
  problem: ResultEditProblem;
}

export type ResultEditOutcome = { ok: true; command: Command } | { ok: false; refusals: ResultEditRefusal[] };

/** The indicator and part of an editable results column; null for every other column. */
export function resultColumnOf(colId: string): { id: IndicatorId; part: 'num' | 'den' } | null {
  const m = /^(num|den)\.(.+)$/.exec(colId);
  return m ? { part: m[1] as 'num' | 'den', id: indicatorId(m[2]!) } : null;
}

/** Whether a text typed in a numerator cell is a rate ("85,5 %"): only a rate is known for that month. */
export const isRateText = (text: string): boolean => /%\s*$/.test(text);

type CellPatch = { ok: true; patch: ResultPatch } | { ok: false; problem: ResultEditProblem };

/**
 * What one cell's text writes: a count (`1.234` is 1234), a rate in a numerator cell when it ends with `%`
 * (written as `r`, the count cleared: it is marked "entered as a rate"), or nothing (empty: cleared). A count
 * typed where a rate was clears the rate.
 */
function cellPatch(colId: string, month: MonthKey, text: string): CellPatch {
  const col = resultColumnOf(colId);
  if (!col) return { ok: false, problem: 'notEditable' };
  const key = (part: 'n' | 'd' | 'r'): ResultKey => resultKey(month, col.id, part);
  if (col.part === 'num' && isRateText(text)) {
    const rate = readRate(text.replace(/%\s*$/, ''));
    if (!rate.ok) return rate;
    return { ok: true, patch: { [key('r')]: rate.value, [key('n')]: null } };
  }
  const count = parseCount(text);
  if (!count.ok) return count;
  return { ok: true, patch: col.part === 'num' ? { [key('n')]: count.value, [key('r')]: null } : { [key('d')]: count.value } };
}

/**
 * Cells typed, pasted or cleared in the results grid at `month`, as ONE `patchUnits` command (one save, one undo
 * step), or the refusals and nothing written: a count that is not whole or negative, a rate outside 0–100 %, or a
 * numerator above its denominator once every cell of the block is taken together (a block may bring both).
 */
export function resultEditsToCommand(edits: readonly ResultCellEdit[], month: MonthKey, unitOf: (code: UnitCode) => Unit | undefined): ResultEditOutcome {
  const patches = new Map<UnitCode, ResultPatch>();
  const refusals: ResultEditRefusal[] = [];
  const lastEdit = new Map<string, ResultCellEdit>();
  for (const cell of edits) {
    const result = cellPatch(cell.colId, month, cell.text);
    if (!result.ok) {
      refusals.push({ cell, problem: result.problem });
      continue;
    }
    patches.set(cell.unitCode, { ...patches.get(cell.unitCode), ...result.patch });
    lastEdit.set(`${cell.unitCode} ${cell.colId}`, cell);
  }
  for (const [code, patch] of patches) {
    const unit = unitOf(code);
    if (!unit) continue;
    refusals.push(...pairRefusals(unit, patch, month, lastEdit));
  }
  if (refusals.length > 0) return { ok: false, refusals };
  return { ok: true, command: { type: 'patchUnits', entries: [...patches].map(([code, results]) => ({ code, baseline: {}, target: {}, results })) } };
}

/** The numerators that would be above their denominators once the patch is applied, named by the cell that did it. */
function pairRefusals(unit: Unit, patch: ResultPatch, month: MonthKey, lastEdit: ReadonlyMap<string, ResultCellEdit>): ResultEditRefusal[] {
  const out: ResultEditRefusal[] = [];
  const ids = new Set<IndicatorId>();
  for (const cell of lastEdit.values()) if (cell.unitCode === unit.code) ids.add(resultColumnOf(cell.colId)!.id);
  const results = (unit.results ?? {}) as Readonly<Record<string, number>>;
  const after = (key: ResultKey): number | null => (key in patch ? patch[key] ?? null : results[key] ?? null);
  for (const id of ids) {
    const n = after(resultKey(month, id, 'n'));
    const d = after(resultKey(month, id, 'd'));
    if (n === null || d === null || n <= d) continue;
    const num = lastEdit.get(`${unit.code} num.${id}`);
    const den = lastEdit.get(`${unit.code} den.${id}`);
    if (num) out.push({ cell: num, problem: 'aboveDenominator' });
    else if (den) out.push({ cell: den, problem: 'belowNumerator' });
  }
  return out;
}
