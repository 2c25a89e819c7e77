import type { JSX } from 'solid-js';
import { t } from '../i18n/t';
import { usePlanPage } from './planPageContext';

export type ToolbarDialog = 'addUnit' | 'exportCsv' | 'exportAssignment' | 'print' | 'saveVersion' | 'versions';

/** The plan's tools over the grid: filter, units, undo and redo, locks, block actions and the selection's status, exports, print, the assignment panel. */
export function PlanToolbar(props: { filter: string; onFilter: (text: string) => void; onOpen: (dialog: ToolbarDialog) => void; onRemoveUnit: () => void;
  onUndo: (which: 'undo' | 'redo') => void; onLockToggle: () => void; onExportPlan: () => void; assignmentShown: boolean; onToggleAssignment: () => void;
  exportAssignmentRef: (button: HTMLButtonElement) => void; proposalShown: boolean; onPropose: () => void; historyShown: boolean; onHistory: () => void; blockTools?: JSX.Element }) {
  const { session } = usePlanPage();
  return (
    <div class="toolbar" data-region="toolbar">
      <input type="search" class="filter" data-testid="quick-filter" placeholder={t('filterPlaceholder')} value={props.filter}
        onInput={(e) => props.onFilter(e.currentTarget.value)} aria-label={t('filterPlaceholder')} />
      <button type="button" data-testid="add-unit" onClick={() => props.onOpen('addUnit')}>{t('addUnit')}</button>
      <button type="button" data-testid="remove-unit" onClick={() => props.onRemoveUnit()}>{t('removeUnit')}</button>
      <button type="button" data-testid="undo" title={t('undoHint')} disabled={!session.canUndo()} onClick={() => props.onUndo('undo')}>↶ {t('undo')}</button>
      <button type="button" data-testid="redo" title={t('redoHint')} disabled={!session.canRedo()} onClick={() => props.onUndo('redo')}>↷ {t('redo')}</button>
      <button type="button" classList={{ active: props.proposalShown }} data-testid="propose" title={t('proposeHint')} aria-pressed={props.proposalShown}
        onClick={() => props.onPropose()}>{t('propose')}</button>
      <button type="button" classList={{ active: props.historyShown }} data-testid="cell-history" title={t('history_openHint')} aria-pressed={props.historyShown}
        onClick={() => props.onHistory()}>{t('history_open')}</button>
      <button type="button" data-testid="lock-toggle" title={t('lockToggleHint')} onClick={() => props.onLockToggle()}>{t('lockToggle')}</button>
      <button type="button" data-testid="save-version" title={t('saveVersionHint')} onClick={() => props.onOpen('saveVersion')}>{t('saveVersion')}</button>
      <button type="button" data-testid="versions" onClick={() => props.onOpen('versions')}>{t('versionsOpen')}</button>
      {props.blockTools}
      <span class="spacer" />
      <button type="button" data-testid="export-csv" onClick={() => props.onOpen('exportCsv')}>{t('exportCsv')}</button>
      <button type="button" data-testid="export-plan" onClick={() => props.onExportPlan()}>{t('exportPlan')}</button>
      <button type="button" data-testid="export-assignment" ref={(b) => props.exportAssignmentRef(b)} onClick={() => props.onOpen('exportAssignment')}>{t('exportAssignment')}</button>
      <button type="button" data-testid="print" onClick={() => props.onOpen('print')}>{t('print')}</button>
      <button type="button" classList={{ active: props.assignmentShown }} data-testid="toggle-assignment" aria-pressed={props.assignmentShown}
        onClick={() => props.onToggleAssignment()}>{t('showAssignment')}</button>
    </div>
  );
}
