import { unitCode, type UnitCode } from './ids';
import type { Unit } from './plan';

export type UnitLineProblem = { line: number; problem: 'invalid' } | { line: number; problem: 'duplicate'; code: UnitCode };

/**
 * Reads member units typed or pasted from a spreadsheet, one per line: `code; name; type`
 * (tab or `;` between fields; the type is optional). Blank lines are skipped.
 */
export function parseUnitLines(text: string, taken: readonly UnitCode[] = []): { units: Unit[]; problems: UnitLineProblem[] } {
  const units: Unit[] = [];
  const problems: UnitLineProblem[] = [];
  const seen = new Set<string>(taken);
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const fields = raw.split(raw.includes('\t') ? '\t' : ';').map((f) => f.trim());
    const [code = '', name = '', type = ''] = fields;
    if (!code || !name) {
      problems.push({ line, problem: 'invalid' });
      return;
    }
    if (seen.has(code)) {
      problems.push({ line, problem: 'duplicate', code: unitCode(code) });
      return;
    }
    seen.add(code);
    units.push({ code: unitCode(code), name, type, volume: null, baseline: {}, target: {} });
  });
  return { units, problems };
}
