import { createSignal } from 'solid-js';
import type { Unit } from '../../domain/plan';
import { normalizePeriod } from '../../domain/plan';
import { withLastRowChoice, withNewUnitsChoice } from '../../io/csvApply';
import type { CsvPreview } from '../../io/csvImport';
import { suggestPlanInfo } from '../../io/planInfoFromFile';
import type { PlanInfoDraft } from '../../state/planList';
import { planInfoProblems } from '../planList/PlanInfoFields';

/** How many changed rows the preview lists (and new units it names). */
export const SHOWN_CHANGES = 20;

/** What the CSV preview reads from its dialog. */
export interface CsvChoicesSource {
  preview: CsvPreview;
  fileName: string;
  intoOpenPlan: boolean;
  onApply: (preview: CsvPreview, info: PlanInfoDraft | undefined) => void;
}

/**
 * The questions a CSV raises and the preview they make: the new plan's name, period and allocating unit when
 * the file starts a plan (prefilled from the file), whether to add the new units, whether the last row is
 * complete; Apply with what was chosen, or the new plan's problems said.
 */
export function createCsvChoices(source: CsvChoicesSource) {
  // A file that starts a plan: its name, period and allocating unit are asked first, prefilled from the file
  // (the suggestion is made once, from the file as first read).
  const [info, setInfo] = createSignal<PlanInfoDraft>(suggestPlanInfo(source.fileName, source.preview.fileSays));
  const [infoProblems, setInfoProblems] = createSignal<string[]>([]);
  // New units are added only by the user's explicit choice when the plan has units: off by default.
  const [addNewUnits, setAddNewUnits] = createSignal(false);
  // A last row that may have been cut is read only when the user says it is complete: off by default.
  const [lastRowComplete, setLastRowComplete] = createSignal(false);
  const withLastRow = () => withLastRowChoice(source.preview, lastRowComplete());
  /** The preview with the user's choices. */
  const preview = () => withNewUnitsChoice(withLastRow(), addNewUnits());
  const newUnits = () => (source.preview.newUnitsNeedChoice ? withLastRow().adds : []);
  const held = () => {
    const h = source.preview.lastRowHeld;
    return h ? { line: h.line, value: source.preview.problems.find((x) => x.code === 'lastRowMayBeCut')?.value ?? '' } : undefined;
  };
  const problemRows = () => new Set(preview().problems.map((x) => x.line)).size;
  const changes = () => [...preview().adds.map((a) => ({ before: undefined as Unit | undefined, after: a.after })), ...preview().updates].slice(0, SHOWN_CHANGES);
  const canApply = () => preview().adds.length + preview().updates.length > 0;
  const apply = () => {
    if (source.intoOpenPlan) return source.onApply(preview(), undefined);
    const problems = planInfoProblems(info());
    setInfoProblems(problems);
    if (problems.length === 0) source.onApply(preview(), { ...info(), period: normalizePeriod(info().period) });
  };
  return {
    info, setInfo, infoProblems, addNewUnits, setAddNewUnits, lastRowComplete, setLastRowComplete,
    preview, newUnits, held, problemRows, changes, canApply, apply,
  };
}

export type CsvChoices = ReturnType<typeof createCsvChoices>;
