import type { IndicatorId } from '../ids';
import type { Unit } from '../plan';
import { PERCENT_100 } from '../rate';
import { entryOf, type MonthEntry } from './results';
import type { MonthKey } from './resultKey';

/**
 * An exact sum of safe integers: a number while the running sum stays a safe integer (the usual case, and much
 * faster), a BigInt for whatever would not fit. Counts are at most 10⁸ and a numerator in hundredths 10¹², so
 * every single term is safe; only sums over very many units could leave the safe range. A term may be negative:
 * the monitoring index takes an edited unit's old figures back out.
 */
export class ExactSum {
  private small = 0;
  private big = 0n;

  add(term: number): void {
    const sum = this.small + term;
    if (Number.isSafeInteger(sum)) this.small = sum;
    else this.big += BigInt(term);
  }

  addBig(term: bigint): void {
    this.big += term;
  }

  value(): bigint {
    return this.big + BigInt(this.small);
  }
}

/**
 * The figures of one month (of a unit, or summed over units), exactly: Σ numerators in hundredths of a percent
 * times dossiers (10 000·n for counts, r·d for a rate entered with its dossiers), and Σ denominators. A month
 * with no denominator has no weight and is missing — never 0 — and a result (a count or a rate) entered with no
 * dossier count cannot be weighted, so it is counted apart (`unweighted`), left out of every sum, and keeps its
 * unit's progress from being judged (`progressOf`).
 */
export interface MonthFigures {
  num: bigint;
  den: bigint;
  /** Entries that have a denominator: 0 means the month is missing. */
  reported: number;
  /** Entries given as a result (count or rate) with no dossier count. */
  unweighted: number;
}

export const NO_FIGURES: MonthFigures = { num: 0n, den: 0n, reported: 0, unweighted: 0 };

/**
 * A month's summed figures as counts of whole dossiers (a total row's numerator and denominator): the numerator
 * rounded down where rates entered with their dossiers made it fractional; none when no entry had a denominator.
 */
export function monthCounts(f: MonthFigures | undefined): MonthEntry {
  return f && f.reported > 0 ? { n: Number(f.num / BigInt(PERCENT_100)), d: Number(f.den), r: null } : { n: null, d: null, r: null };
}

/** Accumulates entries of one month. */
export class MonthAccumulator {
  private num = new ExactSum();
  private den = new ExactSum();
  private reported = 0;
  private unweighted = 0;

  add(entry: MonthEntry): void {
    if (entry.d === null) {
      if (entry.r !== null || entry.n !== null) this.unweighted++;
      return;
    }
    if (entry.r !== null) this.num.add(entry.r * entry.d);
    else if (entry.n !== null) this.num.add(entry.n * PERCENT_100);
    else return; // a denominator alone is a row half typed: not yet a result
    this.den.add(entry.d);
    this.reported++;
  }

  /** Adds figures already summed (a district's month, into the province's). */
  addFigures(f: MonthFigures): void {
    this.num.addBig(f.num);
    this.den.addBig(f.den);
    this.reported += f.reported;
    this.unweighted += f.unweighted;
  }

  figures(): MonthFigures {
    return this.reported === 0 && this.unweighted === 0 ? NO_FIGURES
      : { num: this.num.value(), den: this.den.value(), reported: this.reported, unweighted: this.unweighted };
  }
}

/** One unit's figures for an indicator, month by month. */
export function unitMonths(unit: Unit, id: IndicatorId, months: readonly MonthKey[]): MonthFigures[] {
  return months.map((month) => {
    const acc = new MonthAccumulator();
    acc.add(entryOf(unit, month, id));
    return acc.figures();
  });
}

/** The figures of many units for an indicator, month by month: the allocating unit's own figures. */
export function unitsMonths(units: readonly Unit[], id: IndicatorId, months: readonly MonthKey[]): MonthFigures[] {
  return months.map((month) => {
    const acc = new MonthAccumulator();
    for (const unit of units) if (unit.results) acc.add(entryOf(unit, month, id));
    return acc.figures();
  });
}
