import type { PlanSession } from '../../state/planSession';
import { t } from '../i18n/t';

/** What the last write problem means to the user, with how many edits it cost; '' when none. */
export function saveProblemText(session: PlanSession): string {
  const p = session.saveProblem();
  if (!p) return '';
  const dropped = p.dropped === 0 ? '' : ` ${t(p.problem === 'merged' ? 'saveDropped' : 'saveNotStored', { n: p.dropped })}`;
  return (p.problem === 'merged' ? t('saveMerged') : p.problem === 'quota' ? t('saveQuota') : p.problem === 'deleted' ? t('planMissing') : t('saveFailed')) + dropped;
}
