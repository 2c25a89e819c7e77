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

/**
 * The period a text names: `2023-H2`, `2023_h1`, "6 tháng đầu năm 2024" / "6 tháng cuối năm 2023" (with or
 * without diacritics); '' when it names none, or names two different ones.
 */
export function periodIn(texts: readonly string[]): string {
  const found = new Set<string>();
  for (const text of texts) {
    const folded = fold(text);
    for (const m of folded.matchAll(/(20\d{2})\s*[-_ .]?\s*h([12])(?![0-9])/g)) found.add(`${m[1]}-H${m[2]}`);
    for (const m of folded.matchAll(/6 thang (dau|cuoi) nam (20\d{2})/g)) found.add(`${m[2]}-H${m[1] === 'dau' ? 1 : 2}`);
  }
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
