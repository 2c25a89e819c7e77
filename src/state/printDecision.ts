import type { PlanId } from '../domain/ids';

/**
 * What the printed appendix says of the decision it is attached to, as the user last typed it for a plan.
 * Not part of the plan (a plan file carries only the plan): remembered on this computer, per plan, in
 * localStorage, so that the print dialog opens with it and Ctrl+P prints it too. Read synchronously,
 * because the browser prints right after `beforeprint`.
 */
export interface PrintDecision {
  /** As typed: `125`, or with its symbol `125/QĐ-UBND`; empty when not yet known. */
  number: string;
  /** `yyyy-mm-dd`, or empty when not yet known. */
  date: string;
  /** Print the signature block under the table. */
  signature: boolean;
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"…; empty: the default of the language. */
  authority: string;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH"…; empty: the default of the language. */
  title: string;
  /** The signer's full name; empty leaves the line to write in. */
  name: string;
}

export const EMPTY_PRINT_DECISION: PrintDecision = { number: '', date: '', signature: false, authority: '', title: '', name: '' };

const key = (planId: PlanId) => `dvctt.printDecision.${planId}`;
/** This visit's copy, for a browser that refuses localStorage (private mode). */
const visit = new Map<PlanId, PrintDecision>();

/** What was stored for the plan, each field checked (it is text anyone could have edited); the empty one otherwise. */
export function loadPrintDecision(planId: PlanId): PrintDecision {
  let stored: unknown;
  try {
    stored = JSON.parse(localStorage.getItem(key(planId)) ?? 'null');
  } catch {
    stored = null;
  }
  if (typeof stored !== 'object' || stored === null) return visit.get(planId) ?? EMPTY_PRINT_DECISION;
  const record = stored as Record<string, unknown>;
  const text = (name: keyof PrintDecision) => {
    const value = record[name];
    return typeof value === 'string' ? value.slice(0, 200) : '';
  };
  return {
    number: text('number'), date: text('date'), signature: record.signature === true,
    authority: text('authority'), title: text('title'), name: text('name'),
  };
}

export function savePrintDecision(planId: PlanId, decision: PrintDecision): void {
  visit.set(planId, decision);
  try {
    localStorage.setItem(key(planId), JSON.stringify(decision));
  } catch {
    // Private mode without storage: this visit's copy is printed, and the dialog asks again next visit.
  }
}
