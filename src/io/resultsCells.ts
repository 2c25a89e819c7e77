import { unneutralise } from './csvExport';

/** A sheet's cells as a CSV or a workbook gives them: text, a number (a workbook's numeric cell) or nothing. */
export type ResultsCell = string | number | null;

export const cellText = (cell: ResultsCell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  const text = cell.trim();
  return text.charCodeAt(0) === 39 ? unneutralise(text) : text; // `'=…`: a cell our exports neutralised
};

/**
 * The value a spreadsheet shows for a formula that failed: Excel's (`#DIV/0!`, `#N/A`, `#VALUE!`, `#REF!`,
 * `#NAME?`, `#NUM!`, `#NULL!`, and the newer `#SPILL!`, `#CALC!`…) and LibreOffice's `Err:502`. A CSV saved from
 * the sheet holds it as text; the workbook reader (`io/xlsx`) gives an error cell as the same text.
 */
const EXCEL_ERROR = /^(?:#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)|Err:\d{3})$/i;

export const isExcelError = (text: string): boolean => EXCEL_ERROR.test(text);

/** A division by zero: in a rate column, the rate of a unit that received no dossiers. */
export const isDivisionByZero = (text: string): boolean => text.toUpperCase() === '#DIV/0!';
