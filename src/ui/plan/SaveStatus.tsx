import type { SaveState } from '../../state/planSession';
import { t } from '../i18n/t';

export function SaveStatus(props: { state: SaveState }) {
  const label = () => (props.state === 'saved' ? t('saveSaved') : props.state === 'saving' ? t('saveSaving') : t('saveError'));
  return (
    <span class={`save-status save-${props.state}`} data-testid="save-status" data-state={props.state} role="status" aria-live="polite">
      {label()}
    </span>
  );
}
