import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { foldDiacritics, type Indicator } from '../../domain/indicators';
import { formatCount } from '../../domain/rate';
import { indicatorName, levelText } from '../i18n/issueText';
import { t } from '../i18n/t';
import { makeColumnReads, numbersLast, summaryOf, unitOf, type ColumnReads, type ColumnContext } from './columnContext';
import { rateColumn } from './rateColumn';
import { isSummary, type GridRow } from './rows';

/** The columns of the allocation grid. Column ids are automation hooks (README): keep them stable. */
export function makeColumnDefs(ctx: ColumnContext): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const reads = makeColumnReads(ctx);
  return [
    textColumn(reads, 'code', t('colCode'), 64, { pinned: 'left' }),
    textColumn(reads, 'name', t('colName'), 176, {
      pinned: 'left',
      getQuickFilterText: (p) => (isSummary(p.data) ? '' : `${p.data.name} ${foldDiacritics(p.data.name)} ${p.data.code}`),
    }),
    textColumn(reads, 'type', t('colType'), 70),
    volumeColumn(reads),
    ...ctx.indicators.map((ind) => indicatorGroup(reads, ind)),
  ];
}

/** A unit's code, name or type; the name column labels the summary rows. */
function textColumn(reads: ColumnReads, colId: 'code' | 'name' | 'type', header: string, width: number, extra: Partial<ColDef<GridRow>> = {}): ColDef<GridRow> {
  return {
    colId, headerName: header, width,
    valueGetter: (p) => {
      const unit = unitOf(p);
      if (unit) return unit[colId];
      if (colId !== 'name') return '';
      return summaryOf(p) === 'min' ? t('minRow', { level: levelText(reads.ctx.level) }) : t('aggregateRow');
    },
    editable: (p) => colId !== 'code' && !!unitOf(p),
    valueSetter: reads.valueSetter(colId),
    comparator: (a: string, b: string) => a.localeCompare(b, 'vi'),
    getQuickFilterText: () => '',
    cellClass: colId === 'name' ? (p) => (summaryOf(p) ? 'cell-summary-label' : undefined) : undefined,
    ...extra,
  };
}

function volumeColumn(reads: ColumnReads): ColDef<GridRow> {
  return {
    colId: 'volume', headerName: t('colVolume'), width: 78, type: 'rightAligned',
    valueGetter: (p) => {
      const unit = unitOf(p);
      return unit ? unit.volume : null;
    },
    valueFormatter: (p) => formatCount(p.value as number | null, reads.ctx.locale),
    cellEditorParams: { useFormatter: true },
    editable: (p) => !!unitOf(p),
    valueSetter: reads.valueSetter('volume'),
    comparator: numbersLast,
    getQuickFilterText: () => '',
  };
}

/** An indicator's result and target columns under its name. */
function indicatorGroup(reads: ColumnReads, ind: Indicator): ColGroupDef<GridRow> {
  return {
    groupId: ind.id,
    wrapHeaderText: true,
    headerName: indicatorName(ind, reads.ctx.locale),
    headerTooltip: indicatorName(ind, reads.ctx.locale),
    children: [rateColumn(reads, ind, 'baseline'), rateColumn(reads, ind, 'target')],
  };
}
