import type { Indicator } from '../indicators';
import type { Plan } from '../plan';
import { PERCENT_100, type Rate } from '../rate';
import type { PreparedCells } from './proposalCells';
import { bounded, methodValue, type Family } from './proposalSearch';
import type { CellReason, IndicatorProposal, ProposedCell } from './proposalTypes';

type Parameter = Extract<IndicatorProposal, { feasible: true }>['parameter'];

const BOUND = {
  floor: { kind: 'bound', bound: 'floor' },
  general: { kind: 'bound', bound: 'general' },
  mandatory: { kind: 'bound', bound: 'mandatory' },
  cap100: { kind: 'bound', bound: 'cap100' },
} as const satisfies Record<string, CellReason>;

/** The reason of a cell the method set, shared by every such cell of the indicator. */
function methodReason(family: Family, p: number, parameter: Parameter): CellReason {
  switch (family.method) {
    case 'lift-lowest': return { kind: 'level', level: (p * 10) as Rate };
    case 'equal-uplift': return { kind: 'uplift', by: (p * 10) as Rate };
    case 'headroom': return { kind: 'headroom', share: parameter?.kind === 'share' ? parameter.value : 0 };
    case 'same-for-all': return { kind: 'sameForAll', level: (p * 10) as Rate };
  }
}

/**
 * Every unit's cell for the parameter found, in plan order, with why it got its number: the method's own value
 * when the bounds leave it; otherwise the bound that set it (its last result already higher, the floor, the
 * general target, mandatory 100 %, or the cap at 100 %). Kept cells keep their target and say why.
 */
export function proposedCells(plan: Pick<Plan, 'units'>, ind: Indicator, cells: PreparedCells, family: Family, p: number, parameter: Parameter): { cells: ProposedCell[]; changed: number } {
  const { units } = plan;
  const out: ProposedCell[] = [];
  const byMethod = methodReason(family, p, parameter);
  const { lower, start, sources, baselines } = cells;
  let changed = 0;
  let i = 0; // the next changeable cell: they come in plan order
  for (let pos = 0; pos < units.length; pos++) {
    const unit = units[pos]!;
    const before = unit.target[ind.id] ?? null;
    const kept = cells.kept[pos];
    if (kept !== undefined) {
      out.push({ unitCode: unit.code, before, after: before, reason: kept, noBaseline: false });
      continue;
    }
    const asked = methodValue(family.method, start[i]!, p);
    const after = bounded(asked, lower[i]!) as Rate;
    if (after !== before) changed += 1;
    const baseline = baselines[i];
    let reason: CellReason = byMethod;
    const source = sources[i]!;
    if (source === 'mandatory') reason = BOUND.mandatory;
    else if (asked < lower[i]!) {
      if (source === 'baseline') reason = { kind: 'keptBaseline', baseline: baseline ?? lower[i]! as Rate };
      else if (source !== 'zero') reason = BOUND[source];
    } else if (asked > PERCENT_100) reason = BOUND.cap100;
    out.push({ unitCode: unit.code, before, after, reason, noBaseline: baseline === undefined });
    i += 1;
  }
  return { cells: out, changed };
}
