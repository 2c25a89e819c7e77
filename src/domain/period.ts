/**
 * A plan's period: a year, a half-year, a quarter or a month. Stored and exchanged as text in one canonical
 * form (`2024`, `2024-H1`, `2024-Q3`, `2024-07`), so plans of the half-year form written before periods had
 * kinds read unchanged and no file format changed; this module is the one place that reads and writes it.
 */
export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number };

export type PeriodKind = Period['kind'];

/** How many periods of each kind a year holds. */
const PER_YEAR: Record<PeriodKind, number> = { year: 1, half: 2, quarter: 4, month: 12 };

/** `2024`, `2024-H1`, `2024-Q3`, `2024-07` (or `2024-7` typed); case and surrounding spaces do not matter. */
const FORM = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0?[1-9]|1[0-2])))?$/;

/** Text → a period, or null when it names none. */
export function parsePeriod(text: string): Period | null {
  const m = FORM.exec(text.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'half', year, half: m[2] === '1' ? 1 : 2 };
  if (m[3]) return { kind: 'quarter', year, quarter: Number(m[3]) as 1 | 2 | 3 | 4 };
  if (m[4]) return { kind: 'month', year, month: Number(m[4]) };
  return { kind: 'year', year };
}

/** A period → its canonical text, the stored form. */
export function formatPeriod(p: Period): string {
  const year = String(p.year).padStart(4, '0');
  switch (p.kind) {
    case 'year': return year;
    case 'half': return `${year}-H${p.half}`;
    case 'quarter': return `${year}-Q${p.quarter}`;
    case 'month': return `${year}-${String(p.month).padStart(2, '0')}`;
  }
}

/** The period's place within its year, from 1 (H2 → 2, Q3 → 3, July → 7; a year → 1). */
const indexInYear = (p: Period): number =>
  p.kind === 'half' ? p.half : p.kind === 'quarter' ? p.quarter : p.kind === 'month' ? p.month : 1;

/** The period of `kind` at position `index` (from 1) of `year`. */
function periodAt(kind: PeriodKind, year: number, index: number): Period {
  switch (kind) {
    case 'year': return { kind, year };
    case 'half': return { kind, year, half: index as 1 | 2 };
    case 'quarter': return { kind, year, quarter: index as 1 | 2 | 3 | 4 };
    case 'month': return { kind, year, month: index };
  }
}

/** The months (1–12) a period covers: H1 → 1…6, Q3 → 7…9, a year → 1…12, a month → itself. */
export function monthsOf(p: Period): number[] {
  const length = 12 / PER_YEAR[p.kind];
  const first = (indexInYear(p) - 1) * length + 1;
  return Array.from({ length }, (_, k) => first + k);
}

/** The period `steps` periods of the same kind away (2024-Q4 + 1 → 2025-Q1); null past year 9999 or before 1000. */
export function shiftPeriod(p: Period, steps: number): Period | null {
  const n = PER_YEAR[p.kind];
  const index = p.year * n + indexInYear(p) - 1 + steps;
  const year = Math.floor(index / n);
  if (year < 1000 || year > 9999) return null;
  return periodAt(p.kind, year, (index % n) + 1);
}

/** `2023-h2 ` → `2023-H2`, `2024-7` → `2024-07`: how a period is stored; text that names none is only trimmed and upper-cased. */
export function normalizePeriod(text: string): string {
  const p = parsePeriod(text);
  return p ? formatPeriod(p) : text.trim().toUpperCase();
}

export const isValidPeriod = (text: string) => parsePeriod(text) !== null;

const shiftText = (text: string, steps: number): string | null => {
  const p = parsePeriod(text);
  const shifted = p && shiftPeriod(p, steps);
  return shifted ? formatPeriod(shifted) : null;
};

/** The period before, of the same kind: `2023-H2` → `2023-H1`, `2024-01` → `2023-12`; text that names none → null. */
export const previousPeriod = (text: string) => shiftText(text, -1);
/** The period after, of the same kind: `2023-H2` → `2024-H1`, `2024-Q4` → `2025-Q1`; text that names none → null. */
export const nextPeriod = (text: string) => shiftText(text, 1);
