import type { Unit } from './plan';

/** Codes that name the grid's pinned rows (automation hooks); no unit may take them. */
export const RESERVED_UNIT_CODES: readonly string[] = ['min', 'aggregate'];

/** The longest code and name a unit may have: what every file format accepts too, so any plan can be exported. */
export const MAX_CODE_LENGTH = 200;
export const MAX_NAME_LENGTH = 1000;

/** A code, name or type longer than any file format takes. */
export const isTooLong = (unit: Pick<Unit, 'code' | 'name' | 'type'>) =>
  unit.code.length > MAX_CODE_LENGTH || unit.name.length > MAX_NAME_LENGTH || unit.type.length > MAX_NAME_LENGTH;
