import { For, Show } from 'solid-js';
import { formatCount } from '../../domain/rate';
import type { CsvPreview } from '../../io/csvImport';
import { columnLetter } from '../../io/columnLetter';
import { language } from '../../state/language';
import { csvProblemMessage } from '../i18n/fileProblemText';
import { t } from '../i18n/t';
import { PlanInfoFields } from '../planList/PlanInfoFields';
import { SHOWN_CHANGES, type CsvChoices } from './createCsvChoices';
import { tFiles } from '../i18n/filesText';

/** A count as the user's language writes it (100.000 / 100,000). */
const count = (n: number) => formatCount(n, language());

const SHOWN_PROBLEMS = 200;

/** A CSV that starts a plan: the plan's name, period and allocating unit, prefilled from the file, and their problems. */
export function NewPlanInfo(props: { choices: CsvChoices }) {
  return (
    <fieldset class="choice new-plan-info" data-testid="import-new-plan">
      <legend>{tFiles('importNewPlanInfo')}</legend>
      <p>{tFiles('importNewPlan', { n: count(props.choices.preview().adds.length) })} {tFiles('importNewPlanPrefilled')}</p>
      <PlanInfoFields info={props.choices.info()} onChange={props.choices.setInfo} />
      <Show when={props.choices.infoProblems().length > 0}>
        <ul class="form-errors" role="alert"><For each={props.choices.infoProblems()}>{(m) => <li>{m}</li>}</For></ul>
      </Show>
    </fieldset>
  );
}

/** What the reading noticed: a guessed encoding, columns left out, rows skipped, zeros restored, repeated headers. */
export function CsvReadNotes(props: { preview: CsvPreview }) {
  const ignored = () => props.preview.ignoredColumns.map((c) => (c.header ? `«${c.header}»` : t('untitledColumn', { column: columnLetter(c.column) }))).join(', ');
  return (
    <>
      <Show when={!props.preview.confident}><p class="notice notice-warning" data-testid="import-encoding-unsure">{tFiles('importEncodingUnsure')}</p></Show>
      <Show when={props.preview.ignoredColumns.length > 0}>
        <p class="muted" data-testid="import-ignored">{tFiles('importIgnored', { columns: ignored() })}</p>
      </Show>
      <Show when={props.preview.skippedRows > 0}><p class="muted">{tFiles('importSkippedAggregate')}</p></Show>
      <Show when={props.preview.zerosRestored > 0}><p class="muted" data-testid="import-zeros">{tFiles('importZerosRestored', { n: props.preview.zerosRestored })}</p></Show>
      <Show when={props.preview.repeatedHeaders > 0}><p class="muted">{tFiles('importRepeatedHeaders', { n: props.preview.repeatedHeaders })}</p></Show>
    </>
  );
}

/** A last row that may have been cut: read only when the user says it is complete. */
export function LastRowChoice(props: { choices: CsvChoices }) {
  return (
    <Show when={props.choices.held()}>
      {(h) => (
        <label class="check choice" data-testid="import-last-row">
          <input type="checkbox" data-testid="import-last-row-complete" checked={props.choices.lastRowComplete()} onChange={(e) => props.choices.setLastRowComplete(e.currentTarget.checked)} />
          <span>{tFiles('importLastRowComplete', { line: h().line, value: h().value })}</span>
        </label>
      )}
    </Show>
  );
}

/** Codes the plan does not know: added only when the user says so, the first of them named. */
export function NewUnitsChoice(props: { choices: CsvChoices }) {
  const newUnits = () => props.choices.newUnits();
  return (
    <Show when={newUnits().length > 0}>
      <fieldset class="choice" data-testid="import-new-units">
        <label class="check">
          <input type="checkbox" data-testid="import-add-new" checked={props.choices.addNewUnits()} onChange={(e) => props.choices.setAddNewUnits(e.currentTarget.checked)} />
          <span>{tFiles('importAddNewUnits', { n: count(newUnits().length) })}</span>
        </label>
        <p class="muted">{tFiles('importAddNewUnitsHelp')}</p>
        <ul class="import-new-list">
          <For each={newUnits().slice(0, SHOWN_CHANGES)}>
            {(row) => <li data-testid="import-new-unit" data-line={row.line} data-unit={row.after.code}>{tFiles('importNewUnitRow', { line: row.line, code: row.after.code, name: row.after.name })}</li>}
          </For>
          <Show when={newUnits().length > SHOWN_CHANGES}><li>{tFiles('importMoreRows', { n: count(newUnits().length - SHOWN_CHANGES) })}</li></Show>
        </ul>
      </fieldset>
    </Show>
  );
}

/** The file's problems with their row and column, the first 200 of them. */
export function CsvProblemList(props: { problems: CsvPreview['problems'] }) {
  return (
    <Show when={props.problems.length > 0}>
      <ul class="import-problems" role="list">
        <For each={props.problems.slice(0, SHOWN_PROBLEMS)}>
          {(problem) => <li data-testid="import-problem" data-line={problem.line} data-column={problem.column} data-code={problem.code}>{csvProblemMessage(problem)}</li>}
        </For>
        <Show when={props.problems.length > SHOWN_PROBLEMS}><li>{tFiles('importMoreProblems', { n: count(props.problems.length - SHOWN_PROBLEMS) })}</li></Show>
      </ul>
    </Show>
  );
}
