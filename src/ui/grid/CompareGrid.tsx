import { createGrid, type ColDef, type GridApi } from 'ag-grid-community';
import { createEffect, on, onCleanup, onMount } from 'solid-js';
import { formatRate, type Locale } from '../../domain/rate';
import type { ComparisonRow, VersionComparison } from '../../domain/versions/compareVersions';
import { GRID_LOCALE_VI } from './gridLocaleVi';
import { gridTheme, headerComponentParams } from './gridSetup';

/** The text of a compared cell: the value when both sides agree, `old → new` when they differ (`—` for none). */
export function comparedCell(before: Parameters<typeof formatRate>[0], after: Parameters<typeof formatRate>[0], locale: Locale): string {
  const show = (v: Parameters<typeof formatRate>[0]) => (v === undefined || v === null ? '—' : formatRate(v, locale));
  return before === after ? show(after) : `${show(before)} → ${show(after)}`;
}

/**
 * A comparison of two versions in a read-only grid with the plan grid's look: the unit's code and name, then
 * per indicator the target on both sides (`80 → 85,5`), a changed cell carrying `cell-changed`. AG Grid draws
 * only the rows in view, so a comparison of 10,598 units costs about what opening the plan does.
 */
export function CompareGrid(props: { comparison: VersionComparison; onlyChanged: boolean; locale: Locale; codeHeader: string; nameHeader: string; changedHeader: string }) {
  let el!: HTMLDivElement;
  let api: GridApi<ComparisonRow> | undefined;
  const columns = (): ColDef<ComparisonRow>[] => {
    const c = props.comparison;
    const locale = props.locale;
    return [
      { colId: 'code', headerName: props.codeHeader, field: 'code', pinned: 'left', width: 100 },
      { colId: 'name', headerName: props.nameHeader, field: 'name', pinned: 'left', width: 180 },
      ...c.indicators.map((ind, k): ColDef<ComparisonRow> => ({
        colId: `target.${ind.id}`, headerName: locale === 'vi' ? ind.name.vi : ind.name.en, width: 150, type: 'rightAligned',
        valueGetter: (p) => (p.data ? comparedCell(p.data.before[k], p.data.after[k], locale) : ''),
        comparator: (_a, _b, x, y) => (x.data?.after[k] ?? -1) - (y.data?.after[k] ?? -1),
        cellClassRules: { 'cell-changed': (p) => !!p.data && p.data.before[k] !== p.data.after[k] },
      })),
      { colId: 'changed', headerName: props.changedHeader, field: 'changed', width: 110, type: 'rightAligned' },
    ];
  };
  const rows = () => (props.onlyChanged ? props.comparison.rows.filter((r) => r.changed > 0) : [...props.comparison.rows]);
  onMount(() => {
    api = createGrid<ComparisonRow>(el, {
      theme: gridTheme,
      styleNonce: __STYLE_NONCE__ || undefined,
      columnDefs: columns(),
      rowData: rows(),
      getRowId: (p) => p.data.code,
      defaultColDef: { headerComponentParams, sortable: true, resizable: true, suppressMovable: true, wrapHeaderText: true },
      headerHeight: 48,
      suppressColumnMoveAnimation: true,
      animateRows: false,
      localeText: props.locale === 'vi' ? GRID_LOCALE_VI : undefined,
    });
  });
  // Later changes only (the other side chosen, the filter, the language): the grid was created with the first.
  createEffect(on([columns, rows], ([defs, data]) => {
    api?.setGridOption('columnDefs', defs);
    api?.setGridOption('rowData', data);
  }, { defer: true }));
  onCleanup(() => api?.destroy());
  return <div ref={el} class="compare-grid" data-testid="version-compare-grid" />;
}
