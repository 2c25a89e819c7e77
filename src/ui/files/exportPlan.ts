import type { Plan, Unit } from '../../domain/plan';
import { previousPeriod } from '../../domain/plan';
import type { IndicatorTotals } from '../../domain/validationIndex';
import type { CsvDialectId } from '../../io/csvDialect';
import { planCsvParts, type CsvHeaders } from '../../io/csvExport';
import { planFileParts, safeFileName } from '../../io/serializePlanFile';
import { assignmentFileName, serializeAssignmentFile } from '../../io/assignmentFile';
import { unitsOfDistrict, type DistrictUnitLists } from '../../io/districtUnitLists';
import { makeAssignment } from '../../domain/assignment';
import { language } from '../../state/language';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { loadOnce } from '../loadOnce';
import { downloadBytes, downloadParts, downloadText } from './download';

/**
 * Writing several files as one zip (fflate), for an export of more than one file: loaded by the export itself,
 * not through ui/onDemand.ts, which loads this module (a module loaded from there never imports it back).
 */
const loadZip = loadOnce(() => import('../../io/zipFiles'));

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

/**
 * Units per part of an exported file: a part is written and encoded in one stretch of work, and the page gets a
 * turn between stretches, so a part stays well under a long task even at the largest plans.
 */
const UNITS_PER_PART = 4_000;

export function downloadPlanCsv(plan: Plan, totals: readonly IndicatorTotals[], dialect: CsvDialectId): Promise<void> {
  return downloadParts(planCsvParts(plan, totals, csvHeaders(plan), dialect, UNITS_PER_PART), `${safeFileName(plan.name, plan.period)}.csv`, 'text/csv;charset=utf-8');
}

/** What an assignment export handed to the browser: one file, or one zip of `files` files, for `receivers` units. */
export interface AssignmentDelivery {
  fileName: string;
  files: number;
  receivers: number;
  zipped: boolean;
}

/**
 * The assignment this plan hands down to its member units: one file for all, or one per unit. Several files
 * go out as one zip (a browser drops downloads beyond about ten in a burst); one file goes out as it is.
 * A plan with no member unit has nothing to hand down: no file then.
 */
export async function downloadAssignment(plan: Plan, split: 'all' | 'each', lists?: DistrictUnitLists): Promise<AssignmentDelivery> {
  if (plan.units.length === 0) return { fileName: '', files: 0, receivers: 0, zipped: false };
  const units = new Map<string, Unit>(plan.units.map((u) => [u.code, u]));
  const assignment = makeAssignment(plan, (code) => {
    const unit = units.get(code);
    return lists && unit ? unitsOfDistrict(lists, unit.code, unit.name) : [];
  });
  const exportedAt = new Date();
  const context = { appVersion: __APP_VERSION__, exportedAt: exportedAt.toISOString() };
  const forAll = assignmentFileName(plan.allocatingUnit || plan.name, plan.period);
  const files = (split === 'all'
    ? [{ name: forAll, assignment }]
    : assignment.districts.map((d) => ({ name: assignmentFileName(d.name, plan.period), assignment: { ...assignment, districts: [d] } })))
    .map((f) => ({ name: `${f.name}.json`, text: serializeAssignmentFile(f.assignment, context) }));
  const [first] = files;
  if (first && files.length === 1) {
    downloadText(first.text, first.name, 'application/json');
    return { fileName: first.name, files: 1, receivers: assignment.districts.length, zipped: false };
  }
  const { zipFiles } = await loadZip();
  const fileName = `${forAll}.zip`;
  downloadBytes(zipFiles(files, exportedAt), fileName, 'application/zip');
  return { fileName, files: files.length, receivers: assignment.districts.length, zipped: true };
}

/** The plan's file, with its named versions (`plan.versions`: the caller reads them from storage). */
export function downloadPlanFile(plan: Plan): Promise<void> {
  const parts = planFileParts(plan, { appVersion: __APP_VERSION__, exportedAt: new Date().toISOString() }, UNITS_PER_PART);
  return downloadParts(parts, `${safeFileName(plan.name, plan.period)}.dvctt.json`, 'application/json');
}
