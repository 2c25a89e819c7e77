import { For, Show, untrack } from 'solid-js';
import type { Indicator } from '../../domain/indicators';
import type { Locale } from '../../domain/rate';
import type { Field } from '../../domain/rules';
import { columnKind, defaultAnswer } from '../../state/pasteGuard';
import { Dialog } from '../Dialog';
import { rateHeader } from '../grid/rateColumn';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import type { PasteChoice, PasteQuestion } from './pasteFlow';

type PlanColumns = { period: string; indicators: readonly Indicator[] };

/** How the grid titles a column: the indicator's name (its column group), if any, and the column's header. */
function columnHeading(colId: string, plan: PlanColumns, locale: Locale): { group?: string; header: string } {
  const rate = /^(baseline|target)\.(.+)$/.exec(colId);
  const indicator = rate ? plan.indicators.find((i) => i.id === rate[2]) : undefined;
  if (rate && indicator) return { group: indicatorName(indicator, locale), header: rateHeader(rate[1] as Field, plan.period) };
  const headers: Record<string, string> = { code: t('colCode'), name: t('colName'), type: t('colType'), volume: t('colVolume') };
  return { header: headers[colId] ?? colId };
}

/**
 * Asks where a pasted block goes when it would cover columns of different kinds: for each block column, the
 * column it lands in pasted as laid out and as targets only, previous results marked. Escape cancels; Enter takes
 * the answer focused first (`defaultAnswer`).
 */
export function PasteConfirmDialog(props: { question: PasteQuestion; plan: PlanColumns; locale: Locale; onAnswer: (choice: PasteChoice) => void }) {
  const coversResults = () => props.question.asLaidOut.some((id) => columnKind(id) === 'result');
  const answer = untrack(() => defaultAnswer(props.question.asLaidOut, props.question.targetsOnly));
  const landing = (colId: string | undefined) => {
    if (colId === undefined) return <td class="muted">—</td>;
    const { group, header } = columnHeading(colId, props.plan, props.locale);
    return (
      <td classList={{ 'paste-result': columnKind(colId) === 'result' }} data-col-id={colId}>
        <Show when={group}>{(name) => <span class="paste-group">{name()}</span>}</Show>
        <span class="paste-header">{header}</span>
      </td>
    );
  };
  return (
    <Dialog title={t('pasteConfirmTitle')} onClose={() => props.onAnswer('cancel')} testId="paste-confirm" wide
      dataset={{ columns: props.question.asLaidOut.join(',') }}>
      <p>{t('pasteConfirmText', { rows: props.question.rows, columns: props.question.asLaidOut.length })}</p>
      <Show when={coversResults()}><p class="paste-note">{t('pasteConfirmResults')}</p></Show>
      <div class="paste-map-scroll">
        <table class="table paste-map">
          <thead>
            <tr><th>{t('pasteBlockColumn')}</th><th>{t('pasteAsLaidOut')}</th><th>{t('pasteTargetsOnly')}</th></tr>
          </thead>
          <tbody>
            <For each={props.question.asLaidOut}>
              {(colId, k) => <tr><td class="paste-k">{k() + 1}</td>{landing(colId)}{landing(props.question.targetsOnly?.[k()])}</tr>}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={!props.question.targetsOnly}>
        <p class="form-errors">{t('pasteTargetsShort', { columns: props.question.asLaidOut.length, targets: props.question.targetsAvailable })}</p>
      </Show>
      <div class="dialog-actions">
        <button type="button" data-testid="paste-cancel" classList={{ primary: answer === 'cancel' }} autofocus={answer === 'cancel'} onClick={() => props.onAnswer('cancel')}>{t('cancel')}</button>
        <button type="button" data-testid="paste-as-laid-out" classList={{ primary: answer === 'asLaidOut' }} autofocus={answer === 'asLaidOut'}
          onClick={() => props.onAnswer('asLaidOut')}>{t('pasteAsLaidOut')}</button>
        <button type="button" data-testid="paste-targets-only" classList={{ primary: answer === 'targetsOnly' }} autofocus={answer === 'targetsOnly'}
          disabled={!props.question.targetsOnly} onClick={() => props.onAnswer('targetsOnly')}>
          {t('pasteTargetsOnly')}
        </button>
      </div>
    </Dialog>
  );
}
