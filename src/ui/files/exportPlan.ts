import type { Plan } from '../../domain/plan';
import { previousPeriod } from '../../domain/plan';
import type { IndicatorTotals } from '../../domain/validationIndex';
import type { CsvDialectId } from '../../io/csvDialect';
import { planCsvParts, type CsvHeaders } from '../../io/csvExport';
import { planFileParts, safeFileName } from '../../io/serializePlanFile';
import { serializeAssignmentFile } from '../../io/assignmentFile';
import { unitsOfDistrict, type DistrictUnitLists } from '../../io/districtUnitLists';
import { makeAssignment } from '../../domain/assignment';
import { language } from '../../state/language';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { downloadParts, downloadText } from './download';

/** The appendix headers in the current language, as the grid shows them. */
export function csvHeaders(plan: Plan): CsvHeaders {
  const previous = previousPeriod(plan.period);
  return {
    index: t('colIndex'), code: t('colCode'), name: t('colName'), type: t('colType'), volume: t('colVolume'), aggregate: t('aggregateRow'),
    indicator: (name, field) => `${name} - ${field === 'baseline'
      ? (previous ? t('colBaseline', { period: previous }) : t('colBaselinePlain'))
      : (plan.period ? t('colTarget', { period: plan.period }) : t('colTargetPlain'))}`,
    indicatorName: (indicator) => indicatorName(indicator, language()),
  };
}

export function downloadPlanCsv(plan: Plan, totals: readonly IndicatorTotals[], dialect: CsvDialectId): Promise<void> {
  return downloadParts(planCsvParts(plan, totals, csvHeaders(plan), dialect), `${safeFileName(plan.name, plan.period)}.csv`, 'text/csv;charset=utf-8');
}

/** The assignment this plan hands down to its member units: one file for all, or one per unit. */
export function downloadAssignment(plan: Plan, split: 'all' | 'each', lists?: DistrictUnitLists): void {
  const assignment = makeAssignment(plan, (code) => {
    const unit = plan.units.find((u) => u.code === code);
    return lists && unit ? unitsOfDistrict(lists, unit.code, unit.name) : [];
  });
  const context = { appVersion: __APP_VERSION__, exportedAt: new Date().toISOString() };
  const files = split === 'all'
    ? [{ name: safeFileName(`giao chi tieu ${plan.allocatingUnit || plan.name}`, plan.period), assignment }]
    : assignment.districts.map((d) => ({ name: safeFileName(`giao chi tieu ${d.name}`, plan.period), assignment: { ...assignment, districts: [d] } }));
  for (const f of files) downloadText(serializeAssignmentFile(f.assignment, context), `${f.name}.json`, 'application/json');
}

export function downloadPlanFile(plan: Plan): Promise<void> {
  const parts = planFileParts(plan, { appVersion: __APP_VERSION__, exportedAt: new Date().toISOString() });
  return downloadParts(parts, `${safeFileName(plan.name, plan.period)}.dvctt.json`, 'application/json');
}
