/**
 * What went wrong with a file from outside, as data: which file, where (line, column or field path),
 * which problem and its details. The UI words it in the user's language; nothing here is a sentence.
 */
export type FileProblemCode =
  | 'tooLarge' | 'empty' | 'notJson' | 'unknownFormat' | 'newerVersion'
  | 'invalidValue' | 'missingField' | 'duplicateUnit' | 'unknownIndicator' | 'tooManyDecimals' | 'outOfRange' | 'reservedCode' | 'duplicateIndicator' | 'notAPlanFile' | 'unknownField';

export interface FileProblem {
  code: FileProblemCode;
  file: string;
  line?: number;
  column?: number;
  /** A path in the file, e.g. `plan.units[3].target.online_dossiers`. */
  field?: string;
  params?: Record<string, string | number>;
}

export type Restored<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[] };

/** A restore that failed, with every problem found. */
export const failed = (...problems: FileProblem[]): { ok: false; problems: FileProblem[] } => ({ ok: false, problems });

/** The largest file the app reads: large enough for every commune of Vietnam many times over. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** `['plan', 'units', 3, 'name']` → `plan.units[3].name` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
