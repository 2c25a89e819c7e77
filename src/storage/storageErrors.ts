import type { PlanId } from '../domain/ids';

/** The revision in storage is not the one this copy of the plan started from: another tab wrote first. */
export class RevisionConflict extends Error {
  constructor(readonly stored: number, readonly expected: number) {
    super(`The plan was changed elsewhere (revision ${stored}, expected ${expected}).`);
    this.name = 'RevisionConflict';
  }
}

export class PlanNotFound extends Error {
  constructor(readonly id: PlanId) {
    super(`No plan ${id}.`);
    this.name = 'PlanNotFound';
  }
}
