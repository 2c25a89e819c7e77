import { createSignal, For, Match, Show, Switch, untrack } from 'solid-js';
import type { Plan, Unit } from '../../domain/plan';
import { CSV_ENCODINGS, type CsvEncoding } from '../../io/csvDecode';
import { withLastRowChoice, withNewUnitsChoice, type CsvPreview } from '../../io/csvImport';
import type { RestoredPlanFile } from '../../io/restorePlanFile';
import type { AssignedDistrict, Assignment } from '../../domain/assignment';
import type { RestoreMode } from '../../state/backup';
import type { FileReading } from '../../state/fileImport';
import { language } from '../../state/language';
import { Dialog } from '../Dialog';
import type { Indicator } from '../../domain/indicators';
import { unitChanges } from '../../domain/unitChanges';
import { formatCount, formatRate, type Rate } from '../../domain/rate';
import { indicatorName } from '../i18n/issueText';
import { csvProblemMessage, fileProblemMessage } from '../i18n/fileText';
import { columnLetter } from '../../io/columnLetter';
import { t } from '../i18n/t';

/** A count as the user's language writes it (100.000 / 100,000). */
const count = (n: number) => formatCount(n, language());

const SHOWN_PROBLEMS = 200;
const SHOWN_CHANGES = 20;

export interface ImportDialogProps {
  file: string;
  /** 0…1 while the file is being read. */
  progress: number | undefined;
  /** 0…1 while what was applied is being stored. */
  storing: number | undefined;
  reading: FileReading | undefined;
  /** Whether a CSV goes into the plan on screen (or starts a new plan). */
  intoOpenPlan: boolean;
  /** The open plan's indicators, to name the columns a CSV would change. */
  indicators: readonly Indicator[];
  onEncoding: (encoding: CsvEncoding) => void;
  onApplyCsv: (preview: CsvPreview) => void;
  onApplyPlanFile: (restored: RestoredPlanFile, mode: 'new' | 'replace') => void;
  /** The plan on screen, if any: an assignment can update it instead of starting a new plan. */
  openPlanName: string | undefined;
  onApplyAssignment: (assignment: Assignment, district: AssignedDistrict, mode: 'new' | 'update') => void;
  onApplyBackup: (plans: Plan[], mode: RestoreMode) => void;
  onClose: () => void;
}

/**
 * What a file would do, before anything is written: counts, problems with their row and column, the
 * encoding (changeable when it was a guess), and Apply / Cancel. Cancel changes nothing.
 */
export function ImportDialog(props: ImportDialogProps) {
  return (
    <Dialog title={t('importTitle', { file: props.file })} onClose={() => props.onClose()} testId="import-dialog" wide>
      <Switch>
        <Match when={props.storing !== undefined}>
          <p>{t('importStoring')}</p>
          <progress data-testid="import-storing" max="1" value={props.storing ?? 0} style={{ width: '100%' }} />
        </Match>
        <Match when={props.progress !== undefined || !props.reading}>
          <p>{t('importReading')}</p>
          <progress data-testid="import-progress" max="1" value={props.progress ?? 0} style={{ width: '100%' }} />
          <div class="dialog-actions"><button type="button" data-testid="import-cancel" onClick={() => props.onClose()}>{t('cancel')}</button></div>
        </Match>
        <Match when={props.reading?.kind === 'csv' ? props.reading : undefined}>
          {(reading) => <CsvReadingView {...props} csv={reading()} />}
        </Match>
        <Match when={props.reading?.kind === 'backup' ? props.reading : undefined}>
          {(reading) => <BackupReadingView {...props} backup={reading()} />}
        </Match>
        <Match when={props.reading?.kind === 'assignment' ? props.reading : undefined}>
          {(reading) => <AssignmentReadingView {...props} assignment={reading()} />}
        </Match>
        <Match when={props.reading?.kind === 'planFile' ? props.reading : undefined}>
          {(reading) => <PlanFileReadingView {...props} planFile={reading()} />}
        </Match>
      </Switch>
    </Dialog>
  );
}

type CsvReading = Extract<FileReading, { kind: 'csv' }>;
type PlanFileReading = Extract<FileReading, { kind: 'planFile' }>;

function CsvReadingView(props: ImportDialogProps & { csv: CsvReading }) {
  const preview = () => (props.csv.read.ok ? props.csv.read.preview : undefined);
  const problem = () => (props.csv.read.ok ? undefined : props.csv.read.problem);
  const guessed = () => problem()?.params?.guessedEncoding as CsvEncoding | undefined;
  return (
    <Show when={preview()} fallback={
      <>
        <Show when={guessed()}>
          {(encoding) => <EncodingPicker encoding={props.csv.encoding ?? encoding()} onEncoding={(e) => props.onEncoding(e)} />}
        </Show>
        <ImportError messages={problem() ? [csvProblemMessage(problem()!)] : []} onClose={() => props.onClose()} />
      </>}>
      {(p) => (
        <CsvPreviewView preview={p()} intoOpenPlan={props.intoOpenPlan} indicators={props.indicators} encoding={props.csv.encoding ?? p().encoding}
          onEncoding={(e) => props.onEncoding(e)} onApply={(effective) => props.onApplyCsv(effective)} onClose={() => props.onClose()} />
      )}
    </Show>
  );
}

function PlanFileReadingView(props: ImportDialogProps & { planFile: PlanFileReading }) {
  const restored = () => (props.planFile.restored.ok ? props.planFile.restored.value : undefined);
  const problems = () => (props.planFile.restored.ok ? [] : props.planFile.restored.problems);
  return (
    <Show when={restored()} fallback={<ImportError messages={problems().map(fileProblemMessage)} onClose={() => props.onClose()} />}>
      {(value) => (
        <PlanFileView restored={value()} existing={props.planFile.existing}
          onApply={(mode) => props.onApplyPlanFile(value(), mode)} onClose={() => props.onClose()} />
      )}
    </Show>
  );
}

type AssignmentReading = Extract<FileReading, { kind: 'assignment' }>;
type BackupReading = Extract<FileReading, { kind: 'backup' }>;

function BackupReadingView(props: ImportDialogProps & { backup: BackupReading }) {
  const value = () => (props.backup.restored.ok ? props.backup.restored.value : undefined);
  const problems = () => (props.backup.restored.ok ? [] : props.backup.restored.problems);
  const [mode, setMode] = createSignal<RestoreMode>('keep');
  return (
    <Show when={value()} fallback={<ImportError messages={problems().map(fileProblemMessage)} onClose={() => props.onClose()} />}>
      {(backup) => (
        <div class="import-preview" data-testid="import-preview" data-kind="backup" data-adds={backup().plans.length - props.backup.existing.length}
          data-updates={props.backup.existing.length} data-unchanged={0} data-problems={0}>
          <p>{t('importBackup', { plans: count(backup().plans.length), date: new Date(backup().exportedAt).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB') })}</p>
          <Show when={props.backup.existing.length > 0}>
            <fieldset class="choice" data-testid="import-backup-existing">
              <legend>{t('importBackupExisting', { n: count(props.backup.existing.length) })}</legend>
              <For each={['keep', 'replace', 'copy'] as const}>
                {(m) => (
                  <label class="check"><input type="radio" name="backup-mode" value={m} checked={mode() === m} onChange={() => setMode(m)} />
                    <span>{t(`importBackup_${m}`)}</span></label>
                )}
              </For>
            </fieldset>
          </Show>
          <div class="dialog-actions">
            <button type="button" data-testid="import-cancel" onClick={() => props.onClose()}>{t('cancel')}</button>
            <button type="button" class="primary" data-testid="import-apply" onClick={() => props.onApplyBackup(backup().plans, mode())}>{t('importApply')}</button>
          </div>
        </div>
      )}
    </Show>
  );
}

function AssignmentReadingView(props: ImportDialogProps & { assignment: AssignmentReading }) {
  const value = () => (props.assignment.restored.ok ? props.assignment.restored.value.assignment : undefined);
  const problems = () => (props.assignment.restored.ok ? [] : props.assignment.restored.problems);
  return (
    <Show when={value()} fallback={<ImportError messages={problems().map(fileProblemMessage)} onClose={() => props.onClose()} />}>
      {(assignment) => <AssignmentView assignment={assignment()} openPlanName={props.openPlanName}
        onApply={(d, mode) => props.onApplyAssignment(assignment(), d, mode)} onClose={() => props.onClose()} />}
    </Show>
  );
}

function AssignmentView(props: { assignment: Assignment; openPlanName: string | undefined; onApply: (d: AssignedDistrict, mode: 'new' | 'update') => void; onClose: () => void }) {
  const [index, setIndex] = createSignal(0);
  const [mode, setMode] = createSignal<'new' | 'update'>('new');
  const district = () => props.assignment.districts[index()] ?? props.assignment.districts[0]!;
  return (
    <div class="import-preview" data-testid="import-preview" data-kind="assignment" data-adds={district().units.length} data-updates={0} data-unchanged={0} data-problems={0}>
      <p>{t('importAssignment', { issuedBy: props.assignment.issuedBy, period: props.assignment.period, n: count(props.assignment.districts.length) })}</p>
      <label class="field"><span>{t('importAssignmentDistrict')}</span>
        <select data-testid="assignment-district" value={index()} onChange={(e) => setIndex(Number(e.currentTarget.value))}>
          <For each={props.assignment.districts}>{(d, i) => <option value={i()}>{d.name} ({d.code})</option>}</For>
        </select>
      </label>
      <Show when={props.openPlanName}>
        {(name) => (
          <fieldset class="choice">
            <label class="check"><input type="radio" name="assignment-mode" value="new" checked={mode() === 'new'} onChange={() => setMode('new')} /><span>{t('importAssignmentNew')}</span></label>
            <label class="check"><input type="radio" name="assignment-mode" value="update" checked={mode() === 'update'} onChange={() => setMode('update')} /><span>{t('importAssignmentUpdate', { name: name() })}</span></label>
          </fieldset>
        )}
      </Show>
      <Show when={props.openPlanName && mode() === 'update'}>
        <p class="muted" data-testid="assignment-update-note">{t('importAssignmentUpdateNote', { n: district().units.length })}</p>
      </Show>
      <div class="dialog-actions">
        <button type="button" data-testid="import-cancel" onClick={() => props.onClose()}>{t('cancel')}</button>
        <button type="button" class="primary" data-testid="import-apply" onClick={() => props.onApply(district(), props.openPlanName ? mode() : 'new')}>{t('importApply')}</button>
      </div>
    </div>
  );
}

function EncodingPicker(props: { encoding: CsvEncoding; onEncoding: (e: CsvEncoding) => void }) {
  return (
    <label class="field inline"><span>{t('importEncoding')}</span>
      <select data-testid="import-encoding" value={props.encoding} onChange={(e) => props.onEncoding(e.currentTarget.value as CsvEncoding)}>
        <For each={CSV_ENCODINGS}>{(e) => <option value={e}>{e.toUpperCase()}</option>}</For>
      </select>
    </label>
  );
}

function ImportError(props: { messages: string[]; onClose: () => void }) {
  return (
    <>
      <div class="notice notice-error" data-testid="import-error" role="alert">
        <For each={props.messages}>{(m) => <p>{m}</p>}</For>
      </div>
      <div class="dialog-actions"><button type="button" data-testid="import-cancel" onClick={() => props.onClose()}>{t('close')}</button></div>
    </>
  );
}

function CsvPreviewView(props: { preview: CsvPreview; intoOpenPlan: boolean; indicators: readonly Indicator[]; encoding: CsvEncoding; onEncoding: (e: CsvEncoding) => void; onApply: (preview: CsvPreview) => void; onClose: () => void }) {
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
      <Show when={!props.intoOpenPlan}><p>{t('importNewPlan', { n: count(p().adds.length) })}</p></Show>
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
        <button type="button" class="primary" data-testid="import-apply" disabled={!canApply()} onClick={() => props.onApply(p())}>
          {problemRows() > 0 ? t('importApplySkipping', { n: problemRows() }) : t('importApply')}
        </button>
      </div>
    </div>
  );
}

function PlanFileView(props: { restored: RestoredPlanFile; existing: Pick<Plan, 'name' | 'updatedAt'> | undefined; onApply: (mode: 'new' | 'replace') => void; onClose: () => void }) {
  // Replacing is offered first only when the file is newer than what this computer holds.
  const newerHere = untrack(() => !!props.existing && props.existing.updatedAt > props.restored.plan.updatedAt);
  const [mode, setMode] = createSignal<'new' | 'replace'>(newerHere ? 'new' : 'replace');
  const date = (iso: string) => new Date(iso).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB');
  const plan = () => props.restored.plan;
  const when = () => new Date(props.restored.exportedAt).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <div class="import-preview" data-testid="import-preview" data-kind="planFile" data-adds={plan().units.length} data-updates={0} data-unchanged={0} data-problems={0}>
      <p>{t('importPlanFile', { name: plan().name, period: plan().period, units: count(plan().units.length), exportedAt: when(), exportedBy: props.restored.exportedBy })}</p>
      <Show when={props.existing}>
        {(existing) => (
          <fieldset class="choice" data-testid="import-plan-exists">
            <legend>{t('importPlanExists', { name: existing().name })}</legend>
            <p class="muted" data-testid="import-plan-dates">{t('importPlanDates', { file: date(props.restored.plan.updatedAt), here: date(existing().updatedAt) })}</p>
            <label class="check"><input type="radio" name="mode" value="replace" checked={mode() === 'replace'} onChange={() => setMode('replace')} /><span>{t('importReplace')}</span></label>
            <label class="check"><input type="radio" name="mode" value="new" checked={mode() === 'new'} onChange={() => setMode('new')} /><span>{t('importAsNew')}</span></label>
          </fieldset>
        )}
      </Show>
      <div class="dialog-actions">
        <button type="button" data-testid="import-cancel" onClick={() => props.onClose()}>{t('cancel')}</button>
        <button type="button" class="primary" data-testid="import-apply" onClick={() => props.onApply(props.existing ? mode() : 'new')}>{t('importApply')}</button>
      </div>
    </div>
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
