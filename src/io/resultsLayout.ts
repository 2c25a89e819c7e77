import type { IndicatorId } from '../domain/ids';
import type { Indicator } from '../domain/indicators';
import type { ResultPart } from '../domain/monitoring/resultKey';
import { cellText, type ResultsCell } from './resultsCells';
import {
  interpretGroupedHeader, interpretResultHeader, resultGroupTable, resultHeaderTable, type ResultBasicColumn, type ResultHeaderMeaning,
} from './resultHeaderAliases';

export interface CountColumn { column: number; header: string; indicatorId: IndicatorId; part: ResultPart }

/** Where a statistics sheet's header is and what its columns mean. */
export interface Layout {
  /** The header's (lower) row, 0-based: data rows start under it. */
  headerIndex: number;
  /** Every row of the header (one, or the group row and the row under it): a repeat of one further down is no data. */
  headerRows: number[];
  basic: Partial<Record<ResultBasicColumn, { column: number; header: string }>>;
  counts: CountColumn[];
  ignored: { column: number; header: string }[];
}

/** The header is looked for in the first rows: a portal export has its title lines above it. */
const HEADER_SEARCH = 20;

/**
 * The header tables of a plan's indicators, made once per indicator list: every CSV chosen on a plan's page is
 * sniffed for a statistics header (a few hundred headers folded), and a plan's indicators are replaced, never changed.
 */
const tablesOf = new WeakMap<readonly Indicator[], { table: ReturnType<typeof resultHeaderTable>; groups: ReturnType<typeof resultGroupTable> }>();
function headerTables(indicators: readonly Indicator[]) {
  let tables = tablesOf.get(indicators);
  if (!tables) {
    tables = { table: resultHeaderTable(indicators), groups: resultGroupTable(indicators) };
    tablesOf.set(indicators, tables);
  }
  return tables;
}

/** One column's header as the user reads it, and what it means. */
interface HeaderCell { header: string; meaning: ResultHeaderMeaning }

function layoutOf(headerRows: number[], cells: readonly HeaderCell[]): Layout {
  const layout: Layout = { headerIndex: headerRows[headerRows.length - 1]!, headerRows, basic: {}, counts: [], ignored: [] };
  cells.forEach(({ header, meaning }, c) => {
    const at = { column: c + 1, header };
    if (meaning.kind === 'count' && !layout.counts.some((k) => k.indicatorId === meaning.indicatorId && k.part === meaning.part)) {
      layout.counts.push({ ...at, indicatorId: meaning.indicatorId, part: meaning.part });
    } else if (meaning.kind !== 'count' && meaning.kind !== 'unknown' && !layout.basic[meaning.kind]) {
      layout.basic[meaning.kind] = at;
    } else if (header !== '') layout.ignored.push(at);
  });
  return layout;
}

const isHeader = (l: Layout | null): l is Layout => !!l && !!(l.basic.code || l.basic.name) && l.counts.length > 0;

/**
 * The header row and what its columns mean, or null when none of the first rows is a header (a unit column and a
 * count). A header may take two rows, as the portal prints its reports: a group (`Tiếp nhận hồ sơ`, merged over its
 * columns in a workbook, written in its first column in a CSV) over sub-headers (`Tổng số`, `Trực tuyến`). The pair
 * is read when it gives a header with more counts than either of its rows alone; else a row alone is the header.
 */
export function findResultsLayout(rows: readonly (readonly ResultsCell[])[], indicators: readonly Indicator[]): Layout | null {
  const { table, groups } = headerTables(indicators);
  const single = (i: number) => (i < rows.length ? layoutOf([i], rows[i]!.map((cell) => {
    const header = cellText(cell);
    return { header, meaning: interpretResultHeader(header, table) };
  })) : null);
  const first = rows.findIndex((r) => r.some((c) => cellText(c) !== ''));
  if (first < 0) return null;
  let next = single(first);
  for (let i = first; i < Math.min(rows.length, first + HEADER_SEARCH); i++) {
    const one = next;
    next = single(i + 1);
    if (i + 1 < rows.length) {
      const pair = layoutOf([i, i + 1], twoRowHeader(rows[i]!, rows[i + 1]!).map(({ upper, lower, header }) =>
        ({ header, meaning: interpretGroupedHeader(upper, lower, table, groups) })));
      const beats = (l: Layout | null) => !isHeader(l) || pair.counts.length > l.counts.length;
      if (isHeader(pair) && beats(one) && beats(next)) return pair;
    }
    if (isHeader(one)) return one;
  }
  return null;
}

/**
 * The columns of a two-row header: each lower cell under the nearest group to its left (a group is an upper cell
 * with a lower cell under it, and runs right over the empty upper cells that follow: a merged cell reads as its
 * first cell and empty ones); an upper cell with nothing under it stands alone (`Đơn vị` over both rows).
 */
export function twoRowHeader(upperRow: readonly ResultsCell[], lowerRow: readonly ResultsCell[]): { upper: string; lower: string; header: string }[] {
  const width = Math.max(upperRow.length, lowerRow.length);
  const columns: { upper: string; lower: string; header: string }[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const own = cellText(upperRow[c]);
    const lower = cellText(lowerRow[c]);
    if (own !== '') group = lower === '' ? '' : own;
    if (lower === '') {
      columns.push({ upper: own, lower: '', header: own });
      continue;
    }
    const upper = own !== '' ? own : group;
    columns.push({ upper, lower, header: upper === '' ? lower : `${upper} · ${lower}` });
  }
  return columns;
}
