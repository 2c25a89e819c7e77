import type { ProposedCell } from '../../domain/proposal/proposalTypes';
import { formatRate, type Locale } from '../../domain/rate';
import type { ProposalPreview } from '../../state/proposalRun';

/** "50 → 62,3" in a proposed cell; an empty cell shows "—". */
export const proposedCellText = (cell: Pick<ProposedCell, 'before' | 'after'>, locale: Locale) =>
  `${cell.before === null ? '—' : formatRate(cell.before, locale)} → ${cell.after === null ? '—' : formatRate(cell.after, locale)}`;

/**
 * A proposal previewed in the grid, with why each cell got its number in words: that text comes from the proposal
 * panel (`proposalText.ts`), which brings the proposal's messages with it, so the grid itself never loads them.
 */
export interface ShownProposal extends ProposalPreview {
  cellTitle(cell: ProposedCell, locale: Locale): string;
}
