import { createSignal, Show } from 'solid-js';
import type { PlanId } from '../../domain/ids';
import { loadPrintDecision, savePrintDecision, type PrintDecision } from '../../state/printDecision';
import { Dialog } from '../Dialog';
import { t } from '../i18n/t';

/**
 * Before printing the appendix: the decision it is attached to (number, date) and, if wanted, the signature
 * block. Opens with what was typed last time for this plan; what is left empty prints as a dotted blank.
 */
export function PrintDialog(props: { planId: PlanId; onPrint: () => void; onClose: () => void }) {
  // eslint-disable-next-line solid/reactivity -- the form starts once from what was remembered for the plan
  const remembered = loadPrintDecision(props.planId);
  const [decision, setDecision] = createSignal<PrintDecision>({
    ...remembered,
    authority: remembered.authority || t('printSignerAuthorityDefault'),
    title: remembered.title || t('printSignerTitleDefault'),
  });
  const set = <K extends keyof PrintDecision>(key: K, value: PrintDecision[K]) => setDecision((d) => ({ ...d, [key]: value }));
  const text = (key: 'number' | 'authority' | 'title' | 'name', label: string, testId: string, placeholder?: string) => (
    <label class="field"><span>{label}</span>
      <input name={key} data-testid={testId} value={decision()[key]} placeholder={placeholder} maxLength={200}
        onInput={(e) => set(key, e.currentTarget.value)} />
    </label>
  );
  return (
    <Dialog title={t('printDialogTitle')} onClose={() => props.onClose()} testId="print-dialog">
      <form novalidate onSubmit={(e) => {
        e.preventDefault();
        const d = decision();
        savePrintDecision(props.planId, { ...d, number: d.number.trim(), authority: d.authority.trim(), title: d.title.trim(), name: d.name.trim() });
        props.onPrint();
      }}>
        <p class="muted">{t('printDialogHelp')}</p>
        <div class="field-row">
          {text('number', t('printDecisionNumber'), 'print-decision-number', t('printDecisionNumberPlaceholder'))}
          <label class="field"><span>{t('printDecisionDate')}</span>
            <input type="date" name="date" data-testid="print-decision-date" value={decision().date} onInput={(e) => set('date', e.currentTarget.value)} />
          </label>
        </div>
        <label class="check">
          <input type="checkbox" data-testid="print-signature" checked={decision().signature} onChange={(e) => set('signature', e.currentTarget.checked)} />
          <span>{t('printSignature')}</span>
        </label>
        <Show when={decision().signature}>
          <div class="field-row">
            {text('authority', t('printSignerAuthority'), 'print-signer-authority')}
            {text('title', t('printSignerTitle'), 'print-signer-title')}
          </div>
          {text('name', t('printSignerName'), 'print-signer-name')}
        </Show>
        <div class="dialog-actions">
          <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
          <button type="submit" class="primary" data-testid="print-confirm">{t('printConfirm')}</button>
        </div>
      </form>
    </Dialog>
  );
}
