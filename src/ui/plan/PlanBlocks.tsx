import { createMemo, createSignal, Show, type JSX } from 'solid-js';
import type { IndicatorId, UnitCode } from '../../domain/ids';
import type { ChangeSource } from '../../domain/journal';
import { formatCount, formatRate, rateFromPercent } from '../../domain/rate';
import { blockCommand, blockStats, clearEdits, fillEdits, valueEdits, type BlockEdits } from '../../state/blockCommands';
import { language } from '../../state/language';
import type { BlockAction } from '../grid/gridSelection';
import type { GridController } from '../grid/PlanGrid';
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/vi';
import type { PlanPageContext } from './planPageContext';

/** What the plan page does with a selected block: fill, clear, one value over it, and the status line. */
export interface PlanBlocks {
  /** The grid to take the selection from (a new one after a change of language). */
  setGrid(grid: GridController): void;
  run(action: BlockAction | { value: string }): void;
  /** The units of the selected block, when more than one cell is selected. */
  selectedUnits(): UnitCode[] | undefined;
  /** The indicators whose columns (result or target) the selected block covers, or undefined when there is none. */
  selectedIndicators(): IndicatorId[] | undefined;
  /** The toolbar's part: fill down, fill right, "only empty cells", clear, and the selection's count, sum and mean. */
  tools(): JSX.Element;
}

const SKIPPED: Record<BlockAction | 'value', MessageKey> = { fillDown: 'blockSkippedFill', fillRight: 'blockSkippedFill', clear: 'blockSkippedClear', value: 'blockSkippedValue' };
const SOURCE: Record<BlockAction | 'value', ChangeSource> = { fillDown: { kind: 'fill' }, fillRight: { kind: 'fill' }, clear: { kind: 'clear' }, value: { kind: 'paste' } };

/** A number for a `data-` attribute: plain, with a decimal point, at most two decimals. */
const plain = (n: number | null) => (n === null ? '' : String(Math.round(n * 100) / 100));

export function createPlanBlocks(page: PlanPageContext): PlanBlocks {
  const [grid, setGrid] = createSignal<GridController>();
  const [onlyEmpty, setOnlyEmpty] = createSignal(false);

  const block = () => {
    const g = grid();
    g?.selectionVersion();
    return g?.selectedBlock();
  };
  const stats = createMemo(() => {
    const plan = page.session.plan();
    const selected = block();
    return plan && selected ? blockStats(plan, selected) : undefined;
  });

  /** Every refused cell named by unit and column, as a refused paste says it. */
  const refusedText = (problems: Extract<ReturnType<typeof blockCommand>, { ok: false }>['problems']) => {
    const shown = problems.slice(0, 5).map(({ cell, problem }) => t('pasteProblem', {
      row: cell.row, column: cell.column, unit: page.unitName(cell.unitCode), header: page.columnLabel(cell.colId),
      message: t(`parse_${problem}`, { text: cell.text.trim() }),
    }));
    const more = problems.length - shown.length;
    return [t('blockRefused'), ...shown, ...(more > 0 ? [t('pasteMore', { n: more })] : [])].join('\n');
  };

  const run = (action: BlockAction | { value: string }) => {
    const plan = page.session.plan();
    const selected = grid()?.selectedBlock();
    if (!plan) return;
    if (!selected) return page.setMessage(t('blockSelectFirst'));
    const kind = typeof action === 'object' ? 'value' : action;
    const edits: BlockEdits = typeof action === 'object' ? valueEdits(plan, selected, action.value)
      : action === 'clear' ? clearEdits(plan, selected)
        : fillEdits(plan, selected, action === 'fillDown' ? 'down' : 'right', onlyEmpty(), language());
    const built = blockCommand(edits.cells);
    if (!built.ok) return page.setMessage(refusedText(built.problems));
    const skipped = edits.skipped > 0 ? t(SKIPPED[kind], { n: formatCount(edits.skipped, language()) }) : '';
    if (edits.cells.length === 0) return page.setMessage([t('blockNothing'), skipped].filter((x) => x).join(' '));
    const result = page.dispatch(built.command, SOURCE[kind]);
    if (result.ok) page.setMessage(skipped);
  };

  const statusText = () => {
    const s = stats();
    if (!s) return '';
    const locale = language();
    const count = formatCount(s.count, locale);
    if (s.mean === null) return t('selectionStatusCount', { count });
    return t('selectionStatus', { count, sum: formatRate(rateFromPercent(s.sum), locale), mean: formatRate(rateFromPercent(s.mean), locale) });
  };

  return {
    setGrid,
    run,
    selectedUnits: () => {
      const selected = block();
      return selected ? [...new Set(selected.rows)] : undefined;
    },
    selectedIndicators: () => {
      const selected = block();
      if (!selected) return undefined;
      const ids = selected.cols.filter((c) => c.startsWith('target.') || c.startsWith('baseline.')).map((c) => c.slice(c.indexOf('.') + 1) as IndicatorId);
      return [...new Set(ids)];
    },
    tools: () => (
      <>
        <button type="button" data-testid="fill-down" title={t('fillDownHint')} onClick={() => run('fillDown')}>{t('fillDown')}</button>
        <button type="button" data-testid="fill-right" title={t('fillRightHint')} onClick={() => run('fillRight')}>{t('fillRight')}</button>
        <label class="check" title={t('fillOnlyEmptyHint')}>
          <input type="checkbox" data-testid="fill-only-empty" checked={onlyEmpty()} onChange={(e) => setOnlyEmpty(e.currentTarget.checked)} />{t('fillOnlyEmpty')}
        </label>
        <button type="button" data-testid="clear-cells" title={t('clearCellsHint')} onClick={() => run('clear')}>{t('clearCells')}</button>
        <output class="selection-status muted" data-testid="selection-status" aria-label={t('selectionStatusLabel')} aria-live="polite"
          data-count={stats()?.count ?? 0} data-sum={plain(stats()?.sum ?? null)} data-mean={plain(stats()?.mean ?? null)}>
          <Show when={stats()}>{statusText()}</Show>
        </output>
      </>
    ),
  };
}
