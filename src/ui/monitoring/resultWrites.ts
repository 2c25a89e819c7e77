import { numberProblemText } from '../i18n/fileText';
import type { UnitCode } from '../../domain/ids';
import { countLabels } from '../../domain/indicators';
import type { MonthKey } from '../../domain/monitoring/resultKey';
import type { Plan } from '../../domain/plan';
import { formatCount } from '../../domain/rate';
import { unitPositions } from '../../domain/unitPositions';
import type { Block } from '../../state/cellBlock';
import { language } from '../../state/language';
import { countCellText, resultBlockEdits, type ResultBlockAction } from '../../state/monitoringBlocks';
import { resultColumnOf, resultEditsToCommand, type ResultCellEdit, type ResultEditRefusal } from '../../state/monitoringEdit';
import type { GridPaste } from '../grid/gridClipboard';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import type { PlanPageContext } from '../plan/planPageContext';
import { tm } from './text';

/** What the results grid's edits do: typed cells, pasted blocks and block actions, each one command or nothing. */
export interface ResultWrites {
  onEdit(colId: string, unitCode: UnitCode, value: unknown): void;
  onPaste(pasted: GridPaste): void;
  onBlockAction(action: ResultBlockAction, block: Block | undefined): void;
}

/**
 * The monitoring view's one write path: every edit of the month's counts becomes the cells' texts, checked as typed
 * (`resultEditsToCommand`), then ONE `patchUnits` command through the page's dispatch; a refusal writes nothing and
 * says where (unit, column, value), and the focus goes back to the first refused cell (`focusCell`).
 */
export function makeResultWrites(page: PlanPageContext, plan: () => Plan, month: () => MonthKey | undefined,
  focusCell: (unitCode: UnitCode, colId: string) => void): ResultWrites {
  const { session, dispatch, unitName, setMessage } = page;
  const columnLabel = (colId: string) => {
    const col = resultColumnOf(colId);
    const ind = col && plan().indicators.find((i) => i.id === col.id);
    if (!col || !ind) return colId;
    return `${indicatorName(ind, language())} — ${countLabels(ind)[col.part][language()]}`;
  };
  const refusalText = (r: ResultEditRefusal) => {
    const text = r.cell.text.trim();
    const message = r.problem === 'aboveDenominator' || r.problem === 'belowNumerator' ? tm(`refused_${r.problem}`, { text }) : numberProblemText(r.problem, text, 'count');
    return t('refusedIn', { unit: unitName(r.cell.unitCode), column: columnLabel(r.cell.colId), message });
  };
  /** The units by code, found in O(1) (a block may cover every unit). */
  const unitOf = (code: UnitCode) => {
    const units = session.plan()?.units ?? [];
    const i = unitPositions(units).get(code);
    return i === undefined ? undefined : units[i];
  };
  /** Cells typed, cleared, filled or pasted: one command, or nothing and the refusals said where they are. */
  const write = (edits: ResultCellEdit[], source: 'typed' | 'clear' | 'fill' | 'paste'): boolean => {
    const m = month();
    if (!m) return false;
    const outcome = resultEditsToCommand(edits, m, unitOf);
    if (outcome.ok) return dispatch(outcome.command, source === 'typed' ? undefined : { kind: source }).ok;
    const first = outcome.refusals[0]!;
    setMessage(outcome.refusals.length === 1 && edits.length === 1 ? refusalText(first)
      : tm('refusedCells', { n: outcome.refusals.length, first: refusalText(first) }));
    // Back to the refused cell (the grid has moved on after Enter), so the user can type it again.
    setTimeout(() => focusCell(first.cell.unitCode, first.cell.colId));
    return false;
  };
  return {
    onEdit(colId, unitCode, value) {
      const text = value === null || value === undefined ? '' : String(value);
      if (!resultColumnOf(colId)) return;
      write([{ unitCode, colId, text }], text.trim() === '' ? 'clear' : 'typed');
    },
    onPaste(pasted) {
      if (!pasted.at) return setMessage(tm('pasteNoCell'));
      const width = Math.max(...pasted.block.map((r) => r.length));
      if (pasted.block.length > pasted.units.length || width > pasted.columns.length) return setMessage(tm('pastePastEnd'));
      const edits = pasted.block.flatMap((row, r) => row.map((text, c) => ({ unitCode: pasted.units[r]!, colId: pasted.columns[c]!, text })));
      write(edits, 'paste');
    },
    /** Delete, Ctrl+D, Ctrl+R or one value pasted over a selected block: its count cells in one command, the rest passed over. */
    onBlockAction(action, block) {
      const m = month();
      if (!block) return setMessage(t('blockSelectFirst'));
      if (!m) return;
      const locale = language();
      const { edits, skipped } = resultBlockEdits(block, action, (code, colId) => {
        const unit = unitOf(code);
        return unit ? countCellText(unit, m, colId, locale) : '';
      });
      const skippedText = skipped > 0 ? tm('blockSkippedReadOnly', { n: formatCount(skipped, locale) }) : '';
      if (edits.length === 0) return setMessage([t('blockNothing'), skippedText].filter((x) => x).join(' '));
      if (write(edits, typeof action === 'object' ? 'paste' : action === 'clear' ? 'clear' : 'fill')) setMessage(skippedText);
    },
  };
}
