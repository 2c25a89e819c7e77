import { createRenderEffect, For, onCleanup, Show, type JSX } from 'solid-js';
import { truncatedMean } from '../../domain/aggregate';
import { previousPeriod, type Plan } from '../../domain/plan';
import { formatCount, formatRate, formatRateFixed1, type Locale } from '../../domain/rate';
import type { IndicatorTotals } from '../../domain/validationIndex';
import { loadPrintDecision } from '../../state/printDecision';
import { indicatorName, levelText } from '../i18n/issueText';
import { memberLevel } from '../../domain/memberLevel';
import { t } from '../i18n/t';
import { BLANK, decisionLineText, indicatorRuleText, issuingBodyText, periodText } from './printText';

/** Up to this many indicators the appendix is printed on portrait A4; with more, on landscape A4. */
const PORTRAIT_INDICATORS = 3;

/**
 * The plan as the appendix of the district's decision, laid out as Decree 30/2020/NĐ-CP lays out an appendix:
 * the issuing body at the top left, "PHỤ LỤC" and the title centred, the decision it is attached to in
 * italics (number and date from the print dialog, dotted blanks when not known), the table of every unit and
 * indicator, the plan's notes and, if asked for, the signature block. Nothing of the app itself (its status,
 * the plan's name in the app) is printed. Rendered only while printing, since the grid shows only the rows in
 * view; the page size, margins and page numbers are in the print style sheet (styles/print.css).
 * Text from the plan is only ever inserted as text.
 */
export function PrintAppendix(props: { plan: Plan; totals: IndicatorTotals[]; locale: Locale }) {
  // Made anew for every print (from `beforeprint`), so it reads what the print dialog has just stored.
  // eslint-disable-next-line solid/reactivity -- read once per print
  const decision = loadPrintDecision(props.plan.id);
  // "Save as PDF" names the file after the page's title.
  const appTitle = document.title;
  createRenderEffect(() => { document.title = t('printTitle', { period: props.plan.period, level: levelText(memberLevel(props.plan.units)) }); });
  onCleanup(() => { document.title = appTitle; });
  const upper = (text: string) => text.toLocaleUpperCase(props.locale);
  return (
    <section class="print-appendix" data-testid="print-appendix"
      classList={{ portrait: props.plan.indicators.length <= PORTRAIT_INDICATORS, dense: props.plan.indicators.length > 5 }}>
      <div class="print-issuer" data-testid="print-issuer">{issuingBodyText(props.plan.allocatingUnit) || BLANK}</div>
      <div class="print-title">
        <p class="print-heading">{t('printHeading')}</p>
        <p class="print-subject">{upper(t('printSubject', { period: periodText(props.plan.period), level: levelText(memberLevel(props.plan.units)) }).replace(/[\s,]+$/, ''))}</p>
        <p class="print-decision" data-testid="print-decision">{decisionLineText(decision, props.plan.allocatingUnit, props.locale)}</p>
      </div>
      <PlanTable plan={props.plan} totals={props.totals} locale={props.locale} hideEmptyColumns />
      <div class="print-footer">
        <p class="print-notes">
          <Show when={props.plan.notes.trim()}><span class="print-notes-label">{t('printNotes')}</span> {props.plan.notes.trim()}</Show>
        </p>
        <Show when={decision.signature}>
          <div class="print-signature" data-testid="print-signature-block">
            <p class="print-signer-authority">{decision.authority || t('printSignerAuthorityDefault')}</p>
            <p class="print-signer-title">{decision.title || t('printSignerTitleDefault')}</p>
            <p class="print-signer-name">{decision.name}</p>
          </div>
        </Show>
      </div>
    </section>
  );
}

/** `text` with `part` (a period, `2023-H1`) on one line, so that a narrow column breaks before it, not at its hyphen. */
function keepTogether(text: string, part: string): JSX.Element {
  const at = part ? text.indexOf(part) : -1;
  if (at < 0) return text;
  return <>{text.slice(0, at)}<span class="nowrap">{part}</span>{text.slice(at + part.length)}</>;
}

/**
 * Every unit and indicator of a plan as a plain, read-only table (the appendix; a district's plan at the
 * province). The general-target row says how each target applies ("≥ 45 bình quân"). With
 * `hideEmptyColumns`, the type and volume columns are left out when no unit has a value there, so that an
 * empty column does not take the room of the names.
 */
export function PlanTable(props: { plan: Plan; totals: readonly IndicatorTotals[]; locale: Locale; hideEmptyColumns?: boolean }) {
  const previous = () => previousPeriod(props.plan.period);
  const totalFor = (id: string) => props.totals.find((x) => x.indicator.id === id);
  const showType = () => !props.hideEmptyColumns || props.plan.units.some((u) => u.type.trim() !== '');
  const showVolume = () => !props.hideEmptyColumns || props.plan.units.some((u) => u.volume !== null);
  const leading = () => 3 + (showType() ? 1 : 0) + (showVolume() ? 1 : 0);
  return (
      <table class="plan-table" data-testid="plan-table">
        <thead>
          <tr>
            <th rowSpan={2} class="col-index">{t('colIndex')}</th><th rowSpan={2} class="col-code">{t('colCode')}</th>
            <th rowSpan={2} class="col-name">{t('colName')}</th>
            <Show when={showType()}><th rowSpan={2} class="col-type">{t('colType')}</th></Show>
            <Show when={showVolume()}><th rowSpan={2} class="col-volume">{t('colVolume')}</th></Show>
            <For each={props.plan.indicators}>{(ind) => <th colSpan={2} class="col-indicator">{indicatorName(ind, props.locale)}</th>}</For>
          </tr>
          <tr>
            <For each={props.plan.indicators}>
              {() => <>
                <th class="col-rate">{previous() ? keepTogether(t('colBaseline', { period: previous() ?? '' }), previous() ?? '') : t('colBaselinePlain')}</th>
                <th class="col-rate">{keepTogether(t('colTarget', { period: props.plan.period }), props.plan.period)}</th>
              </>}
            </For>
          </tr>
        </thead>
        <tbody>
          <tr class="print-min">
            <td colSpan={leading()}>{t('minRow', { level: levelText(memberLevel(props.plan.units)) })}</td>
            <For each={props.plan.indicators}>
              {(ind) => <td colSpan={2} class="rule" data-indicator={ind.id}>{indicatorRuleText(ind, props.locale, memberLevel(props.plan.units))}</td>}
            </For>
          </tr>
          <For each={props.plan.units}>
            {(unit, i) => (
              <tr>
                <td class="num index">{i() + 1}</td><td class="code">{unit.code}</td><td class="name">{unit.name}</td>
                <Show when={showType()}><td class="type">{unit.type}</td></Show>
                <Show when={showVolume()}><td class="num">{formatCount(unit.volume, props.locale)}</td></Show>
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
            <td colSpan={leading()}>{t('aggregateRow')}</td>
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
