import type { IndicatorId } from '../domain/ids';
import { countLabels, type Indicator } from '../domain/indicators';
import type { ResultPart } from '../domain/monitoring/resultKey';
import { foldHeader, HEADER_ALIASES } from './headerAliases';

/**
 * The one table of column headers a monthly statistics file is read through, compared after folding (diacritics
 * removed, lower case, punctuation as spaces): `Số HS đã TTTT`, `SO HS DA TTTT` and `so_hs_da_tttt` are one header.
 * Written here with their diacritics, as the one-stop systems and the national portal print them.
 */
export const RESULT_HEADER_ALIASES: Readonly<Record<string, Readonly<Record<ResultPart, readonly string[]>>>> = {
  online_dossiers: {
    n: ['Tiếp nhận trực tuyến', 'Hồ sơ tiếp nhận trực tuyến', 'Số hồ sơ tiếp nhận trực tuyến', 'HS tiếp nhận trực tuyến', 'Số HS tiếp nhận trực tuyến',
      'Tổng HS tiếp nhận trực tuyến', 'Hồ sơ trực tuyến', 'Số hồ sơ trực tuyến', 'HS trực tuyến', 'Số HS trực tuyến', 'Trực tuyến', 'Dossiers received online'],
    d: ['Tổng số hồ sơ tiếp nhận', 'Tổng hồ sơ tiếp nhận', 'Tổng HS tiếp nhận', 'Tổng số HS tiếp nhận', 'Hồ sơ tiếp nhận', 'Số hồ sơ tiếp nhận',
      'HS tiếp nhận', 'Số HS tiếp nhận', 'Tiếp nhận', 'Tổng tiếp nhận', 'Tổng số hồ sơ', 'Total dossiers received'],
    r: ['Tỷ lệ hồ sơ trực tuyến', 'Tỷ lệ tiếp nhận trực tuyến', 'Tỷ lệ trực tuyến', 'Tỉ lệ trực tuyến'],
  },
  online_payment: {
    n: ['Số HS đã TTTT', 'Số hồ sơ đã TTTT', 'HS đã TTTT', 'Đã TTTT', 'Số HS TTTT', 'HS TTTT', 'Số hồ sơ thanh toán trực tuyến', 'Hồ sơ thanh toán trực tuyến',
      'HS thanh toán trực tuyến', 'Số HS thanh toán trực tuyến', 'Số hồ sơ đã thanh toán trực tuyến', 'HS đã thanh toán trực tuyến', 'Đã thanh toán trực tuyến'],
    d: ['Tổng HS có nghĩa vụ tài chính', 'Tổng hồ sơ có nghĩa vụ tài chính', 'Tổng số hồ sơ có nghĩa vụ tài chính', 'Hồ sơ có nghĩa vụ tài chính',
      'Số hồ sơ có nghĩa vụ tài chính', 'HS có nghĩa vụ tài chính', 'Số HS có nghĩa vụ tài chính', 'Tổng HS có NVTC', 'Số HS có NVTC', 'HS có NVTC',
      'Hồ sơ phát sinh nghĩa vụ tài chính', 'Số hồ sơ phát sinh nghĩa vụ tài chính', 'Hồ sơ phát sinh phí, lệ phí', 'HS phát sinh phí, lệ phí'],
    r: ['Tỷ lệ TTTT', 'Tỷ lệ thanh toán trực tuyến', 'Tỉ lệ TTTT'],
  },
  digitisation: {
    n: ['Số HS được số hóa', 'Số hồ sơ được số hóa', 'Hồ sơ được số hóa', 'HS được số hóa', 'HS đã số hóa', 'Số HS đã số hóa', 'Số hồ sơ đã số hóa',
      'Hồ sơ đã số hóa', 'Đã số hóa', 'Hồ sơ số hóa', 'Số hồ sơ số hóa', 'Số hóa hồ sơ'],
    d: ['Tổng HS đã giải quyết', 'Tổng hồ sơ đã giải quyết', 'Tổng số hồ sơ đã giải quyết', 'Hồ sơ đã giải quyết', 'Số hồ sơ đã giải quyết',
      'HS đã giải quyết', 'Số HS đã giải quyết', 'Đã giải quyết'],
    r: ['Tỷ lệ số hóa', 'Tỷ lệ số hóa hồ sơ', 'Tỉ lệ số hóa'],
  },
  e_results: {
    n: ['Kết quả cấp điện tử', 'Số kết quả cấp điện tử', 'Kết quả điện tử', 'Số kết quả điện tử', 'KQ điện tử', 'Số KQ điện tử', 'KQ cấp điện tử',
      'Số KQ cấp điện tử', 'Số HS trả kết quả điện tử', 'Trả kết quả điện tử', 'Cấp kết quả điện tử'],
    d: ['Kết quả đã cấp', 'Tổng kết quả đã cấp', 'Tổng số kết quả đã cấp', 'Số kết quả đã cấp', 'Tổng KQ đã cấp', 'Số KQ đã cấp', 'KQ đã cấp'],
    r: ['Tỷ lệ cấp kết quả điện tử', 'Tỷ lệ kết quả điện tử', 'Tỷ lệ KQ điện tử'],
  },
  population_db: {
    n: ['Hồ sơ khai thác CSDL dân cư', 'Số HS khai thác CSDL dân cư', 'HS khai thác CSDL dân cư', 'Số hồ sơ khai thác CSDL dân cư', 'HS khai thác CSDLQG về dân cư',
      'Khai thác CSDLQG về dân cư', 'Khai thác CSDL dân cư', 'Số hồ sơ khai thác dữ liệu dân cư', 'HS khai thác dữ liệu dân cư', 'Khai thác dữ liệu dân cư'],
    d: ['Hồ sơ cần dữ liệu dân cư', 'Số HS cần dữ liệu dân cư', 'HS cần dữ liệu dân cư', 'Số hồ sơ cần dữ liệu dân cư', 'Hồ sơ yêu cầu dữ liệu dân cư',
      'HS yêu cầu thông tin dân cư', 'Hồ sơ cần khai thác dữ liệu dân cư'],
    r: ['Tỷ lệ khai thác CSDL dân cư', 'Tỷ lệ khai thác dữ liệu dân cư'],
  },
};

/** Words that, before or after an indicator's name or id, say which figure of its pair a column holds. */
const PART_WORDS: Readonly<Record<ResultPart, readonly string[]>> = {
  n: ['tu so', 'numerator', 'n', 'num'],
  d: ['mau so', 'denominator', 'd', 'den'],
  r: ['ty le', 'ti le', 'rate', 'r', 'ty le %'],
};

/** The columns of a statistics file that are not counts: the unit, the month, the district. */
const BASIC = {
  index: HEADER_ALIASES.index,
  code: [...HEADER_ALIASES.code, 'ma xa phuong thi tran', 'ma don vi xa', 'ma co quan', 'ma dvhc cap xa'],
  name: [...HEADER_ALIASES.name, 'co quan', 'ten co quan', 'don vi tiep nhan', 'xa phuong thi tran', 'dia ban'],
  month: ['thang', 'ky', 'ky bao cao', 'thang bao cao', 'ky thong ke', 'thang thong ke', 'thang nam', 'thoi gian', 'thoi diem', 'month', 'period', 'reporting period'],
  district: [...HEADER_ALIASES.districtName, ...HEADER_ALIASES.districtCode],
} as const;

export type ResultBasicColumn = keyof typeof BASIC;

export type ResultHeaderMeaning =
  | { kind: ResultBasicColumn }
  | { kind: 'count'; indicatorId: IndicatorId; part: ResultPart }
  | { kind: 'unknown' };

type CountMeaning = Extract<ResultHeaderMeaning, { kind: 'count' }>;

/**
 * The headers of counts for a plan's indicators, folded, in order of precedence: the plan's own count labels
 * (they are the plan's data), then `<name or id> - Tử số/Mẫu số/Tỷ lệ` for every indicator, then the portal's
 * wording of the five national indicators. A header taken by an earlier meaning keeps it.
 */
export function resultHeaderTable(indicators: readonly Indicator[]): ReadonlyMap<string, CountMeaning> {
  const table = new Map<string, CountMeaning>();
  const add = (text: string, indicatorId: IndicatorId, part: ResultPart) => {
    const folded = foldHeader(text);
    if (folded && !table.has(folded)) table.set(folded, { kind: 'count', indicatorId, part });
  };
  for (const ind of indicators) {
    const labels = countLabels(ind);
    for (const lang of ['vi', 'en'] as const) {
      add(labels.num[lang], ind.id, 'n');
      add(labels.den[lang], ind.id, 'd');
    }
  }
  for (const ind of indicators) {
    for (const name of [ind.name.vi, ind.name.en, ind.id]) {
      for (const [part, words] of Object.entries(PART_WORDS) as [ResultPart, readonly string[]][]) {
        for (const word of words) {
          add(`${name} ${word}`, ind.id, part);
          add(`${word} ${name}`, ind.id, part);
        }
      }
    }
  }
  for (const ind of indicators) {
    const national = RESULT_HEADER_ALIASES[ind.id];
    if (!national) continue;
    for (const part of ['n', 'd', 'r'] as const) for (const text of national[part]) add(text, ind.id, part);
  }
  return table;
}

/**
 * A cell of figures (`12`, `85,5`, `-3 %`): folded, it is digits and spaces alone, so it can be a header only if a
 * header known folds to digits alone (an indicator named `2023`). The layout search reads every cell of a file's
 * first rows as a possible header, mostly figures: `figureIsNoHeader` lets them be passed over without folding.
 */
const isFigure = (text: string) => /^[\s\d.,%+-]*$/.test(text);
const digitsOnly = (folded: string) => /^[\d ]*$/.test(folded);
const BASIC_HAS_DIGITS_ONLY = Object.values(BASIC).some((aliases: readonly string[]) => aliases.some(digitsOnly));
const digitKeys = new WeakMap<ReadonlyMap<string, unknown>, boolean>();
/** Whether a figure means nothing with this table of headers (none of its keys is digits alone): known once per table. */
function figureIsNoHeader(table: ReadonlyMap<string, unknown>): boolean {
  let has = digitKeys.get(table);
  if (has === undefined) {
    has = [...table.keys()].some(digitsOnly);
    digitKeys.set(table, has);
  }
  return !has && !BASIC_HAS_DIGITS_ONLY;
}
const UNKNOWN: ResultHeaderMeaning = { kind: 'unknown' };

/** A header folded as written, then without a trailing note in brackets (`Tỷ lệ TTTT (%)`), when that differs. */
function foldedForms(header: string): string[] {
  const written = foldHeader(header);
  const bare = foldHeader(header.replace(/\s*[([][^()[\]]*[)\]]\s*$/, ''));
  return (written === bare ? [written] : [written, bare]).filter((f) => f !== '');
}

/**
 * What a header of a statistics file means. A trailing note in brackets (`Tiếp nhận trực tuyến (hồ sơ)`,
 * `Tỷ lệ TTTT (%)`) is tried away when the header as written is not known.
 */
export function interpretResultHeader(header: string, table: ReadonlyMap<string, CountMeaning>): ResultHeaderMeaning {
  if (isFigure(header) && figureIsNoHeader(table)) return UNKNOWN;
  for (const folded of foldedForms(header)) {
    for (const [kind, aliases] of Object.entries(BASIC) as [ResultBasicColumn, readonly string[]][]) {
      if (aliases.includes(folded)) return { kind };
    }
    const count = table.get(folded);
    if (count) return count;
  }
  return UNKNOWN;
}

/**
 * Two-row headers, as the portal prints its reports: a group over several columns (`Tiếp nhận hồ sơ`, `Thanh toán
 * trực tuyến`) and, under it, what each column holds (`Tổng số`, `Trực tuyến`, `Tỷ lệ`). Per national indicator:
 * the group's wordings, and the sub-headers that under that group mean its numerator, denominator or rate. An
 * indicator's own names are groups too, and `GROUP_PART_WORDS` mean the same part under any indicator's group.
 */
export const RESULT_GROUP_ALIASES: Readonly<Record<string, Readonly<Record<'group' | ResultPart, readonly string[]>>>> = {
  online_dossiers: {
    group: ['Tiếp nhận hồ sơ', 'Hồ sơ tiếp nhận', 'Số hồ sơ tiếp nhận', 'Tình hình tiếp nhận hồ sơ', 'Tiếp nhận', 'Dịch vụ công trực tuyến', 'DVC trực tuyến',
      'Tiếp nhận trực tuyến', 'Hồ sơ nộp trực tuyến'],
    n: ['Trực tuyến', 'Tiếp nhận trực tuyến', 'Nộp trực tuyến', 'Qua DVC trực tuyến', 'Qua dịch vụ công trực tuyến', 'Hồ sơ trực tuyến', 'Số hồ sơ trực tuyến',
      'HS trực tuyến', 'Số HS trực tuyến'],
    d: ['Tiếp nhận', 'Tổng tiếp nhận', 'Tổng số tiếp nhận', 'Tổng số hồ sơ tiếp nhận', 'Tổng HS tiếp nhận', 'Hồ sơ tiếp nhận', 'Số hồ sơ tiếp nhận'],
    r: ['Tỷ lệ trực tuyến', 'Tỷ lệ tiếp nhận trực tuyến', 'Tỷ lệ hồ sơ trực tuyến', 'Tỷ lệ HS trực tuyến'],
  },
  online_payment: {
    group: ['Thanh toán trực tuyến (TTTT)', 'TTTT', 'Thanh toán trực tuyến phí, lệ phí', 'Thanh toán phí, lệ phí trực tuyến', 'Thanh toán phí, lệ phí',
      'Nghĩa vụ tài chính', 'Hồ sơ có nghĩa vụ tài chính', 'Thanh toán'],
    n: ['Đã TTTT', 'Số HS đã TTTT', 'Số hồ sơ đã TTTT', 'HS đã TTTT', 'Đã thanh toán trực tuyến', 'Đã thanh toán', 'Thanh toán trực tuyến', 'Trực tuyến',
      'Số HS thanh toán trực tuyến', 'Số hồ sơ thanh toán trực tuyến'],
    d: ['Có nghĩa vụ tài chính', 'Tổng HS có nghĩa vụ tài chính', 'Tổng số HS có nghĩa vụ tài chính', 'HS có nghĩa vụ tài chính', 'Phát sinh nghĩa vụ tài chính',
      'Tổng HS có NVTC', 'HS có NVTC', 'Có NVTC', 'Có phí, lệ phí', 'Phát sinh phí, lệ phí'],
    r: ['Tỷ lệ TTTT', 'Tỷ lệ thanh toán trực tuyến', 'Tỷ lệ đã TTTT'],
  },
  digitisation: {
    group: ['Số hóa hồ sơ', 'Số hóa', 'Số hóa hồ sơ, kết quả', 'Số hóa hồ sơ, kết quả giải quyết', 'Số hóa hồ sơ TTHC', 'Số hóa kết quả giải quyết TTHC'],
    n: ['Đã số hóa', 'Được số hóa', 'Số hóa', 'Số HS đã số hóa', 'Số HS được số hóa', 'Số hồ sơ đã số hóa', 'Số hồ sơ được số hóa'],
    d: ['Đã giải quyết', 'Giải quyết', 'Hồ sơ đã giải quyết', 'Số hồ sơ đã giải quyết', 'Tổng HS đã giải quyết', 'Tổng số HS đã giải quyết', 'Tổng số hồ sơ đã giải quyết'],
    r: ['Tỷ lệ số hóa', 'Tỷ lệ đã số hóa'],
  },
  e_results: {
    group: ['Kết quả điện tử', 'Trả kết quả điện tử', 'Cấp kết quả giải quyết TTHC điện tử', 'Kết quả giải quyết điện tử', 'Kết quả giải quyết TTHC'],
    n: ['Điện tử', 'Cấp điện tử', 'Trả điện tử', 'Đã cấp điện tử', 'Kết quả điện tử', 'Số KQ điện tử', 'KQ điện tử', 'Bản điện tử'],
    d: ['Đã cấp', 'Kết quả đã cấp', 'Tổng kết quả', 'Tổng số kết quả', 'Tổng KQ', 'Tổng KQ đã cấp', 'Số KQ đã cấp', 'Đã trả kết quả'],
    r: ['Tỷ lệ điện tử', 'Tỷ lệ cấp điện tử', 'Tỷ lệ KQ điện tử', 'Tỷ lệ kết quả điện tử'],
  },
  population_db: {
    group: ['Khai thác CSDL dân cư', 'Khai thác CSDLQG về dân cư', 'Khai thác, sử dụng CSDLQG về dân cư', 'Khai thác, sử dụng CSDL dân cư', 'Khai thác dữ liệu dân cư',
      'Khai thác, sử dụng dữ liệu dân cư', 'Sử dụng CSDL dân cư', 'CSDL dân cư', 'CSDLQG về dân cư'],
    n: ['Đã khai thác', 'Có khai thác', 'Khai thác', 'Số HS khai thác', 'Số HS đã khai thác', 'Số hồ sơ đã khai thác', 'Đã sử dụng', 'Có sử dụng'],
    d: ['Cần dữ liệu dân cư', 'Cần khai thác', 'Phải khai thác', 'HS cần dữ liệu dân cư', 'Số HS cần dữ liệu dân cư', 'Tổng HS cần dữ liệu dân cư', 'Yêu cầu dữ liệu dân cư'],
    r: ['Tỷ lệ khai thác', 'Tỷ lệ đã khai thác'],
  },
};

/** Sub-headers that mean the same part of a pair under the group of any indicator. */
const GROUP_PART_WORDS: Readonly<Record<ResultPart, readonly string[]>> = {
  n: ['Tử số', 'Numerator'],
  d: ['Mẫu số', 'Tổng số', 'Tổng', 'Tổng cộng', 'Tổng số hồ sơ', 'Tổng hồ sơ', 'Tổng số HS', 'Tổng HS', 'Denominator', 'Total'],
  r: ['Tỷ lệ', 'Tỉ lệ', 'Tỷ lệ %', 'Rate'],
};

/** Group headers (folded) → their indicator, and `<indicator> <sub-header>` (folded) → the part it holds. */
export interface ResultGroupTable { groups: ReadonlyMap<string, IndicatorId>; parts: ReadonlyMap<string, ResultPart> }

/** The group table of a plan's indicators: their own names first, then the portal's wording of the national ones. */
export function resultGroupTable(indicators: readonly Indicator[]): ResultGroupTable {
  const groups = new Map<string, IndicatorId>();
  const parts = new Map<string, ResultPart>();
  const addGroup = (text: string, id: IndicatorId) => { const f = foldHeader(text); if (f && !groups.has(f)) groups.set(f, id); };
  const addPart = (id: IndicatorId, text: string, part: ResultPart) => { const k = `${id} ${foldHeader(text)}`; if (!parts.has(k)) parts.set(k, part); };
  for (const ind of indicators) for (const name of [ind.name.vi, ind.name.en, ind.id]) addGroup(name, ind.id);
  for (const ind of indicators) {
    const national = RESULT_GROUP_ALIASES[ind.id];
    for (const text of national?.group ?? []) addGroup(text, ind.id);
    for (const part of ['n', 'd', 'r'] as const) {
      for (const text of national?.[part] ?? []) addPart(ind.id, text, part);
      for (const text of GROUP_PART_WORDS[part]) addPart(ind.id, text, part);
    }
  }
  return { groups, parts };
}

/**
 * What a column of a two-row header means: `upper` is the nearest group above it (the lower row's cell is read
 * under it), `lower` its own cell; either may be empty. A group with a sub-header it knows is that indicator's
 * part (`Tiếp nhận hồ sơ` + `Trực tuyến` → online dossiers' numerator); else both read as one header, either way
 * round (`Hồ sơ trực tuyến` + `Tử số`, `Đơn vị` + `Mã`); else the lower cell alone, unless it names another
 * indicator than its group does: such a column is not guessed.
 */
export function interpretGroupedHeader(upper: string, lower: string, table: ReadonlyMap<string, CountMeaning>, groupTable: ResultGroupTable): ResultHeaderMeaning {
  if (lower.trim() === '') return interpretResultHeader(upper, table);
  if (upper.trim() === '') return interpretResultHeader(lower, table);
  const group = isFigure(upper) && figureIsNoHeader(groupTable.groups) ? undefined
    : foldedForms(upper).map((f) => groupTable.groups.get(f)).find((id) => id !== undefined);
  if (group) {
    const part = foldedForms(lower).map((f) => groupTable.parts.get(`${group} ${f}`)).find((p) => p !== undefined);
    if (part) return { kind: 'count', indicatorId: group, part };
  }
  for (const joined of [`${upper} ${lower}`, `${lower} ${upper}`]) {
    const meaning = interpretResultHeader(joined, table);
    if (meaning.kind !== 'unknown') return meaning;
  }
  const alone = interpretResultHeader(lower, table);
  return alone.kind === 'count' && group && alone.indicatorId !== group ? { kind: 'unknown' } : alone;
}
