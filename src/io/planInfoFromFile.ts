import { foldDiacritics } from '../domain/indicators';

/** What a unit list says about the plan it starts, besides its rows: lines above its header, its district column. */
export interface FileSays {
  /** The non-empty text of the rows above the header (an appendix's title lines), in order; at most a few. */
  titleLines: string[];
  /** The distinct values of a district-name column (the GSO list has one), at most a few. */
  districts: string[];
}

export interface SuggestedPlanInfo {
  name: string;
  period: string;
  allocatingUnit: string;
}

export const MAX_TITLE_LINES = 8;
export const MAX_DISTRICTS = 5;

const fold = (s: string) => foldDiacritics(s).toLowerCase();

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The periods one folded text names, most specific words first; what a form matched is not read again. */
function periodsIn(folded: string): string[] {
  const found: string[] = [];
  let rest = folded;
  const take = (pattern: RegExp, make: (m: RegExpMatchArray) => string) => {
    rest = rest.replace(pattern, (...args) => {
      found.push(make(args.slice(0, -2) as unknown as RegExpMatchArray));
      return ' ';
    });
  };
  take(/6 thang (dau|cuoi) nam (20\d{2})/g, (m) => `${m[2]}-H${m[1] === 'dau' ? 1 : 2}`);
  take(/quy (iv|iii|ii|i|[1-4]) nam (20\d{2})/g, (m) => `${m[2]}-Q${ROMAN[m[1]!] ?? m[1]}`);
  take(/thang (0?[1-9]|1[0-2]) nam (20\d{2})/g, (m) => `${m[2]}-${m[1]!.padStart(2, '0')}`);
  take(/ca nam (20\d{2})/g, (m) => `${m[1]}`);
  take(/(20\d{2})\s*[-_ .]?\s*h([12])(?![0-9])/g, (m) => `${m[1]}-H${m[2]}`);
  take(/(20\d{2})\s*[-_ .]?\s*q([1-4])(?![0-9])/g, (m) => `${m[1]}-Q${m[2]}`);
  // `2024-07`, but not a date (`2024-07-15`) nor a longer number.
  take(/(?<![0-9])(20\d{2})[-_.](0[1-9]|1[0-2])(?![0-9]|[-_.][0-9])/g, (m) => `${m[1]}-${m[2]}`);
  return found;
}

/**
 * The period a text names: `2023-H2`, `2023_h1`, `2024-Q3`, `2024-07`, "6 tháng đầu năm 2024" / "6 tháng cuối năm
 * 2023", "quý III năm 2024", "tháng 7 năm 2024", "cả năm 2024" (with or without diacritics); '' when it names
 * none, or names two different ones. A bare year is not taken: too many names carry one.
 */
export function periodIn(texts: readonly string[]): string {
  const found = new Set<string>();
  for (const text of texts) for (const period of periodsIn(fold(text))) found.add(period);
  return found.size === 1 ? [...found][0]! : '';
}

/** "Huyện Tuy Phước" → "UBND huyện Tuy Phước": the people's committee of a district, as decisions name it. */
const committeeOf = (district: string) => `UBND ${district.charAt(0).toLowerCase()}${district.slice(1)}`;

/**
 * The allocating unit a file names: its one district (a list of communes by district that holds a single
 * district), or a title line that names a people's committee ("UBND huyện …", "ỦY BAN NHÂN DÂN HUYỆN …").
 */
function allocatingUnitIn(says: FileSays): string {
  if (says.districts.length === 1) return committeeOf(says.districts[0]!);
  for (const line of says.titleLines) {
    const m = /^(?:ubnd|uy ban nhan dan)\s+(.+)$/.exec(fold(line).trim());
    // The original words, not the folded ones: the same length, since folding only drops marks.
    if (m) return `UBND ${line.trim().slice(line.trim().length - m[1]!.length)}`;
  }
  return '';
}

/** A plan name from the file's own title ("Kế hoạch …"), its one district, or else the file's name. */
function nameIn(fileName: string, says: FileSays): string {
  const title = says.titleLines.find((l) => fold(l).trim().startsWith('ke hoach'));
  if (title) return title.trim().slice(0, 200);
  if (says.districts.length === 1) return `Kế hoạch giao chỉ tiêu DVCTT — ${says.districts[0]}`;
  return fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
}

/** What to prefill when a file starts a plan: the user sees it and corrects it before the plan is made. */
export function suggestPlanInfo(fileName: string, says: FileSays): SuggestedPlanInfo {
  return {
    name: nameIn(fileName, says),
    period: periodIn([fileName, ...says.titleLines]),
    allocatingUnit: allocatingUnitIn(says),
  };
}
