import { For } from 'solid-js';
import { formatCount } from '../../domain/rate';
import { language } from '../../state/language';
import { routeHref } from '../../state/router';
import type { PlanSummary } from '../../state/services';
import { t } from '../i18n/t';
import type { PlanListAction } from './createPlanListActions';

const formatDate = (iso: string) => new Date(iso).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });

/** The stored plans, one row each, with their link and the buttons that open a dialog about them. */
export function PlanTable(props: { plans: PlanSummary[]; onAction: (action: PlanListAction) => void; onOpening: (plan: PlanSummary) => void }) {
  return (
    <table class="table">
      <thead>
        <tr>
          <th>{t('colPlanName')}</th><th>{t('colPeriod')}</th><th>{t('colAllocatingUnit')}</th>
          <th>{t('colStatus')}</th><th class="num">{t('colUnits')}</th><th>{t('colUpdated')}</th><th>{t('colActions')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.plans}>
          {(plan) => (
            <tr data-testid="plan-row" data-plan-id={plan.id}>
              <td>
                {/* Pressed with a mouse or pen (the click follows), the plan starts being read, so that its page finds it
                    read. Not on a touch: that may be the start of a scroll, and a large plan's read cannot be called off. */}
                <a href={routeHref({ page: 'plan', planId: plan.id })}
                  onPointerDown={(e) => { if (e.button === 0 && e.pointerType !== 'touch') props.onOpening(plan); }}>{plan.name}</a>
              </td>
              <td>{plan.period}</td>
              <td>{plan.allocatingUnit}</td>
              <td><span class={`status status-${plan.status}`}>{plan.status === 'ready' ? t('statusReady') : t('statusDraft')}</span></td>
              <td class="num">{formatCount(plan.unitCount, language())}</td>
              <td>{formatDate(plan.updatedAt)}</td>
              <td class="row-actions">
                <button type="button" onClick={() => props.onAction({ kind: 'rename', plan })}>{t('rename')}</button>
                <button type="button" onClick={() => props.onAction({ kind: 'duplicate', plan })}>{t('duplicate')}</button>
                <button type="button" class="danger" onClick={() => props.onAction({ kind: 'delete', plan })}>{t('delete')}</button>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
