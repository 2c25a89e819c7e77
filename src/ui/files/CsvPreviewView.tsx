import { createSignal, For, Show } from 'solid-js';
import type { Indicator } from '../../domain/indicators';
import type { Unit } from '../../domain/plan';
import { formatCount, formatRate, type Rate } from '../../domain/rate';
import { unitChanges } from '../../domain/unitChanges';
import { withLastRowChoice, withNewUnitsChoice } from '../../io/csvApply';
import { CSV_ENCODINGS, type CsvEncoding } from '../../io/csvDecode';
import type { CsvPreview } from '../../io/csvImport';
import { columnLetter } from '../../io/columnLetter';
import { language } from '../../state/language';
import { csvProblemMessage } from '../i18n/fileText';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { normalizePeriod } from '../../domain/plan';
import { suggestPlanInfo } from '../../io/planInfoFromFile';
import type { PlanInfoDraft } from '../../state/planList';
import { PlanInfoFields, planInfoProblems } from '../planList/PlanInfoFields';

/** A count as the user's language writes it (100.000 / 100,000). */
const count = (n: number) => formatCount(n, language());

const SHOWN_PROBLEMS = 200;
const SHOWN_CHANGES = 20;

/**
 * A CSV's preview: counts, problems with their row and column, the questions the file raises (new units,
 * a last row that may be cut), every cell it would change old → new, and Apply / Cancel.
 */
export function CsvPreviewView(props: { preview: CsvPreview; fileName: string; intoOpenPlan: boolean; indicators: readonly Indicator[]; encoding: CsvEncoding; onEncoding: (e: CsvEncoding) => void; onApply: (preview: CsvPreview, info: PlanInfoDraft | undefined) => void; onClose: () => void }) {
  // A file that starts a plan: its name, period and allocating unit are asked first, prefilled from the file.
  // eslint-disable-next-line solid/reactivity -- the suggestion is made once, from the file as first read
  const [info, setInfo] = createSignal<PlanInfoDraft>(suggestPlanInfo(props.fileName, props.preview.fileSays));
  const [infoProblems, setInfoProblems] = createSignal<string[]>([]);
  const apply = () => {
    if (props.intoOpenPlan) return props.onApply(p(), undefined);
    const problems = planInfoProblems(info());
    setInfoProblems(problems);
    if (problems.length === 0) props.onApply(p(), { ...info(), period: normalizePeriod(info().period) });
  };
  // New units are added only by the user's explicit choice when the plan has units: off by default.
  const [addNewUnits, setAddNewUnits] = createSignal(false);
  // A last row that may have been cut is read only when the user says it is complete: off by default.
  const [lastRowComplete, setLastRowComplete] = createSignal(false);
  const withLastRow = () => withLastRowChoice(props.preview, lastRowComplete());
  const p = () => withNewUnitsChoice(withLastRow(), addNewUnits());
  const newUnits = () => (props.preview.newUnitsNeedChoice ? withLastRow().adds : []);
  const held = () => {
    const h = props.preview.lastRowHeld;
    return h ? { line: h.line, value: props.preview.problems.find((x) => x.code === 'lastRowMayBeCut')?.value ?? '' } : undefined;
  };
  const problemRows = () => new Set(p().problems.map((x) => x.line)).size;
  const changes = () => [...p().adds.map((a) => ({ before: undefined as Unit | undefined, after: a.after })), ...p().updates].slice(0, SHOWN_CHANGES);
  const canApply = () => p().adds.length + p().updates.length > 0;
  return (
    <div class="import-preview" data-testid="import-preview" data-kind="csv" data-adds={p().adds.length} data-updates={p().updates.length}
      data-unchanged={p().unchanged} data-problems={p().problems.length} data-new-units={newUnits().length}>
      <p class="import-summary"><strong>{t('importSummary', { adds: count(p().adds.length), updates: count(p().updates.length), unchanged: count(p().unchanged), problems: count(p().problems.length) })}</strong></p>
      <Show when={!props.intoOpenPlan}>
        <fieldset class="choice new-plan-info" data-testid="import-new-plan">
          <legend>{t('importNewPlanInfo')}</legend>
          <p>{t('importNewPlan', { n: count(p().adds.length) })} {t('importNewPlanPrefilled')}</p>
          <PlanInfoFields info={info()} onChange={setInfo} />
          <Show when={infoProblems().length > 0}>
            <ul class="form-errors" role="alert"><For each={infoProblems()}>{(m) => <li>{m}</li>}</For></ul>
          </Show>
        </fieldset>
      </Show>
      <EncodingPicker encoding={props.encoding} onEncoding={(e) => props.onEncoding(e)} />
      <Show when={!p().confident}><p class="notice notice-warning" data-testid="import-encoding-unsure">{t('importEncodingUnsure')}</p></Show>
      <Show when={p().ignoredColumns.length > 0}>
        <p class="muted" data-testid="import-ignored">{t('importIgnored', { columns: p().ignoredColumns.map((c) => (c.header ? `«${c.header}»` : t('untitledColumn', { column: columnLetter(c.column) }))).join(', ') })}</p>
      </Show>
      <Show when={p().skippedRows > 0}><p class="muted">{t('importSkippedAggregate')}</p></Show>
      <Show when={p().zerosRestored > 0}><p class="muted" data-testid="import-zeros">{t('importZerosRestored', { n: p().zerosRestored })}</p></Show>
      <Show when={p().repeatedHeaders > 0}><p class="muted">{t('importRepeatedHeaders', { n: p().repeatedHeaders })}</p></Show>
      <Show when={held()}>
        {(h) => (
          <label class="check choice" data-testid="import-last-row">
            <input type="checkbox" data-testid="import-last-row-complete" checked={lastRowComplete()} onChange={(e) => setLastRowComplete(e.currentTarget.checked)} />
            <span>{t('importLastRowComplete', { line: h().line, value: h().value })}</span>
          </label>
        )}
      </Show>
      <Show when={newUnits().length > 0}>
        <fieldset class="choice" data-testid="import-new-units">
          <label class="check">
            <input type="checkbox" data-testid="import-add-new" checked={addNewUnits()} onChange={(e) => setAddNewUnits(e.currentTarget.checked)} />
            <span>{t('importAddNewUnits', { n: count(newUnits().length) })}</span>
          </label>
          <p class="muted">{t('importAddNewUnitsHelp')}</p>
          <ul class="import-new-list">
            <For each={newUnits().slice(0, SHOWN_CHANGES)}>
              {(row) => <li data-testid="import-new-unit" data-line={row.line} data-unit={row.after.code}>{t('importNewUnitRow', { line: row.line, code: row.after.code, name: row.after.name })}</li>}
            </For>
            <Show when={newUnits().length > SHOWN_CHANGES}><li>{t('importMoreRows', { n: count(newUnits().length - SHOWN_CHANGES) })}</li></Show>
          </ul>
        </fieldset>
      </Show>
      <Show when={p().problems.length > 0}>
        <ul class="import-problems" role="list">
          <For each={p().problems.slice(0, SHOWN_PROBLEMS)}>
            {(problem) => <li data-testid="import-problem" data-line={problem.line} data-column={problem.column} data-code={problem.code}>{csvProblemMessage(problem)}</li>}
          </For>
          <Show when={p().problems.length > SHOWN_PROBLEMS}><li>{t('importMoreProblems', { n: count(p().problems.length - SHOWN_PROBLEMS) })}</li></Show>
        </ul>
      </Show>
      <Show when={changes().length > 0}>
        <details open={p().updates.length > 0 && p().updates.length <= SHOWN_CHANGES} data-testid="import-changes">
          <summary>{t('importChanges', { shown: count(changes().length), total: count(p().adds.length + p().updates.length) })}</summary>
          <table class="table compact">
            <tbody>
              <For each={changes()}>
                {(c) => (
                  <tr data-testid="import-change" data-unit={c.after.code}>
                    <td>{c.after.code}</td>
                    <td>{c.after.name}{c.before ? '' : ` (${t('importNewUnitMark')})`}</td>
                    <td>{c.before ? <CellChanges before={c.before} after={c.after} indicators={props.indicators} /> : ''}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </details>
      </Show>
      <Show when={!canApply()}><p class="muted">{t('importNothing')}</p></Show>
      <div class="dialog-actions">
        <button type="button" data-testid="import-cancel" onClick={() => props.onClose()}>{t('cancel')}</button>
        <button type="button" class="primary" data-testid="import-apply" disabled={!canApply()} onClick={apply}>
          {problemRows() > 0 ? t('importApplySkipping', { n: problemRows() }) : t(props.intoOpenPlan ? 'importApply' : 'importCreatePlan')}
        </button>
      </div>
    </div>
  );
}


export function EncodingPicker(props: { encoding: CsvEncoding; onEncoding: (e: CsvEncoding) => void }) {
  return (
    <label class="field inline"><span>{t('importEncoding')}</span>
      <select data-testid="import-encoding" value={props.encoding} onChange={(e) => props.onEncoding(e.currentTarget.value as CsvEncoding)}>
        <For each={CSV_ENCODINGS}>{(e) => <option value={e}>{e.toUpperCase()}</option>}</For>
      </select>
    </label>
  );
}


/** Every cell a row would change, old → new ("Hồ sơ trực tuyến · Chỉ tiêu: 64 → 70"), empty shown as "—". */
function CellChanges(props: { before: Unit; after: Unit; indicators: readonly Indicator[] }) {
  const byId = () => new Map(props.indicators.map((i) => [i.id as string, i]));
  const items = () => unitChanges(props.before, props.after, props.indicators.map((i) => i.id)).map((c) => {
    const shown = (v: string | number | null): string => {
      if (v === null || v === '') return '—';
      if (typeof v === 'string') return v;
      return c.field === 'volume' ? count(v) : formatRate(v as Rate, language());
    };
    const ind = 'indicatorId' in c ? byId().get(c.indicatorId) : undefined;
    const label = 'indicatorId' in c ? `${ind ? indicatorName(ind, language()) : c.indicatorId} · ${t(c.field === 'target' ? 'changeTarget' : 'changeBaseline')}` : t(`change_${c.field}`);
    return `${label}: ${shown(c.before)} → ${shown(c.after)}`;
  });
  return <ul class="cell-changes"><For each={items()}>{(text) => <li data-testid="import-cell-change">{text}</li>}</For></ul>;
}
