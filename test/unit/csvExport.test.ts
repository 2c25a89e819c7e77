/** The plan's CSV export (the appendix) in both dialects, and byte for byte as PapaParse writes it. */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { truncatedMean } from '../../src/domain/aggregate';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { indicatorId, unitCode } from '../../src/domain/ids';
import { makeDefaultIndicators, type Indicator } from '../../src/domain/indicators';
import type { Plan, Unit } from '../../src/domain/plan';
import { formatRate, formatRateFixed1, type Rate } from '../../src/domain/rate';
import type { IndicatorTotals } from '../../src/domain/validationIndex';
import { CSV_DIALECTS, type CsvDialectId } from '../../src/io/csvDialect';
import { neutralise, planCsvParts, serializePlanCsv, type CsvHeaders } from '../../src/io/csvExport';
import { makeTestPlan, NOW } from '../support/builders';
import { headersEn, headersVi, importInto, totals } from '../support/csvPlans';

const plan = makeDemoPlan(NOW);

describe('CSV export', () => {
  it('writes the appendix in the Excel Việt Nam dialect: BOM, CRLF, ;, decimal comma, aggregate row', () => {
    const csv = serializePlanCsv(plan, totals(plan), headersVi, 'excel-vn');
    expect(csv.startsWith('\uFEFFSTT;Mã đơn vị;Tên đơn vị;Loại;Số hồ sơ dự kiến;Hồ sơ trực tuyến - KQ 2023-H1;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(plan.units.length + 3); // header, units, aggregate, final CRLF
    expect(lines[1]).toMatch(/^1;21952;Thị trấn Tuy Phước;Thị trấn;2913;55;64;60,5;68;/);
    expect(lines[plan.units.length + 1]).toMatch(/^;;Tổng hợp \(bình quân theo số hồ sơ\);;\d+;47,7;58,6;/);
    expect(csv.includes('\n') && !/[^\r]\n/.test(csv)).toBe(true);
  });

  it('leaves the aggregate row\'s volume empty when no unit has a volume, and totals the known ones otherwise', () => {
    const aggregateCells = (p: Plan) => serializePlanCsv(p, totals(p), headersVi, 'excel-vn').split('\r\n').at(-2)!.split(';');
    const base = makeTestPlan({ units: 3 });
    const none: Plan = { ...base, units: base.units.map((u) => ({ ...u, volume: null })) };
    expect(aggregateCells(none).slice(0, 5)).toEqual(['', '', 'Tổng hợp (bình quân theo số hồ sơ)', '', '']);
    expect(aggregateCells(makeTestPlan({ units: 0 }))[4]).toBe('');
    const some: Plan = { ...base, units: base.units.map((u, i) => ({ ...u, volume: i === 1 ? null : 1000 * (i + 1) })) };
    expect(aggregateCells(some)[4]).toBe('4000');
    // A known volume of 0 is a total of 0.
    expect(aggregateCells({ ...none, units: none.units.map((u, i) => (i === 0 ? { ...u, volume: 0 } : u)) })[4]).toBe('0');
  });

  it('writes the same text in parts, however the rows are split', () => {
    for (const p of [plan, makeTestPlan({ units: 0 }), makeTestPlan({ units: 7 })]) {
      for (const dialect of ['excel-vn', 'standard'] as const) {
        const whole = serializePlanCsv(p, totals(p), headersVi, dialect);
        for (const perPart of [1, 3, 5000]) {
          const parts = [...planCsvParts(p, totals(p), headersVi, dialect, perPart)];
          expect(parts.join('')).toBe(whole);
          expect(parts).toHaveLength(2 + Math.ceil(p.units.length / perPart));
        }
      }
    }
  });

  it('writes the standard dialect with , and a decimal point, quoting only what needs it', () => {
    const csv = serializePlanCsv(plan, totals(plan), headersEn, 'standard');
    expect(csv).toContain('"Digitisation of dossiers and results - Result 2023-H1"'.replace(/"/g, ''));
    expect(csv.split('\r\n')[1]).toMatch(/^1,21952,Thị trấn Tuy Phước,Thị trấn,2913,55,64,60.5,68,/);
  });

  it('neutralises text that Excel would run as a formula, and keeps numbers as numbers', () => {
    const p = makeTestPlan({ units: 2 });
    const evil = { ...p, units: [{ ...p.units[0]!, name: '=HYPERLINK("http://x","y")', type: '@SUM(A1)' }, { ...p.units[1]!, code: unitCode('-12'), name: '+84 912' }] };
    const csv = serializePlanCsv(evil, totals(evil), headersVi, 'excel-vn');
    expect(csv).toContain(`;"'=HYPERLINK(""http://x"",""y"")";'@SUM(A1);`);
    expect(csv).toContain(";'-12;'+84 912;");
    // and it reads back as it was
    const preview = importInto(evil, csv);
    expect(preview.unchanged).toBe(2);
  });
});

/**
 * The appendix as it was written before the rows were written by hand: every row handed to `Papa.unparse`.
 * The export must give these bytes for every plan.
 */
function papaPlanCsv(plan: Plan, totals: readonly IndicatorTotals[], headers: CsvHeaders, dialectId: CsvDialectId): string {
  const dialect = CSV_DIALECTS[dialectId];
  const options = { delimiter: dialect.delimiter, newline: '\r\n', quotes: false };
  const rate = (r: Rate | null | undefined) => formatRate(r ?? null, dialect.locale);
  const fields = [headers.index, headers.code, headers.name, headers.type, headers.volume,
    ...plan.indicators.flatMap((i) => [headers.indicator(headers.indicatorName(i), 'baseline'), headers.indicator(headers.indicatorName(i), 'target')])];
  const rows = plan.units.map((u, i) => [String(i + 1), neutralise(u.code), neutralise(u.name), neutralise(u.type), u.volume === null ? '' : String(u.volume),
    ...plan.indicators.flatMap((ind) => [rate(u.baseline[ind.id]), rate(u.target[ind.id])])]);
  const byId = new Map(totals.map((t) => [t.indicator.id, t]));
  const mean = (t: IndicatorTotals | undefined, field: 'baseline' | 'target') => {
    const value = t ? truncatedMean(t[field]) : null;
    return value === null ? '' : formatRateFixed1(value, dialect.locale);
  };
  const volumes = plan.units.filter((u) => u.volume !== null);
  const aggregate = ['', '', neutralise(headers.aggregate), '', volumes.length === 0 ? '' : String(volumes.reduce((s, u) => s + (u.volume ?? 0), 0)),
    ...plan.indicators.flatMap((ind) => [mean(byId.get(ind.id), 'baseline'), mean(byId.get(ind.id), 'target')])];
  return `\uFEFF${Papa.unparse([fields.map(neutralise), ...rows, aggregate], options)}\r\n`;
}

/** Text that a CSV writer can get wrong: delimiters, quotes, line breaks, edge spaces, formula starts, BOMs, surrogates. */
const TRICKY = ['"', '""', ';', ',', '\r', '\n', '\r\n', ' ', '  ', '\t', '=', '+', '-', '@', "'", '\uFEFF', '\u2028', '\u2029',
  '\ud800', '\udfff', '\u0000', '\\', 'Phước', 'Đồng Xuân', 'Thị trấn', 'a', '1,5', '85.5', '=SUM(A1)', '|'];
const trickyText = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 4, unit: 'binary' })), { maxLength: 6 }).map((a) => a.join(''));

describe('CSV export, byte for byte as PapaParse writes it (property)', () => {
  const rateArb = fc.oneof(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.double(), fc.constantFrom(0, -0, 1, 5, 10, 4279, 8550, 10000)).map((r) => r as Rate);
  const ids = ['online_dossiers', 'online_payment', 'digitisation', '7', 'constructor'];
  const valuesArb = fc.dictionary(fc.constantFrom(...ids), rateArb).map((d) => d as Unit['target']);
  const unitArb = fc.record({
    code: trickyText.map(unitCode), name: trickyText, type: fc.oneof(fc.constantFrom('Xã', 'Phường', 'Thị trấn', ''), trickyText),
    volume: fc.option(fc.oneof(fc.nat(100_000_000), fc.double()), { nil: null }), baseline: valuesArb, target: valuesArb,
  });
  const indicatorsArb = fc.subarray(ids, { minLength: 0 }).map((chosen) => {
    const defaults = makeDefaultIndicators();
    return chosen.map((id, k): Indicator => ({ ...defaults[k % defaults.length]!, id: indicatorId(id) }));
  });
  const headersArb = fc.record({ index: trickyText, code: trickyText, name: trickyText, aggregate: trickyText, prefix: trickyText })
    .map(({ prefix, ...h }): CsvHeaders => ({ ...headersVi, ...h, indicator: (name, field) => `${prefix}${name} ${field}` }));

  it('writes every plan as the rows handed to Papa.unparse would be, in both dialects and however it is split', () => {
    fc.assert(fc.property(fc.array(unitArb, { maxLength: 12 }), indicatorsArb, headersArb, fc.constantFrom('excel-vn' as const, 'standard' as const), fc.integer({ min: 1, max: 5 }),
      (units, chosen, headers, dialect, perPart) => {
        const p: Plan = { ...makeTestPlan({ units: 0 }), indicators: chosen, units };
        // The aggregate row is written as before; its totals cannot be taken of the impossible rates here.
        const t: IndicatorTotals[] = [];
        const expected = papaPlanCsv(p, t, headers, dialect);
        expect(serializePlanCsv(p, t, headers, dialect)).toBe(expected);
        expect([...planCsvParts(p, t, headers, dialect, perPart)].join('')).toBe(expected);
      }), { numRuns: 500 });
  });

  it('writes a plan of every commune in Vietnam (10,598 units) as PapaParse would', () => {
    const p = makeTestPlan({ units: 10_598 });
    for (const dialect of ['excel-vn', 'standard'] as const) {
      expect(serializePlanCsv(p, totals(p), headersVi, dialect)).toBe(papaPlanCsv(p, totals(p), headersVi, dialect));
    }
  });

  it.each([
    ['a quote', 'Xã "Mới"', '"Xã ""Mới"""'], ['the delimiter', 'A;B', '"A;B"'], ['the other dialect\'s delimiter', 'A,B', 'A,B'],
    ['a line break', 'A\nB', '"A\nB"'], ['a carriage return', 'A\rB', '"A\rB"'], ['a leading space', ' A', '" A"'], ['a trailing space', 'A ', '"A "'],
    ['a byte-order mark', 'A\uFEFF', '"A\uFEFF"'], ['a formula start', '=1+1', "'=1+1"], ['a tab start', '\tA', "'\tA"], ['a CR start', '\rA', '"\'\rA"'],
  ])('quotes and neutralises a name with %s as Excel needs it', (_what, name, cell) => {
    const base = makeTestPlan({ units: 1 });
    const p: Plan = { ...base, units: [{ ...base.units[0]!, name }] };
    const csv = serializePlanCsv(p, totals(p), headersVi, 'excel-vn');
    expect(csv.split('\r\n').slice(1, -2).join('\r\n')).toContain(`;${cell};`);
    expect(csv).toBe(papaPlanCsv(p, totals(p), headersVi, 'excel-vn'));
  });
});
