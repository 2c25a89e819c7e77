import Papa from 'papaparse';
import { truncatedMean } from '../domain/aggregate';
import type { Indicator } from '../domain/indicators';
import { formatRate, formatRateFixed1 } from '../domain/rate';
import type { SideSummary, VersionComparison } from '../domain/versions/compareVersions';
import { CSV_DIALECTS, type CsvDialectId } from './csvDialect';
import { neutralise } from './csvExport';

/** The texts of a comparison's table, in the language of the user who exports. */
export interface ComparisonHeaders {
  index: string;
  code: string;
  name: string;
  /** How many of the row's cells differ. */
  changed: string;
  aggregate: string;
  errors: string;
  /** The sides' names ("Phương án 1", "Kế hoạch hiện tại"). */
  before: string;
  after: string;
  indicatorName: (indicator: Indicator) => string;
}

/**
 * A comparison as a CSV table: per unit its code, name, per indicator the target on each side, and how many
 * cells differ; then each side's aggregate (truncated to one decimal, as everywhere) and error count. The
 * plan's CSV conventions: UTF-8 with BOM, CRLF, the dialect's delimiter and decimal mark, numbers as numbers,
 * text cells neutralised against formula injection (`csvExport.ts`).
 */
export function serializeComparisonCsv(c: VersionComparison, headers: ComparisonHeaders, dialectId: CsvDialectId): string {
  const dialect = CSV_DIALECTS[dialectId];
  const locale = dialect.locale;
  const header = [headers.index, headers.code, headers.name,
    ...c.indicators.flatMap((i) => [`${headers.indicatorName(i)} (${headers.before})`, `${headers.indicatorName(i)} (${headers.after})`]), headers.changed];
  const rows = c.rows.map((r, n) => [String(n + 1), neutralise(r.code), neutralise(r.name),
    ...c.indicators.flatMap((_, k) => [formatRate(r.before[k], locale), formatRate(r.after[k], locale)]), String(r.changed)]);
  const aggregate = (side: SideSummary, id: Indicator['id']) => {
    const totals = side.totals.find((t) => t.indicator.id === id);
    const mean = totals ? truncatedMean(totals.target) : null;
    return mean === null ? '' : formatRateFixed1(mean, locale);
  };
  const errors = (side: SideSummary, id: Indicator['id']) => (side.totals.some((t) => t.indicator.id === id) ? String(side.unitErrors.get(id) ?? 0) : '');
  const totalRow = ['', '', neutralise(headers.aggregate), ...c.indicators.flatMap((i) => [aggregate(c.before, i.id), aggregate(c.after, i.id)]), String(c.changedCells)];
  const errorRow = ['', '', neutralise(headers.errors), ...c.indicators.flatMap((i) => [errors(c.before, i.id), errors(c.after, i.id)]), ''];
  const text = Papa.unparse([header.map(neutralise), ...rows, totalRow, errorRow], { delimiter: dialect.delimiter, newline: '\r\n', quotes: false });
  return `\uFEFF${text}\r\n`;
}
