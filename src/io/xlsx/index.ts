/**
 * Excel workbooks, read and written with read-excel-file and write-excel-file. This module is the one door to
 * them and is only ever loaded on demand — `const { readWorkbook } = await import('../io/xlsx')` when an .xlsx is
 * opened or exported — so the libraries stay out of the first screen's JavaScript, in a chunk of their own.
 * Types come from './xlsxTypes', which holds no library code and may be imported anywhere.
 */
export { readWorkbook } from './readWorkbook';
export { writeWorkbook } from './writeWorkbook';
export type { CellValue, SheetRows, SheetToWrite, WorkbookReading, XlsxProblem, XlsxProblemCode } from './xlsxTypes';
