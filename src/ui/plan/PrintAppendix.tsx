import { For, Show } from 'solid-js';
import { truncatedMean } from '../../domain/aggregate';
import { previousPeriod, type Plan } from '../../domain/plan';
import { formatCount, formatRate, formatRateFixed1, type Locale } from '../../domain/rate';
import type { IndicatorTotals } from '../../domain/validationIndex';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';

/**
 * The plan as a printable appendix (Phụ lục): every unit, every indicator, the general targets and the
 * aggregate. A plain table, rendered only while printing, since the grid shows only the rows in view.
 * Text from the plan is only ever inserted as text.
 */
export function PrintAppendix(props: { plan: Plan; totals: IndicatorTotals[]; locale: Locale }) {
  return (
    <section class="print-appendix" data-testid="print-appendix">
      <h1>{t('printTitle', { period: props.plan.period })}</h1>
      <p>{props.plan.name} · {props.plan.allocatingUnit} · {props.plan.status === 'ready' ? t('statusReady') : t('statusDraft')}</p>
      <Show when={props.plan.notes}><p class="muted">{props.plan.notes}</p></Show>
      <PlanTable plan={props.plan} totals={props.totals} locale={props.locale} />
    </section>
  );
}

/** Every unit and indicator of a plan as a plain, read-only table (the appendix; a district's plan at the province). */
export function PlanTable(props: { plan: Plan; totals: readonly IndicatorTotals[]; locale: Locale }) {
  const previous = () => previousPeriod(props.plan.period);
  const totalFor = (id: string) => props.totals.find((x) => x.indicator.id === id);
  return (
      <table class="plan-table" data-testid="plan-table">
        <thead>
          <tr>
            <th rowSpan={2}>{t('colIndex')}</th><th rowSpan={2}>{t('colCode')}</th><th rowSpan={2}>{t('colName')}</th>
            <th rowSpan={2}>{t('colType')}</th><th rowSpan={2}>{t('colVolume')}</th>
            <For each={props.plan.indicators}>{(ind) => <th colSpan={2}>{indicatorName(ind, props.locale)}</th>}</For>
          </tr>
          <tr>
            <For each={props.plan.indicators}>
              {() => <>
                <th>{previous() ? t('colBaseline', { period: previous() ?? '' }) : t('colBaselinePlain')}</th>
                <th>{t('colTarget', { period: props.plan.period })}</th>
              </>}
            </For>
          </tr>
        </thead>
        <tbody>
          <tr class="print-min">
            <td colSpan={5}>{t('minRow')}</td>
            <For each={props.plan.indicators}>{(ind) => <><td /><td class="num">≥ {formatRate(ind.min, props.locale)}</td></>}</For>
          </tr>
          <For each={props.plan.units}>
            {(unit, i) => (
              <tr>
                <td class="num">{i() + 1}</td><td>{unit.code}</td><td>{unit.name}</td><td>{unit.type}</td>
                <td class="num">{formatCount(unit.volume, props.locale)}</td>
                <For each={props.plan.indicators}>
                  {(ind) => <>
                    <td class="num">{formatRate(unit.baseline[ind.id], props.locale)}</td>
                    <td class="num">{formatRate(unit.target[ind.id], props.locale)}</td>
                  </>}
                </For>
              </tr>
            )}
          </For>
          <tr class="print-aggregate">
            <td colSpan={5}>{t('aggregateRow')}</td>
            <For each={props.plan.indicators}>
              {(ind) => {
                const mean = (field: 'baseline' | 'target') => {
                  const totals = totalFor(ind.id);
                  const value = totals ? truncatedMean(totals[field]) : null;
                  return value === null ? '' : formatRateFixed1(value, props.locale);
                };
                return <><td class="num">{mean('baseline')}</td><td class="num">{mean('target')}</td></>;
              }}
            </For>
          </tr>
        </tbody>
      </table>
  );
}
