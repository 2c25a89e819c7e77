import { createSignal, For, Match, Show, Switch, untrack } from 'solid-js';
import type { Plan } from '../../domain/plan';
import type { CsvEncoding } from '../../io/csvDecode';
import type { CsvPreview } from '../../io/csvImport';
import type { RestoredPlanFile } from '../../io/restorePlanFile';
import type { AssignedDistrict, Assignment } from '../../domain/assignment';
import type { RestoreMode } from '../../state/backup';
import type { FileReading } from '../../state/fileImport';
import { language } from '../../state/language';
import type { PlanInfoDraft } from '../../state/planList';
import { Dialog } from '../Dialog';
import { CsvPreviewView, EncodingPicker } from './CsvPreviewView';
import type { Indicator } from '../../domain/indicators';
import { formatCount } from '../../domain/rate';
import { csvProblemMessage, fileProblemMessage } from '../i18n/fileProblemText';
import { t } from '../i18n/t';
import type { MonthKey } from '../../domain/monitoring/resultKey';
import type { ResultsPreview } from '../../io/resultsImport';
import { ResultsPreviewView } from './ResultsPreviewView';
import { resultsFailureMessage } from './resultsText';
import { tFiles } from '../i18n/filesText';

/** A count as the user's language writes it (100.000 / 100,000). */
const count = (n: number) => formatCount(n, language());


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
  /** `info`: the new plan's name, period and allocating unit when the CSV starts a plan. */
  onApplyCsv: (preview: CsvPreview, info: PlanInfoDraft | undefined) => void;
  onApplyPlanFile: (restored: RestoredPlanFile, mode: 'new' | 'replace') => void;
  /** The plan on screen, if any: an assignment can update it instead of starting a new plan. */
  openPlanName: string | undefined;
  onApplyAssignment: (assignment: Assignment, district: AssignedDistrict, mode: 'new' | 'update') => void;
  onApplyBackup: (plans: Plan[], mode: RestoreMode) => void;
  /** A month's statistics: the open plan's period (its months), another month for a file without one, Apply. */
  period: string;
  onResultsMonth: (month: MonthKey) => void;
  onApplyResults: (preview: ResultsPreview) => void;
  onClose: () => void;
}

/**
 * What a file would do, before anything is written: counts, problems with their row and column, the
 * encoding (changeable when it was a guess), and Apply / Cancel. Cancel changes nothing.
 */
export function ImportDialog(props: ImportDialogProps) {
  return (
    <Dialog title={tFiles('importTitle', { file: props.file })} onClose={() => props.onClose()} testId="import-dialog" wide light>
      <Switch>
        <Match when={props.storing !== undefined}>
          <p>{tFiles('importStoring')}</p>
          <progress data-testid="import-storing" max="1" value={props.storing ?? 0} style={{ width: '100%' }} />
        </Match>
        <Match when={props.progress !== undefined || !props.reading}>
          <p>{tFiles('importReading')}</p>
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
        <Match when={props.reading?.kind === 'results' ? props.reading : undefined}>
          {(reading) => <ResultsReadingView {...props} results={reading()} />}
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
        <ImportError messages={problem() ? [tFiles('importCsvRefused', { file: props.csv.file, message: csvProblemMessage(problem()!) })] : []} onClose={() => props.onClose()} />
      </>}>
      {(p) => (
        <CsvPreviewView preview={p()} fileName={props.csv.file} intoOpenPlan={props.intoOpenPlan} indicators={props.indicators} encoding={props.csv.encoding ?? p().encoding}
          onEncoding={(e) => props.onEncoding(e)} onApply={(effective, info) => props.onApplyCsv(effective, info)} onClose={() => props.onClose()} />
      )}
    </Show>
  );
}

type ResultsReading = Extract<FileReading, { kind: 'results' }>;

function ResultsReadingView(props: ImportDialogProps & { results: ResultsReading }) {
  const read = () => (props.results.ok ? props.results : undefined);
  return (
    <Show when={read()} fallback={<ImportError messages={props.results.ok ? [] : [resultsFailureMessage(props.results.file, props.results.failure)]} onClose={() => props.onClose()} />}>
      {(r) => (
        <ResultsPreviewView reading={r()} indicators={props.indicators} period={props.period} onMonth={(m) => props.onResultsMonth(m)}
          onApply={(p) => props.onApplyResults(p)} onClose={() => props.onClose()} />
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
          <p>{tFiles('importBackup', { plans: count(backup().plans.length), date: new Date(backup().exportedAt).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB') })}</p>
          <Show when={props.backup.existing.length > 0}>
            <fieldset class="choice" data-testid="import-backup-existing">
              <legend>{tFiles('importBackupExisting', { n: count(props.backup.existing.length) })}</legend>
              <For each={['keep', 'replace', 'copy'] as const}>
                {(m) => (
                  <label class="check"><input type="radio" name="backup-mode" value={m} checked={mode() === m} onChange={() => setMode(m)} />
                    <span>{tFiles(`importBackup_${m}`)}</span></label>
                )}
              </For>
            </fieldset>
          </Show>
          <div class="dialog-actions">
            <button type="button" data-testid="import-cancel" onClick={() => props.onClose()}>{t('cancel')}</button>
            <button type="button" class="primary" data-testid="import-apply" onClick={() => props.onApplyBackup(backup().plans, mode())}>{tFiles('importApply')}</button>
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
      <p>{tFiles('importAssignment', { issuedBy: props.assignment.issuedBy, period: props.assignment.period, n: count(props.assignment.districts.length) })}</p>
      <label class="field"><span>{tFiles('importAssignmentDistrict')}</span>
        <select data-testid="assignment-district" value={index()} onChange={(e) => setIndex(Number(e.currentTarget.value))}>
          <For each={props.assignment.districts}>{(d, i) => <option value={i()}>{d.name} ({d.code})</option>}</For>
        </select>
      </label>
      <Show when={props.openPlanName}>
        {(name) => (
          <fieldset class="choice">
            <label class="check"><input type="radio" name="assignment-mode" value="new" checked={mode() === 'new'} onChange={() => setMode('new')} /><span>{tFiles('importAssignmentNew')}</span></label>
            <label class="check"><input type="radio" name="assignment-mode" value="update" checked={mode() === 'update'} onChange={() => setMode('update')} /><span>{tFiles('importAssignmentUpdate', { name: name() })}</span></label>
          </fieldset>
        )}
      </Show>
      <Show when={props.openPlanName && mode() === 'update'}>
        <p class="muted" data-testid="assignment-update-note">{tFiles('importAssignmentUpdateNote', { n: district().units.length })}</p>
      </Show>
      <div class="dialog-actions">
        <button type="button" data-testid="import-cancel" onClick={() => props.onClose()}>{t('cancel')}</button>
        <button type="button" class="primary" data-testid="import-apply" onClick={() => props.onApply(district(), props.openPlanName ? mode() : 'new')}>{tFiles('importApply')}</button>
      </div>
    </div>
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

function PlanFileView(props: { restored: RestoredPlanFile; existing: Pick<Plan, 'name' | 'updatedAt'> | undefined; onApply: (mode: 'new' | 'replace') => void; onClose: () => void }) {
  // Replacing is offered first only when the file is newer than what this computer holds.
  const newerHere = untrack(() => !!props.existing && props.existing.updatedAt > props.restored.plan.updatedAt);
  const [mode, setMode] = createSignal<'new' | 'replace'>(newerHere ? 'new' : 'replace');
  const date = (iso: string) => new Date(iso).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB');
  const plan = () => props.restored.plan;
  const when = () => new Date(props.restored.exportedAt).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <div class="import-preview" data-testid="import-preview" data-kind="planFile" data-adds={plan().units.length} data-updates={0} data-unchanged={0} data-problems={0}>
      <p>{tFiles('importPlanFile', { name: plan().name, period: plan().period, units: count(plan().units.length), exportedAt: when(), exportedBy: props.restored.exportedBy })}</p>
      <Show when={props.existing}>
        {(existing) => (
          <fieldset class="choice" data-testid="import-plan-exists">
            <legend>{tFiles('importPlanExists', { name: existing().name })}</legend>
            <p class="muted" data-testid="import-plan-dates">{tFiles('importPlanDates', { file: date(props.restored.plan.updatedAt), here: date(existing().updatedAt) })}</p>
            <label class="check"><input type="radio" name="mode" value="replace" checked={mode() === 'replace'} onChange={() => setMode('replace')} /><span>{tFiles('importReplace')}</span></label>
            <label class="check"><input type="radio" name="mode" value="new" checked={mode() === 'new'} onChange={() => setMode('new')} /><span>{tFiles('importAsNew')}</span></label>
          </fieldset>
        )}
      </Show>
      <div class="dialog-actions">
        <button type="button" data-testid="import-cancel" onClick={() => props.onClose()}>{t('cancel')}</button>
        <button type="button" class="primary" data-testid="import-apply" onClick={() => props.onApply(props.existing ? mode() : 'new')}>{tFiles('importApply')}</button>
      </div>
    </div>
  );
}
