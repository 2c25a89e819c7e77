import { indicatorId, type IndicatorId } from './ids';
import { PERCENT_100, rateFromPercent, type Rate } from './rate';

export type RuleMode = 'each' | 'weighted';

/**
 * One indicator of a plan together with what the province assigned for it.
 * The list is data carried by each plan: a province may add or drop indicators.
 */
export interface Indicator {
  id: IndicatorId;
  name: { vi: string; en: string };
  /**
   * The general target for the member units ("chỉ tiêu giao chung cho cấp xã"), as the province assigned it;
   * null while nobody has entered it: nothing is then judged against it, and the plan cannot be marked ready.
   * A mandatory indicator's rule is 100 % whatever this says.
   */
  min: Rate | null;
  mode: RuleMode;
  /** In `weighted` mode, the hard floor no single unit may go below; null when none. */
  floor: Rate | null;
  /** Every unit's target must be exactly 100 %. */
  mandatory: boolean;
  /** The allocating unit's own target, as assigned by the province; null when not given. */
  ownTarget: Rate | null;
  /**
   * The plan's choice: the members' aggregate must also reach `ownTarget`. Off by default, because in the
   * province's decision a district's own target concerns the dossiers the district handles itself.
   */
  checkOwnTarget: boolean;
  /**
   * What the indicator's monthly results count (the one-stop systems report a numerator and a denominator:
   * online dossiers of dossiers received…); absent: generic labels (`countLabels`).
   */
  counts?: CountLabels;
}

/** The labels of an indicator's count pair, in both languages. */
export interface CountLabels {
  num: { vi: string; en: string };
  den: { vi: string; en: string };
}

const pair = (numVi: string, numEn: string, denVi: string, denEn: string): CountLabels => ({ num: { vi: numVi, en: numEn }, den: { vi: denVi, en: denEn } });

/** The count pairs of the five national indicators, as the one-stop systems name them. */
export const NATIONAL_COUNT_LABELS: Readonly<Record<string, CountLabels>> = {
  online_dossiers: pair('Hồ sơ trực tuyến', 'Online dossiers', 'Hồ sơ tiếp nhận', 'Dossiers received'),
  online_payment: pair('Hồ sơ thanh toán trực tuyến', 'Dossiers paid online', 'Hồ sơ có nghĩa vụ tài chính', 'Dossiers with a fee'),
  digitisation: pair('Hồ sơ được số hóa', 'Dossiers digitised', 'Hồ sơ đã giải quyết', 'Dossiers resolved'),
  e_results: pair('Kết quả cấp điện tử', 'Results issued electronically', 'Kết quả đã cấp', 'Results issued'),
  population_db: pair('Hồ sơ khai thác CSDL dân cư', 'Dossiers using the population database', 'Hồ sơ cần dữ liệu dân cư', 'Dossiers needing resident data'),
};

/** An indicator's count pair: its own, or "numerator / denominator" when the plan names none. */
export const countLabels = (ind: Indicator): CountLabels => ind.counts ?? pair('Tử số', 'Numerator', 'Mẫu số', 'Denominator');

const make = (id: string, vi: string, en: string, mandatory = false): Indicator => ({
  id: indicatorId(id), name: { vi, en }, min: mandatory ? PERCENT_100 : null, mode: 'each', floor: null, mandatory,
  ownTarget: null, checkOwnTarget: false, counts: NATIONAL_COUNT_LABELS[id],
});

/** General targets in percent, by indicator id. */
export type GeneralTargets = Readonly<Record<string, number>>;

/**
 * The general targets of the demo plan: illustrative, in the shape of the July 2023 decision. Only the demo
 * (and tests that need a plan with an assignment) use them; a plan a user starts has no invented numbers.
 */
export const ILLUSTRATIVE_GENERAL_TARGETS: GeneralTargets = { online_dossiers: 50, online_payment: 45, digitisation: 70 };

/**
 * The five national indicators (product brief). `e_results` and `population_db` are mandatory (100 %), which
 * is the national rule; the others' general targets are the province's to assign, so they start unset
 * unless `generalTargets` gives them.
 */
export function makeDefaultIndicators(generalTargets: GeneralTargets = {}): Indicator[] {
  return [
    make('online_dossiers', 'Hồ sơ trực tuyến', 'Online dossiers'),
    make('online_payment', 'Thanh toán trực tuyến', 'Online payment'),
    make('digitisation', 'Số hóa hồ sơ, kết quả giải quyết TTHC', 'Digitisation of dossiers and results'),
    make('e_results', 'Cấp kết quả điện tử', 'Electronic results', true),
    make('population_db', 'Khai thác CSDL quốc gia về dân cư', 'Use of the national population database', true),
  ].map((ind) => {
    const given = generalTargets[ind.id];
    return given === undefined ? ind : { ...ind, min: rateFromPercent(given) };
  });
}

/**
 * The rate an indicator's targets are held to: 100 % when mandatory, else the general target (null while
 * unset). One place, so the grid, the rules, the verdict and the print never disagree.
 */
export const generalTarget = (ind: Indicator): Rate | null => (ind.mandatory ? PERCENT_100 : ind.min);

/** The province's general target is still to be entered: the indicator cannot be judged. */
export const isUnassigned = (ind: Indicator): boolean => generalTarget(ind) === null;

/** A stable id for a new indicator, made from its name and unique within the plan. */
export function makeIndicatorId(name: string, taken: readonly IndicatorId[]): IndicatorId {
  const base = foldDiacritics(name).toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 48) || 'indicator';
  let id = base;
  for (let n = 2; taken.includes(indicatorId(id)); n++) id = `${base}_${n}`;
  return indicatorId(id);
}

export function indicatorEqual(a: Indicator, b: Indicator): boolean {
  return a.id === b.id && a.name.vi === b.name.vi && a.name.en === b.name.en && a.min === b.min && a.mode === b.mode
    && a.floor === b.floor && a.mandatory === b.mandatory && a.ownTarget === b.ownTarget
    && a.checkOwnTarget === b.checkOwnTarget && countsEqual(a.counts, b.counts);
}

function countsEqual(a: CountLabels | undefined, b: CountLabels | undefined): boolean {
  return a === b || (!!a && !!b && a.num.vi === b.num.vi && a.num.en === b.num.en && a.den.vi === b.den.vi && a.den.en === b.den.en);
}

export function indicatorsEqual(a: readonly Indicator[], b: readonly Indicator[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => indicatorEqual(x, b[i] as Indicator)));
}

/** "Phước Sơn" → "Phuoc Son": for matching what people type without diacritics. */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
