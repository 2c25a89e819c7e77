import { numberProblemText } from '../i18n/fileText';
import { createSignal } from 'solid-js';
import type { UnitCode } from '../../domain/ids';
import { cellEditToCommand } from '../../state/cellCommands';
import type { GridController, GridPaste } from '../grid/PlanGrid';
import { t } from '../i18n/t';
import { loadPasteFlow } from '../onDemand';
import type { PasteChoice, PasteQuestion } from './pasteFlow';
import type { PlanPageContext } from './planPageContext';

/** What is typed or pasted into the plan's grid, turned into commands; a refusal is said and the cell focused again. */
export function createCellInput(page: PlanPageContext, grid: () => GridController | undefined) {
  const { dispatch, setMessage, unitName, columnLabel } = page;
  // A paste that covers different kinds of columns asks first (state/pasteGuard.ts); the answer resolves it.
  const [pasteQuestion, setPasteQuestion] = createSignal<{ question: PasteQuestion; answer: (choice: PasteChoice) => void }>();

  const onEdit = (colId: string, code: UnitCode, value: unknown) => {
    const edit = cellEditToCommand(colId, code, value);
    if (edit.ok) {
      // Delete (or an edit left empty) clears the cell: its history says so.
      dispatch(edit.command, value === null || value === undefined || String(value).trim() === '' ? { kind: 'clear' } : undefined);
      return;
    }
    if (edit.problem === 'notEditable') return;
    // Back to the refused cell (the grid has moved on after Enter), so the user can type it again.
    setTimeout(() => grid()?.focusCell(code, colId));
    setMessage(t('refusedIn', { unit: unitName(code), column: columnLabel(colId), message: numberProblemText(edit.problem, String(value ?? '').trim(), colId === 'volume' ? 'count' : 'rate') }));
  };

  const onPaste = (pasted: GridPaste) => void loadPasteFlow().then((m) => m.pasteBlock(pasted, {
    dispatch: (command) => dispatch(command, { kind: 'paste' }), setMessage, unitName, columnLabel,
    focusCell: (code, colId) => grid()?.focusCell(code, colId),
    ask: (question) => new Promise((answer) => setPasteQuestion({ question, answer })),
  }), (e: unknown) => {
    console.error(e);
    setMessage(t('loadFailed'));
  });

  const answerPaste = (choice: PasteChoice) => {
    const asked = pasteQuestion();
    setPasteQuestion(undefined);
    asked?.answer(choice);
  };
  return { onEdit, onPaste, pasteQuestion, answerPaste };
}
