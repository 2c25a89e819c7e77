import type { Command } from '../domain/commands';
import { indicatorId, type UnitCode } from '../domain/ids';
import { parseCount, type NumberProblem } from '../domain/rate';
import { readRate } from '../domain/valueRule';

export type CellEdit = { ok: true; command: Command } | { ok: false; problem: NumberProblem } | { ok: false; problem: 'notEditable' };

/**
 * Turns what was typed into a grid cell into a command, by column id (`name`, `type`, `volume`,
 * `baseline.<indicatorId>`, `target.<indicatorId>`). Text that is not a number, or a number no
 * value may be (`101` as a rate: the one rule of `valueRule.ts`), is refused here: it never reaches the plan
 * and never becomes 0. Empty text clears the value.
 */
export function cellEditToCommand(colId: string, unitCode: UnitCode, input: unknown): CellEdit {
  const text = input === null || input === undefined ? '' : String(input);
  if (colId === 'name') return { ok: true, command: { type: 'renameUnit', unitCode, name: text } };
  if (colId === 'type') return { ok: true, command: { type: 'setUnitType', unitCode, unitType: text } };
  if (colId === 'volume') {
    const parsed = parseCount(text);
    return parsed.ok ? { ok: true, command: { type: 'setVolume', unitCode, volume: parsed.value } } : parsed;
  }
  const m = /^(baseline|target)\.(.+)$/.exec(colId);
  if (!m) return { ok: false, problem: 'notEditable' };
  const parsed = readRate(text);
  if (!parsed.ok) return parsed;
  return { ok: true, command: { type: 'setRate', unitCode, indicatorId: indicatorId(m[2] as string), field: m[1] as 'baseline' | 'target', value: parsed.value } };
}
