/**
 * The plan files, assignment files, backups (pf-*, as-*, bk-*) and Excel workbooks (xl-*) of the bad-input corpus
 * (test/fixtures/bad-inputs/), and what the user is told of each.
 */
import { expect } from 'vitest';
import { PLAN_FILE_VERSION } from '../../../src/io/planFileFormat';
import {
  APP_VERSION, DEMO_RESTORED, NOT_JSON, OUT_OF_RANGE, refusedAssignment, refusedBackup, refusedPlanFile, refusedXlsx, type Case,
} from './outcomes';

export const JSON_FILE_CASES: Case[] = [
  // Plan files
  { file: 'pf-01-truncated.dvctt.json', story: 'a plan file whose download stopped in the middle of a unit name',
    expect: refusedPlanFile(NOT_JSON('pf-01-truncated.dvctt.json', 161, 21)) },
  { file: 'pf-02-html-page.dvctt.json', story: 'a web page (404) saved under the plan file\'s name',
    expect: refusedPlanFile(NOT_JSON('pf-02-html-page.dvctt.json', 1, 1)) },
  { file: 'pf-03-trailing-comma.dvctt.json', story: 'hand-edited in Notepad (CRLF): a value deleted, its comma left before }',
    expect: refusedPlanFile(NOT_JSON('pf-03-trailing-comma.dvctt.json', 96, 5)) },
  { file: 'pf-04-other-format.json', story: 'a JSON file of another application',
    expect: refusedPlanFile('Tệp pf-04-other-format.json không phải là tệp kế hoạch DVCTT.') },
  { file: 'pf-05-plan-without-envelope.json', story: 'only the "plan" object, copied out of a plan file by hand',
    expect: refusedPlanFile('Tệp pf-05-plan-without-envelope.json không phải là tệp kế hoạch DVCTT.') },
  { file: 'pf-06-newer-version.dvctt.json', story: 'a plan file from app 3.0.0, format version 9',
    expect: refusedPlanFile(`Tệp pf-06-newer-version.dvctt.json được tạo bởi phiên bản mới hơn của ứng dụng (định dạng tệp 9, ứng dụng 3.0.0); phiên bản đang dùng (${APP_VERSION}) chỉ đọc được định dạng đến ${PLAN_FILE_VERSION}. Hãy cập nhật ứng dụng rồi nhập lại. Không có gì bị thay đổi.`) },
  { file: 'pf-07-wrong-type.dvctt.json', story: '"volume": "nhiều" typed by hand',
    expect: refusedPlanFile('Tệp pf-07-wrong-type.dvctt.json, trường plan.units[1].volume: cần một số.') },
  { file: 'pf-08-negative-volume.dvctt.json', story: 'a volume of -5',
    expect: refusedPlanFile('Tệp pf-08-negative-volume.dvctt.json, trường plan.units[1].volume: nhỏ hơn mức tối thiểu 0.') },
  { file: 'pf-09-three-decimals.dvctt.json', story: 'a rate with three decimals, 55.555',
    expect: refusedPlanFile('Tệp pf-09-three-decimals.dvctt.json, plan.units[0].target.online_payment: 55,555 có quá hai chữ số thập phân.') },
  { file: 'pf-10-duplicate-units.dvctt.json', story: 'two units with the code 21952',
    expect: refusedPlanFile('Tệp pf-10-duplicate-units.dvctt.json, plan.units[2].code: mã đơn vị «21952» lặp lại.') },
  { file: 'pf-11-unknown-indicator.dvctt.json', story: 'a value for an indicator the plan does not list',
    expect: refusedPlanFile('Tệp pf-11-unknown-indicator.dvctt.json, plan.units[1].target.digital_signature: chỉ tiêu «digital_signature» không có trong kế hoạch.') },
  { file: 'pf-12-proto-keys.dvctt.json', story: 'hostile: __proto__ at three levels and constructor keys',
    // An unknown key is refused, never dropped (schema/planSchema.ts): the first is the top level's __proto__.
    expect: refusedPlanFile('Tệp pf-12-proto-keys.dvctt.json, __proto__: trường «__proto__» không thuộc định dạng tệp này (tệp bị sửa tay hoặc bị hỏng); không có gì bị thay đổi.') },
  { file: 'pf-13-bom.dvctt.json', story: 'saved by Notepad as "UTF-8 with BOM"',
    expect: { kind: 'planFile', restored: DEMO_RESTORED } },
  { file: 'pf-14-utf16-notepad.dvctt.json', story: 'saved by Notepad as "Unicode" (UTF-16 LE with BOM, CRLF)',
    expect: { kind: 'planFile', restored: DEMO_RESTORED } },
  { file: 'pf-15-ansi-notepad.dvctt.json', story: 'saved by an old Notepad as "ANSI" (Windows-1258 on Vietnamese Windows)',
    expect: { kind: 'planFile', restored: DEMO_RESTORED } },
  { file: 'pf-16-missing-field.dvctt.json', story: 'a unit whose "name" line was deleted',
    expect: refusedPlanFile('Tệp pf-16-missing-field.dvctt.json: thiếu trường plan.units[3].name.') },
  { file: 'pf-17-empty.dvctt.json', story: 'an empty file with the plan file\'s name',
    expect: refusedPlanFile('Tệp pf-17-empty.dvctt.json trống.') },
  { file: 'pf-18-format-version-as-text.dvctt.json', story: '"formatVersion": "1" (quoted by hand)',
    expect: refusedPlanFile('Tệp pf-18-format-version-as-text.dvctt.json, trường formatVersion: cần một số nguyên.') },
  { file: 'pf-19-decimal-comma.dvctt.json', story: 'a rate edited by hand with a decimal comma, 64,5',
    expect: refusedPlanFile(NOT_JSON('pf-19-decimal-comma.dvctt.json', 92, 28)) },
  { file: 'pf-20-csv-named-json.json', story: 'a CSV file given a .json name',
    expect: refusedPlanFile(NOT_JSON('pf-20-csv-named-json.json', 1, 1)) },
  { file: 'pf-21-plan-file-renamed.csv', story: 'a plan file renamed to .csv: recognised by its content',
    expect: { kind: 'planFile', restored: DEMO_RESTORED } },
  { file: 'pf-22-reserved-code.dvctt.json', story: 'a unit coded "aggregate" (the grid\'s summary row) in a plan file',
    expect: refusedPlanFile(expect.stringMatching(/^Tệp pf-22-reserved-code\.dvctt\.json, .*plan\.units\[12\]\.code.*aggregate/)) },
  { file: 'pf-23-volume-too-big.dvctt.json', story: 'a volume mistyped as 29130000000000',
    expect: refusedPlanFile('Tệp pf-23-volume-too-big.dvctt.json, trường plan.units[0].volume: lớn hơn mức tối đa 100000000.') },
  { file: 'pf-24-target-1000.dvctt.json', story: 'a mandatory target of 100 typed 1000 in a hand-edited plan file',
    expect: refusedPlanFile(OUT_OF_RANGE('pf-24-target-1000.dvctt.json', 'plan.units[4].target.e_results', '1000')) },
  { file: 'pf-25-baseline-negative.dvctt.json', story: 'a previous result of -5',
    expect: refusedPlanFile(OUT_OF_RANGE('pf-25-baseline-negative.dvctt.json', 'plan.units[2].baseline.online_payment', '-5')) },
  { file: 'pf-26-min-150.dvctt.json', story: 'an indicator\'s general target (min) of 150',
    expect: refusedPlanFile(OUT_OF_RANGE('pf-26-min-150.dvctt.json', 'plan.indicators[0].min', '150')) },
  { file: 'pf-27-own-target-101.dvctt.json', story: 'the district\'s own target of 101 for an indicator',
    expect: refusedPlanFile(OUT_OF_RANGE('pf-27-own-target-101.dvctt.json', 'plan.indicators[2].ownTarget', '101')) },
  { file: 'pf-28-floor-negative.dvctt.json', story: 'a weighted indicator\'s floor of -1',
    expect: refusedPlanFile(OUT_OF_RANGE('pf-28-floor-negative.dvctt.json', 'plan.indicators[1].floor', '-1')) },

  // Assignment files and backups
  { file: 'as-01-own-target-120.json', story: 'the province\'s assignment file with an own target of 120 for Huyện Tuy Phước',
    expect: refusedAssignment(OUT_OF_RANGE('as-01-own-target-120.json', 'assignment.districts[1].ownTargets.online_dossiers', '120')) },
  { file: 'bk-01-v1-second-plan-target-100-5.json', story: 'a backup of format 1 (migrated on reading) whose second plan holds a target of 100.5',
    expect: refusedBackup(OUT_OF_RANGE('bk-01-v1-second-plan-target-100-5.json', 'plans[1].units[5].target.online_dossiers', '100,5')) },
];

export const WORKBOOK_CASES: Case[] = [
  // Excel workbooks (src/io/xlsx), read as the monthly statistics will be
  { file: 'xl-01-csv-renamed.xlsx', story: 'a CSV saved under an .xlsx name', expect: refusedXlsx({ code: 'notAZip' }) },
  { file: 'xl-02-docx-renamed.xlsx', story: 'a Word report renamed .xlsx: a zip with no workbook', expect: refusedXlsx({ code: 'notAZip' }) },
  { file: 'xl-03-password-protected.xlsx', story: 'a workbook protected by a password (an OLE compound file with EncryptionInfo)', expect: refusedXlsx({ code: 'encrypted' }) },
  { file: 'xl-04-xls-renamed.xlsx', story: 'an Excel 97–2003 .xls renamed .xlsx', expect: refusedXlsx({ code: 'legacyXls' }) },
  { file: 'xl-05-zip-bomb.xlsx', story: 'a zip bomb: 24 KB whose directory lists one 20 MB part twelve times (240 MB)',
    expect: refusedXlsx({ code: 'tooLarge', what: 'uncompressed', size: 251_663_814, limit: 200 * 1024 * 1024 }) },
  { file: 'xl-06-size-lie.xlsx', story: 'a sheet of 1 KB that claims 300 MB uncompressed (more than deflate can give)',
    expect: refusedXlsx({ code: 'tooLarge', what: 'ratio', size: 300 * 1024 * 1024, limit: 527 * 1032 }) },
  { file: 'xl-07-truncated-download.xlsx', story: 'a download cut at 60 %', expect: refusedXlsx({ code: 'damaged' }) },
  { file: 'xl-08-empty-workbook.xlsx', story: 'a template whose only sheet is empty', expect: refusedXlsx({ code: 'noSheet' }) },
  { file: 'xl-09-broken-sheet-xml.xlsx', story: 'a sheet whose XML stops in the middle of a row', expect: refusedXlsx({ code: 'damaged' }) },
  { file: 'xl-10-month-date-column.xlsx', story: 'a month\'s statistics with the portal\'s headers and «Tháng» as a date', expect: { kind: 'xlsx', read: [{ name: 'Tháng 7', rows: [
    ['Tháng', 'Mã đơn vị', 'Tên đơn vị', 'Tiếp nhận trực tuyến', 'Tổng hồ sơ tiếp nhận', 'Tổng HS có nghĩa vụ tài chính', 'Số HS đã TTTT'],
    ['2024-07', '21952', 'Thị trấn Tuy Phước', 312, 401, 120, 95],
    ['2024-07', '21955', 'Thị trấn Diêu Trì', 280, 377, 101, 88],
    ['2024-07', '21958', 'Xã Phước Thắng', null, 120, 40, 31],
    ['2024-08', '21952', 'Thị trấn Tuy Phước', 330, 415, 118, 99],
  ] }] } },
];
