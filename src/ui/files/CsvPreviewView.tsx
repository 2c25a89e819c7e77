import { For, Show } from 'solid-js';
import type { Indicator } from '../../domain/indicators';
import { formatCount } from '../../domain/rate';
import { CSV_ENCODINGS, type CsvEncoding } from '../../io/csvDecode';
import type { CsvPreview } from '../../io/csvImport';
import { language } from '../../state/language';
import { t } from '../i18n/t';
import type { PlanInfoDraft } from '../../state/planList';
import { createCsvChoices } from './createCsvChoices';
import { CsvChangesList } from './CsvChangesList';
import { CsvProblemList, CsvReadNotes, LastRowChoice, NewPlanInfo, NewUnitsChoice } from './CsvPreviewParts';
import { tFiles } from '../i18n/filesText';

/** A count as the user's language writes it (100.000 / 100,000). */
const count = (n: number) => formatCount(n, language());

/**
 * A CSV's preview: counts, problems with their row and column, the questions the file raises (new units,
 * a last row that may be cut), every cell it would change old → new, and Apply / Cancel.
 */
export function CsvPreviewView(props: { preview: CsvPreview; fileName: string; intoOpenPlan: boolean; indicators: readonly Indicator[]; encoding: CsvEncoding; onEncoding: (e: CsvEncoding) => void; onApply: (preview: CsvPreview, info: PlanInfoDraft | undefined) => void; onClose: () => void }) {
  const choices = createCsvChoices(props);
  const p = () => choices.preview();
  return (
    <div class="import-preview" data-testid="import-preview" data-kind="csv" data-adds={p().adds.length} data-updates={p().updates.length}
      data-unchanged={p().unchanged} data-problems={p().problems.length} data-new-units={choices.newUnits().length}>
      <p class="import-summary"><strong>{tFiles('importSummary', { adds: count(p().adds.length), updates: count(p().updates.length), unchanged: count(p().unchanged), problems: count(p().problems.length) })}</strong></p>
      <Show when={!props.intoOpenPlan}><NewPlanInfo choices={choices} /></Show>
      <EncodingPicker encoding={props.encoding} onEncoding={(e) => props.onEncoding(e)} />
      <CsvReadNotes preview={p()} />
      <LastRowChoice choices={choices} />
      <NewUnitsChoice choices={choices} />
      <CsvProblemList problems={p().problems} />
      <CsvChangesList changes={choices.changes()} updates={p().updates.length} total={p().adds.length + p().updates.length} indicators={props.indicators} />
      <Show when={!choices.canApply()}><p class="muted">{tFiles('importNothing')}</p></Show>
      <div class="dialog-actions">
        <button type="button" data-testid="import-cancel" onClick={() => props.onClose()}>{t('cancel')}</button>
        <button type="button" class="primary" data-testid="import-apply" disabled={!choices.canApply()} onClick={() => choices.apply()}>
          {choices.problemRows() > 0 ? tFiles('importApplySkipping', { n: choices.problemRows() }) : tFiles(props.intoOpenPlan ? 'importApply' : 'importCreatePlan')}
        </button>
      </div>
    </div>
  );
}

export function EncodingPicker(props: { encoding: CsvEncoding; onEncoding: (e: CsvEncoding) => void }) {
  return (
    <label class="field inline"><span>{tFiles('importEncoding')}</span>
      <select data-testid="import-encoding" value={props.encoding} onChange={(e) => props.onEncoding(e.currentTarget.value as CsvEncoding)}>
        <For each={CSV_ENCODINGS}>{(e) => <option value={e}>{e.toUpperCase()}</option>}</For>
      </select>
    </label>
  );
}
