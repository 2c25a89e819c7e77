import type { Conflict } from '../../domain/changes';
import type { UnitCode } from '../../domain/ids';
import { resultColumn } from '../../domain/cellHistory';
import type { UndoResult } from '../../state/planSession';
import { t } from '../i18n/t';

/** How the page names a unit and a grid column in messages. */
export interface Namer {
  unitName: (code: UnitCode) => string;
  columnLabel: (colId: string) => string;
}

/** What was changed since elsewhere, in the page's words: "Xã Phước Sơn · Hồ sơ trực tuyến (Chỉ tiêu)". */
function conflictPlace(conflict: Conflict, namer: Namer): string {
  switch (conflict.kind) {
    case 'unit': {
      const field = conflict.field;
      if (!field) return namer.unitName(conflict.code);
      // A lock belongs to its target cell: the place named is that cell.
      const colId = field.key === 'locked' ? `target.${field.indicatorId}` : field.key === 'result' ? resultColumn(field.cell)
        : field.key === 'baseline' || field.key === 'target' ? `${field.key}.${field.indicatorId}` : field.key;
      return `${namer.unitName(conflict.code)} · ${namer.columnLabel(colId)}`;
    }
    case 'indicators': return t('undoPlaceAssignment');
    case 'status': return t('undoPlaceStatus');
    case 'info': return t('undoPlaceInfo');
  }
}

/** The message for an undo or redo that did not happen, or '' when there is nothing to say. */
export function undoMessage(result: UndoResult, namer: Namer): string {
  if (result.ok || result.reason === 'nothing' || result.reason === 'notLoaded') return '';
  if (result.reason !== 'changedSince') return t(`refusal_${result.reason}`);
  const places = [...new Set(result.conflicts.map((c) => conflictPlace(c, namer)))];
  const shown = places.slice(0, 3).join('; ');
  return t('undoChangedSince', { places: places.length > 3 ? `${shown}; …` : shown });
}
