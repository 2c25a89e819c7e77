import { t } from '../i18n/t';
import { formatCount } from '../../domain/rate';
import { language } from '../../state/language';

/** Error and warning counts, always visible; a click shows or hides the issue list (`pressed` while shown). */
export function IssueSummary(props: { errors: number; warnings: number; pressed: boolean; onClick: () => void }) {
  return (
    <button type="button" class="issue-summary" classList={{ 'has-errors': props.errors > 0, 'has-warnings': props.warnings > 0, active: props.pressed }}
      data-testid="issue-summary" data-errors={props.errors} data-warnings={props.warnings} aria-pressed={props.pressed}
      title={t('showIssues')} onClick={() => props.onClick()}>
      <span class="dot dot-error" aria-hidden="true" />
      {t('issueSummary', { errors: formatCount(props.errors, language()), warnings: formatCount(props.warnings, language()) })}
    </button>
  );
}
