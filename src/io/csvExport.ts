import Papa from 'papaparse';
import { truncatedMean } from '../domain/aggregate';
import type { Plan, Unit } from '../domain/plan';
import type { TotalIndicator } from '../domain/provinceTotal';
import { formatRate, formatRateFixed1, type Rate } from '../domain/rate';
import type { IndicatorTotals } from '../domain/validationIndex';
import type { ConsolidatedRow } from '../domain/consolidation';
import { CSV_DIALECTS, type CsvDialectId } from './csvDialect';

/** The headers of the appendix table, in the language of the user who exports. */
export interface CsvHeaders {
  index: string;
  code: string;
  name: string;
  type: string;
  volume: string;
  aggregate: string;
  indicator: (indicatorName: string, field: 'baseline' | 'target') => string;
  indicatorName: (indicator: Plan['indicators'][number]) => string;
}

/** A text cell that Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) is neutralised with `'`. */
const FORMULA = /^[=+\-@\t\r]/;
export const neutralise = (text: string) => (FORMULA.test(text) ? `'${text}` : text);
/** The reverse, for reading back a file the app wrote. */
export const unneutralise = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/**
 * The plan as the appendix table: STT, code, name, type, volume, then per indicator the previous result and
 * the target, then the aggregate row. UTF-8 with BOM and CRLF, so Excel shows the diacritics. Numbers are
 * written as numbers in the dialect's convention (`85,5` with `;`, `85.5` with `,`) and are never quoted
 * as text; text cells are neutralised against formula injection.
 */
export function serializePlanCsv(plan: Plan, totals: readonly IndicatorTotals[], headers: CsvHeaders, dialectId: CsvDialectId): string {
  return [...planCsvParts(plan, totals, headers, dialectId)].join('');
}

/**
 * A text cell as PapaParse writes it with `quotes: false`: between quotes, with `"` doubled, when it holds
 * the delimiter, a quote, CR, LF or a byte-order mark, or starts or ends with a space; as it is otherwise.
 * The rows below are written here rather than by `Papa.unparse` (a test holds the two to the same bytes):
 * an array per row and Papa's checks of every cell cost more than writing the line.
 */
function textCell(delimiter: string): (text: string) => string {
  const special = new RegExp(`[\r\n"\uFEFF]|${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|^ | $`);
  return (text) => (special.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
}

/**
 * The same text in parts, `unitsPerPart` rows each, so that a caller can let the page breathe between them
 * (100,000 rows are about a second of work; 20,000 about a tenth of a second). Every part after the first starts with the line break that
 * separates it from the one before, so the parts joined are the text, whatever the split.
 */
export function* planCsvParts(plan: Plan, totals: readonly IndicatorTotals[], headers: CsvHeaders, dialectId: CsvDialectId, unitsPerPart = 20_000): Generator<string> {
  const dialect = CSV_DIALECTS[dialectId];
  const options = { delimiter: dialect.delimiter, newline: '\r\n', quotes: false };
  const fields = [headers.index, headers.code, headers.name, headers.type, headers.volume,
    ...plan.indicators.flatMap((ind) => [headers.indicator(headers.indicatorName(ind), 'baseline'), headers.indicator(headers.indicatorName(ind), 'target')])];
  yield `\uFEFF${Papa.unparse([fields.map(neutralise)], options)}`;
  const d = dialect.delimiter;
  const locale = dialect.locale;
  const text = textCell(d);
  // A rate's decimal mark is never the dialect's delimiter, so rates go out as they are; were a dialect to
  // pair them, they would be quoted like text.
  const rateCell = formatRate(150 as Rate, locale).includes(d) ? text : (s: string) => s;
  const ids = plan.indicators.map((ind) => ind.id);
  // Plain loops and one string per part: this runs for every cell of plans of up to 100,000 units.
  for (let start = 0; start < plan.units.length; start += unitsPerPart) {
    let part = '';
    const end = Math.min(plan.units.length, start + unitsPerPart);
    for (let i = start; i < end; i++) {
      const u = plan.units[i]!;
      let line = `\r\n${String(i + 1)}${d}${text(neutralise(u.code))}${d}${text(neutralise(u.name))}${d}${text(neutralise(u.type))}${d}${u.volume === null ? '' : String(u.volume)}`;
      for (const id of ids) line += `${d}${rateCell(formatRate(u.baseline[id], locale))}${d}${rateCell(formatRate(u.target[id], locale))}`;
      part += line;
    }
    yield part;
  }
  const byId = new Map(totals.map((t) => [t.indicator.id, t]));
  const mean = (t: IndicatorTotals | undefined, field: 'baseline' | 'target') => {
    const value = t ? truncatedMean(t[field]) : null;
    return value === null ? '' : formatRateFixed1(value, dialect.locale);
  };
  // The total of the known volumes; with no volume known there is no total (never a 0 that reads as "no dossiers").
  const known = plan.units.filter((u) => u.volume !== null);
  const volumeSum = known.length === 0 ? '' : String(known.reduce((s, u) => s + (u.volume ?? 0), 0));
  const aggregate = ['', '', neutralise(headers.aggregate), '', volumeSum,
    ...plan.indicators.flatMap((ind) => [mean(byId.get(ind.id), 'baseline'), mean(byId.get(ind.id), 'target')])];
  yield `\r\n${Papa.unparse([aggregate], options)}\r\n`;
}

export interface ConsolidationHeaders {
  unit: string;
  period: string;
  status: (status: 'draft' | 'ready') => string;
  statusHeader: string;
  errors: string;
  warnings: string;
  indicator: (indicatorName: string) => string;
  meets: (indicatorName: string) => string;
  /** The verdict in words: never "Đạt" where nothing was checked. */
  verdict: (indicator: ConsolidatedRow['indicators'][number]) => string;
  exportedAt: string;
  file: string;
  indicatorName: (indicator: Plan['indicators'][number]) => string;
  /** The status of a member district that sent no file ("Chưa gửi"). */
  missingStatus: string;
  /** The province total's name ("Toàn tỉnh") and its verdict in words. */
  total: string;
  totalVerdict: (indicator: TotalIndicator) => string;
}

/** What the view shows below the districts: the member districts that sent no file, and the province total. */
export interface ConsolidationExtras {
  missing: readonly Pick<Unit, 'name'>[];
  total: readonly TotalIndicator[];
  /** The province plan's period, for the missing districts' lines; empty without one. */
  period: string;
}

/** The province's consolidated table as CSV: one row per district, the same dialects and safety as the appendix. */
export function serializeConsolidationCsv(
  rows: readonly ConsolidatedRow[], indicators: readonly Plan['indicators'][number][], headers: ConsolidationHeaders, dialectId: CsvDialectId, extras: ConsolidationExtras,
): string {
  const dialect = CSV_DIALECTS[dialectId];
  const fields = [headers.unit, headers.period, headers.statusHeader, headers.errors, headers.warnings,
    ...indicators.flatMap((i) => [headers.indicator(headers.indicatorName(i)), headers.meets(headers.indicatorName(i))]), headers.exportedAt, headers.file];
  const data = rows.map((r) => [
    neutralise(r.plan.allocatingUnit), neutralise(r.plan.period), headers.status(r.plan.status), String(r.errors), String(r.warnings),
    ...indicators.flatMap((i) => {
      const x = r.indicators.find((y) => y.indicatorId === i.id);
      return [x?.aggregate === null || x?.aggregate === undefined ? '' : formatRateFixed1(x.aggregate, dialect.locale), x ? neutralise(headers.verdict(x)) : ''];
    }),
    neutralise(r.exportedAt), neutralise(r.fileName),
  ]);
  const blanks = (n: number) => Array<string>(n).fill('');
  for (const m of extras.missing) {
    data.push([neutralise(m.name), neutralise(extras.period), neutralise(headers.missingStatus), '', '', ...blanks(2 * indicators.length), '', '']);
  }
  data.push([neutralise(headers.total), neutralise(extras.period || (rows[0]?.plan.period ?? '')), '', '', '', ...indicators.flatMap((i) => {
    const x = extras.total.find((y) => y.indicator.id === i.id);
    return [x?.aggregate === null || x?.aggregate === undefined ? '' : formatRateFixed1(x.aggregate, dialect.locale), x ? neutralise(headers.totalVerdict(x)) : ''];
  }), '', '']);
  return `\uFEFF${Papa.unparse({ fields: fields.map(neutralise), data }, { delimiter: dialect.delimiter, newline: '\r\n', quotes: false })}\r\n`;
}
