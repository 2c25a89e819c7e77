import { lazy } from 'solid-js';
import { loadOnce } from './loadOnce';

/**
 * Code the first screen (the plan list, a plan and its grid) does not need, loaded when it is first used, so a
 * first visit downloads and parses less. Every feature a screen opens on demand is here:
 * - a component is wrapped in Solid's `lazy()`: it appears once its code is here, whole, so a dialog still
 *   takes the focus when it opens, as `showModal()` gives it;
 * - code that a user action runs is a function resolving with its module, which the action awaits.
 * Vite makes a chunk of each; the service worker precaches every chunk, so all of it loads offline too.
 * A module loaded from here never imports this registry back (the lint refuses import cycles, dynamic ones too):
 * what it loads later itself, it loads itself (the zip writer in files/exportPlan.ts, English in i18n/t.ts).
 */

/** A file coming in (chosen, dropped, opened with the app): recognising it, the file formats checked with Zod, CSV, the preview. */
export const ImportFlow = lazy(() => import('./files/ImportFlow').then((m) => ({ default: m.ImportFlow })));

/** Files going out: the CSV appendix (PapaParse), the plan file and assignment files. */
export const loadExports = loadOnce(() => import('./files/exportPlan'));
export const ExportAssignmentDialog = lazy(() => import('./files/ExportAssignmentDialog').then((m) => ({ default: m.ExportAssignmentDialog })));
/** What an assignment export delivered: shown after an export, so its code came with the dialog's. */
export const AssignmentDelivered = lazy(() => import('./files/ExportAssignmentDialog').then((m) => ({ default: m.AssignmentDelivered })));

/** The full backup of every plan (restoring one goes through `ImportFlow`). */
export const loadBackup = loadOnce(() => import('../state/backup'));

/** The province's consolidated view of districts' plan files. */
export const ConsolidationPage = lazy(() => import('./province/ConsolidationPage').then((m) => ({ default: m.ConsolidationPage })));

/**
 * The printed appendix. The browser prints right after `beforeprint`, with no time to fetch code: a plan page
 * preloads it (`planPageTools`) once its grid is on screen.
 */
export const PrintAppendix = lazy(() => import('./plan/PrintAppendix').then((m) => ({ default: m.PrintAppendix })));
/** What "In phụ lục" asks first: the decision the appendix is attached to, and the signature block. */
export const PrintDialog = lazy(() => import('./plan/PrintDialog').then((m) => ({ default: m.PrintDialog })));

/** A block pasted in the grid (`pasteBlock`), and the question it asks when it covers different kinds of columns. */
export const loadPasteFlow = loadOnce(() => import('./plan/pasteFlow'));
export const PasteConfirmDialog = lazy(() => import('./plan/PasteConfirmDialog').then((m) => ({ default: m.PasteConfirmDialog })));

/** What a button of the plan page or the plan list opens. */
export const AssignmentPanel = lazy(() => import('./plan/AssignmentPanel').then((m) => ({ default: m.AssignmentPanel })));
export const AddUnitDialog = lazy(() => import('./plan/UnitDialogs').then((m) => ({ default: m.AddUnitDialog })));
export const PlanInfoDialog = lazy(() => import('./plan/PlanInfoDialog').then((m) => ({ default: m.PlanInfoDialog })));
export const NewPlanDialog = lazy(() => import('./planList/NewPlanDialog').then((m) => ({ default: m.NewPlanDialog })));
export const DuplicatePlanDialog = lazy(() => import('./planList/DuplicatePlanDialog').then((m) => ({ default: m.DuplicatePlanDialog })));

/** "Đề xuất phân bổ": the proposal panel and the solver behind it. */
export const ProposalPanel = lazy(() => import('./proposal/ProposalPanel').then((m) => ({ default: m.ProposalPanel })));

/** "Lịch sử thay đổi": a cell's or the whole plan's history, from the change journal, and its CSV. */
export const HistoryPanel = lazy(() => import('./plan/HistoryPanel').then((m) => ({ default: m.HistoryPanel })));
/** Named versions of a plan: saving one, the list, the comparison (its read-only grid) and restoring. */
export const VersionsHost = lazy(() => import('./versions/VersionsHost').then((m) => ({ default: m.VersionsHost })));

/** A plan's monthly follow-up ("Theo dõi"): the results grid, its filters, ranking and month bars. */
export const MonitoringView = lazy(() => import('./monitoring/MonitoringView').then((m) => ({ default: m.MonitoringView })));
/** A plan's monthly report (`#/plans/<id>/report/<YYYY-MM>`): the report, its charts and its exports. */
export const ReportPage = lazy(() => import('./monitoring/report/ReportPage').then((m) => ({ default: m.ReportPage })));

/** The user guide (`#/help`), with its content in both languages. */
export const HelpPage = lazy(() => import('./help/HelpPage').then((m) => ({ default: m.HelpPage })));

/** What the storage badge opens. */
export const StorageDialog = lazy(() => import('./StorageDialog').then((m) => ({ default: m.StorageDialog })));

/**
 * What a plan page's buttons and keys run at once: the print appendix (which must be here the moment printing
 * starts), the exports, the import flow and the paste. Fetched and evaluated when the browser is idle after the
 * grid is on screen, so the first export, import or paste does not wait for its code, and the first screen does
 * not either.
 */
export const planPageTools = () => Promise.all([PrintAppendix.preload(), loadExports(), ImportFlow.preload(), loadPasteFlow(), PasteConfirmDialog.preload(),
  ...alsoWithPlanPageTools.map((load) => load())]);

/** Code this registry cannot import (it imports the registry: the plan list), fetched with `planPageTools`. */
const alsoWithPlanPageTools: (() => Promise<unknown>)[] = [];
export const fetchWithPlanPageTools = (load: () => Promise<unknown>): void => {
  alsoWithPlanPageTools.push(load);
};

/** Fetches code ahead of its use once the browser is idle (code that must be here the moment it is needed); returns the cancel. */
export function preloadWhenIdle(load: () => Promise<unknown>): () => void {
  const run = () => void load().catch((e: unknown) => console.error(e)); // tried again when it is needed
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}
