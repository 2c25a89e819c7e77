import { createMemo, createSignal, For } from 'solid-js';
import type { Plan, PlanVersion } from '../../domain/plan';
import { formatCount } from '../../domain/rate';
import { compareSnapshots } from '../../domain/versions/compareVersions';
import { currentSnapshot, type Snapshot } from '../../domain/versions/planVersion';
import { serializeComparisonCsv } from '../../io/versionCompareCsv';
import { safeFileName } from '../../io/serializePlanFile';
import { language } from '../../state/language';
import { downloadText } from '../files/download';
import { CompareGrid } from '../grid/CompareGrid';
import { t } from '../i18n/t';
import { indicatorLabel, sideAggregateText } from './versionText';
import { tHistory } from '../i18n/historyText';

/** A side of the comparison: a version's id, or the plan as it is now. */
export const CURRENT = 'current';

/**
 * Two sides compared (any two versions, or a version and the plan now): the number of changed cells, per
 * indicator each side's aggregate and error count, and the units side by side in a read-only grid, changed
 * cells highlighted (`old → new`); exported as CSV in the Vietnamese Excel dialect.
 */
export function CompareView(props: { plan: Plan; versions: readonly PlanVersion[]; before: string; after: string }) {
  // eslint-disable-next-line solid/reactivity -- the sides start as asked, then the user chooses
  const [before, setBefore] = createSignal(props.before);
  // eslint-disable-next-line solid/reactivity -- as above
  const [after, setAfter] = createSignal(props.after);
  const [onlyChanged, setOnlyChanged] = createSignal(false);
  const side = (id: string): Snapshot => (id === CURRENT ? currentSnapshot(props.plan) : props.versions.find((v) => v.id === id) ?? currentSnapshot(props.plan));
  const label = (id: string) => (id === CURRENT ? tHistory('versionCurrentPlan') : props.versions.find((v) => v.id === id)?.name ?? '');
  const comparison = createMemo(() => compareSnapshots(props.plan, side(before()), side(after())));
  const exportCsv = () => {
    const c = comparison();
    const text = serializeComparisonCsv(c, {
      index: tHistory('versionCompareIndex'), code: t('colCode'), name: t('colName'), changed: tHistory('versionCompareChangedColumn'),
      aggregate: tHistory('versionCompareAggregate'), errors: tHistory('versionCompareErrorsRow'), before: label(before()), after: label(after()), indicatorName: indicatorLabel,
    }, 'excel-vn');
    downloadText(text, `${safeFileName(`${props.plan.name} ${label(before())} ${label(after())}`, props.plan.period)}.csv`, 'text/csv');
  };
  const sideChooser = (value: () => string, set: (id: string) => void, testId: string) => (
    <select data-testid={testId} value={value()} onChange={(e) => set(e.currentTarget.value)}>
      <option value={CURRENT}>{tHistory('versionCurrentPlan')}</option>
      <For each={props.versions}>{(v) => <option value={v.id}>{v.name}</option>}</For>
    </select>
  );
  return (
    <div class="version-compare" data-testid="version-compare-view" data-changed={comparison().changedCells} data-changed-units={comparison().changedUnits}
      data-before={before()} data-after={after()}>
      <div class="version-compare-sides">
        <label>{tHistory('versionCompareBefore')} {sideChooser(before, setBefore, 'version-compare-before')}</label>
        <label>{tHistory('versionCompareAfter')} {sideChooser(after, setAfter, 'version-compare-after')}</label>
        <strong data-testid="version-compare-count">
          {tHistory('versionCompareChanged', { cells: formatCount(comparison().changedCells, language()), units: formatCount(comparison().changedUnits, language()) })}
        </strong>
        <label><input type="checkbox" data-testid="version-compare-only-changed" checked={onlyChanged()} onChange={(e) => setOnlyChanged(e.currentTarget.checked)} />
          {tHistory('versionCompareOnlyChanged')}</label>
        <button type="button" data-testid="version-compare-export" onClick={exportCsv}>{tHistory('versionCompareExport')}</button>
      </div>
      <table class="version-compare-summary" data-testid="version-compare-summary">
        <thead>
          <tr><th />{/* the indicator */}<th>{label(before())}</th><th>{label(after())}</th></tr>
        </thead>
        <tbody>
          <For each={comparison().indicators}>
            {(ind) => (
              <tr data-indicator={ind.id}>
                <th scope="row">{indicatorLabel(ind)}</th>
                <td data-side="before" data-errors={comparison().before.unitErrors.get(ind.id) ?? 0}>
                  {sideAggregateText(comparison().before, ind.id)} · {tHistory('versionCompareIndicatorErrors', { errors: comparison().before.unitErrors.get(ind.id) ?? 0 })}
                </td>
                <td data-side="after" data-errors={comparison().after.unitErrors.get(ind.id) ?? 0}
                  classList={{ 'cell-changed': sideAggregateText(comparison().before, ind.id) !== sideAggregateText(comparison().after, ind.id) }}>
                  {sideAggregateText(comparison().after, ind.id)} · {tHistory('versionCompareIndicatorErrors', { errors: comparison().after.unitErrors.get(ind.id) ?? 0 })}
                </td>
              </tr>
            )}
          </For>
          <tr>
            <th scope="row">{tHistory('versionCompareErrorsRow')}</th>
            <td data-testid="version-compare-errors-before" data-errors={comparison().before.errors} data-warnings={comparison().before.warnings}>
              {tHistory('versionCompareErrors', { errors: comparison().before.errors, warnings: comparison().before.warnings })}</td>
            <td data-testid="version-compare-errors-after" data-errors={comparison().after.errors} data-warnings={comparison().after.warnings}>
              {tHistory('versionCompareErrors', { errors: comparison().after.errors, warnings: comparison().after.warnings })}</td>
          </tr>
        </tbody>
      </table>
      <CompareGrid comparison={comparison()} onlyChanged={onlyChanged()} locale={language()} codeHeader={t('colCode')} nameHeader={t('colName')}
        changedHeader={tHistory('versionCompareChangedColumn')} />
    </div>
  );
}
