/**
 * Shared by the CSV tests (test/unit/csv*.test.ts): a small unit list, the default indicators, the appendix's
 * headers in both languages, and a CSV file read against a plan as the import preview reads it.
 */
import { makeDefaultIndicators } from '../../src/domain/indicators';
import type { Plan } from '../../src/domain/plan';
import { ValidationIndex } from '../../src/domain/validationIndex';
import type { CsvHeaders } from '../../src/io/csvExport';
import { readCsvImport } from '../../src/io/csvImport';
import { utf8 } from './encodings';

export const VI = 'Mã;Tên đơn vị;Loại\r\n21952;Thị trấn Tuy Phước;Thị trấn\r\n21961;Xã Phước Hưng;Xã\r\n';
export const indicators = makeDefaultIndicators();

export const headersVi: CsvHeaders = {
  index: 'STT', code: 'Mã đơn vị', name: 'Tên đơn vị', type: 'Loại', volume: 'Số hồ sơ dự kiến', aggregate: 'Tổng hợp (bình quân theo số hồ sơ)',
  indicator: (name, field) => `${name} - ${field === 'baseline' ? 'KQ 2023-H1' : 'Chỉ tiêu 2023-H2'}`, indicatorName: (i) => i.name.vi,
};
export const headersEn: CsvHeaders = { ...headersVi, index: 'No.', code: 'Code', name: 'Unit name', type: 'Type', volume: 'Expected dossiers', aggregate: 'Aggregate',
  indicator: (name, field) => `${name} - ${field === 'baseline' ? 'Result 2023-H1' : 'Target 2023-H2'}`, indicatorName: (i) => i.name.en };

export const totals = (p: Plan) => new ValidationIndex(p).totals();
export const bytesOf = (text: string) => utf8(text);

export function importInto(p: Plan, text: string | Uint8Array) {
  const read = readCsvImport(typeof text === 'string' ? bytesOf(text) : text, { units: p.units, indicators: p.indicators, period: p.period });
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.preview;
}
