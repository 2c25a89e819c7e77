import type { IndicatorId } from '../domain/ids';
import { foldDiacritics, type Indicator } from '../domain/indicators';
import { normalizePeriod } from '../domain/period';

/**
 * The one table of column headers the CSV import understands, compared after folding: diacritics removed,
 * lower case, punctuation as spaces. So `Mã đơn vị`, `MA DON VI`, `ma_don_vi` and `Unit code` are all `code`.
 */
export const HEADER_ALIASES = {
  index: ['stt', 'tt', 'so thu tu', 'no', 'number', 'n'],
  code: ['ma', 'ma don vi', 'ma dv', 'ma xa', 'ma xa phuong', 'ma xa phuong thi tran', 'ma px', 'ma dvhc', 'ma so', 'ma hanh chinh', 'ma don vi hanh chinh', 'code', 'unit code', 'commune code', 'id'],
  name: ['ten', 'ten don vi', 'ten xa', 'ten xa phuong', 'ten xa phuong thi tran', 'phuong xa', 'xa phuong', 'don vi', 'ten dvhc', 'ten don vi hanh chinh', 'name', 'unit name', 'unit', 'commune', 'commune name'],
  type: ['loai', 'loai don vi', 'loai hinh', 'loai hinh don vi', 'loai dvhc', 'cap', 'type', 'unit type', 'commune type', 'kind'],
  /** The district a commune belongs to, in lists of communes by district (the GSO list). */
  districtCode: ['district code', 'ma huyen', 'ma quan huyen', 'ma qh', 'ma cap huyen', 'ma don vi cap huyen'],
  districtName: ['district name', 'ten huyen', 'ten quan huyen', 'quan huyen', 'huyen', 'don vi cap huyen'],
  volume: ['so ho so', 'so ho so du kien', 'ho so du kien', 'khoi luong', 'khoi luong ho so', 'volume', 'expected dossiers', 'dossiers', 'expected volume', 'weight'],
} as const;

export type BasicColumn = keyof typeof HEADER_ALIASES;

/** Words that say which figure of an indicator a column holds. */
const BASELINE_WORDS = ['kq', 'ket qua', 'result', 'results', 'thuc hien', 'baseline', 'h1', 'ky truoc', 'previous', 'previous result'];
const TARGET_WORDS = ['chi tieu', 'target', 'targets', 'h2'];

export const foldHeader = (header: string) =>
  foldDiacritics(header).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export type HeaderMeaning =
  | { kind: BasicColumn }
  | { kind: 'rate'; indicatorId: IndicatorId; field: 'baseline' | 'target'; period?: string }
  | { kind: 'unknown' };

/** A period as a folded header writes it: `2023 h1`, `2024 q3`, `2024 07`. */
const PERIOD_IN_HEADER = /\b(\d{4}) (h[12]|q[1-4]|0[1-9]|1[0-2])\b/;

const hasWord = (text: string, words: readonly string[]) => words.some((w) => ` ${text} `.includes(` ${w} `));

/** What a header means: a basic column, an indicator's previous result or target, or nothing known. */
export function interpretHeader(header: string, indicators: readonly Indicator[]): HeaderMeaning {
  const folded = foldHeader(header);
  for (const [kind, aliases] of Object.entries(HEADER_ALIASES) as [BasicColumn, readonly string[]][]) {
    if (aliases.includes(folded)) return { kind };
  }
  // The indicator first (its name may contain "results"), by the longest name found as whole words;
  // what is left says which figure: `Hồ sơ trực tuyến - KQ 2023-H1`, `target.online_dossiers`, `Online dossiers (target)`.
  // A period in the header (`2023 h1`, `2024 q3`, `2024 07`, as folded) says nothing about which figure, but it is
  // kept: a file whose columns name another period than the plan's is refused (`otherPeriod`, csvImport.ts).
  const named = PERIOD_IN_HEADER.exec(folded);
  const text = folded.replace(new RegExp(PERIOD_IN_HEADER.source, 'g'), ' ').replace(/\s+/g, ' ').trim();
  let best: { indicator: Indicator; name: string } | undefined;
  for (const indicator of indicators) {
    for (const name of [indicator.name.vi, indicator.name.en, indicator.id.replace(/[_.-]/g, ' ')].map(foldHeader)) {
      if (name && ` ${text} `.includes(` ${name} `) && (!best || name.length > best.name.length)) best = { indicator, name };
    }
  }
  if (!best) return { kind: 'unknown' };
  const rest = ` ${text} `.replace(` ${best.name} `, ' ').trim();
  // A header with words of both kinds ("KQ thực hiện chỉ tiêu") is not guessed at: it is listed as not used.
  const target = hasWord(rest, TARGET_WORDS);
  const baseline = hasWord(rest, BASELINE_WORDS);
  const field = target && !baseline ? 'target' : baseline && !target ? 'baseline' : null;
  if (!field) return { kind: 'unknown' };
  return { kind: 'rate', indicatorId: best.indicator.id, field, ...(named ? { period: normalizePeriod(`${named[1]}-${named[2]}`) } : {}) };
}
