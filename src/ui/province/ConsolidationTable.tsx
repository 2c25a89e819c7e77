import { For, Show } from 'solid-js';
import type { Consolidation, ConsolidatedRow } from '../../domain/consolidation';
import type { Indicator } from '../../domain/indicators';
import { language } from '../../state/language';
import { aggregateCellText, indicatorName, verdictText } from '../i18n/issueText';
import { t } from '../i18n/t';
import { totalCellText, totalValue, totalVerdictText } from './totalText';
import { tProvince } from '../i18n/provinceText';

const verdictClasses = (verdict: string | undefined) => ({
  'cell-pass': verdict === 'pass', 'cell-error': verdict === 'fail', 'cell-incomplete': verdict === 'incomplete' || verdict === 'empty',
});

/**
 * The consolidated table: a row per district received (its name opens its detail; a button removes its
 * file), a row per member district that sent nothing, and the province total at the foot.
 */
export function ConsolidationTable(props: {
  view: Consolidation; provincePlanName: string | undefined; provincePeriod: string; open: string | undefined;
  onToggle: (key: string) => void; onRemove: (row: ConsolidatedRow) => void;
}) {
  const indicators = () => props.view.indicators;
  const when = (iso: string) => new Date(iso).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  return (
    <div class="table-scroll">
      <table class="table consolidation-table">
        <thead>
          <tr>
            <th>{t('colAllocatingUnit')}</th><th>{t('colPeriod')}</th><th>{t('colStatus')}</th>
            <th class="num">{tProvince('consolidationErrors')}</th><th class="num">{tProvince('consolidationWarnings')}</th>
            <For each={indicators()}>{(i) => <th class="num" title={indicatorName(i, language())}>{indicatorName(i, language())}</th>}</For>
            <th>{tProvince('consolidationExportedAt')}</th><th>{tProvince('consolidationFile')}</th><th><span class="visually-hidden">{tProvince('consolidationRemove')}</span></th>
          </tr>
        </thead>
        <tbody>
          <For each={props.view.rows}>{(row) => <DistrictRow row={row} indicators={indicators()} open={props.open === row.key} when={when(row.exportedAt)}
            provincePlanName={props.provincePlanName} onToggle={() => props.onToggle(row.key)} onRemove={() => props.onRemove(row)} />}</For>
          <For each={props.view.missing}>
            {(m) => (
              <tr data-testid="consolidation-missing" data-unit={m.code} class="missing">
                <td>{m.name}</td><td>{props.provincePeriod}</td>
                <td><span class="status status-missing">{tProvince('consolidationMissing')}</span></td>
                <td colSpan={indicators().length + 5} />
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr data-testid="consolidation-total" class="total" title={tProvince('consolidationTotalTitle', { units: props.view.total[0]?.unitCount ?? 0, districts: props.view.rows.length })}>
            <th scope="row">{tProvince('consolidationTotal')}</th><td>{props.provincePeriod}</td><td colSpan={3} />
            <For each={indicators()}>
              {(i) => {
                const x = () => props.view.total.find((y) => y.indicator.id === i.id);
                const missing = () => props.view.missing.length;
                return (
                  <td class="num" classList={verdictClasses(x()?.verdict)} data-indicator={i.id} data-verdict={x()?.verdict ?? 'empty'}
                    data-value={x() ? totalValue(x()!, language()) : ''} title={x() ? totalVerdictText(x()!, missing(), language()) : ''}>
                    {x() ? totalCellText(x()!, missing(), language()) : '—'}
                  </td>
                );
              }}
            </For>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function DistrictRow(props: {
  row: ConsolidatedRow; indicators: readonly Indicator[]; open: boolean; when: string; provincePlanName: string | undefined;
  onToggle: () => void; onRemove: () => void;
}) {
  const row = () => props.row;
  return (
    <tr data-testid="consolidation-row" data-unit={row().plan.allocatingUnit} data-errors={row().errors} data-member={row().member === null ? undefined : String(row().member)}
      classList={{ selected: props.open }}>
      <td>
        <button type="button" class="link" onClick={() => props.onToggle()}>{row().plan.allocatingUnit || row().plan.name}</button>
        <Show when={row().assignmentDiffers}>
          <span class="differs" data-testid="consolidation-differs" title={tProvince('consolidationDiffers')}> ⚠ {tProvince('consolidationDiffersShort')}</span>
        </Show>
        <Show when={row().member === false}>
          <span class="differs" data-testid="consolidation-not-member"
            title={tProvince('consolidationNotMemberTitle', { unit: row().plan.allocatingUnit, plan: props.provincePlanName ?? '' })}> ⚠ {tProvince('consolidationNotMember')}</span>
        </Show>
      </td>
      <td>{row().plan.period}</td>
      <td><span class={`status status-${row().plan.status}`}>{row().plan.status === 'ready' ? t('statusReady') : t('statusDraft')}</span></td>
      <td class="num" classList={{ 'cell-error': row().errors > 0 }}>{row().errors}</td>
      <td class="num">{row().warnings}</td>
      <For each={props.indicators}>
        {(i) => {
          const x = () => row().indicators.find((y) => y.indicatorId === i.id);
          return (
            <td class="num" classList={verdictClasses(x()?.verdict)} data-indicator={i.id} data-verdict={x()?.verdict ?? 'empty'}
              title={x() ? verdictText(x()!.verdict, x()!.withTarget, x()!.unitCount, language()) : ''}>
              {x() ? aggregateCellText(x()!.aggregate, x()!.verdict, x()!.withTarget, x()!.unitCount, language()) : '—'}
            </td>
          );
        }}
      </For>
      <td>{props.when}</td>
      <td class="muted">{row().fileName}</td>
      <td>
        <button type="button" class="link" data-testid="consolidation-remove" aria-label={tProvince('consolidationRemoveLabel', { file: row().fileName })}
          onClick={() => props.onRemove()}>{tProvince('consolidationRemove')}</button>
      </td>
    </tr>
  );
}
