/** The CSV files of the bad-input corpus (test/fixtures/bad-inputs/csv-*), and what the user is told of each. */
import { expect } from 'vitest';
import {
  NO_CODE_COLUMN, NOT_A_NUMBER, OD_RESULT, OD_TARGET, preview, refusedCsv, UNKNOWN_CODE, type Case,
} from './outcomes';

export const CSV_CASES: Case[] = [
  // Files that are not a table at all
  { file: 'csv-01-empty.csv', story: 'a 0-byte file (a failed save, an empty attachment)',
    expect: refusedCsv('Tệp trống, không có dòng nào.') },
  { file: 'csv-02-bom-only.csv', story: 'Excel "CSV UTF-8" of an empty sheet: only the BOM',
    expect: refusedCsv('Tệp trống, không có dòng nào.') },
  { file: 'csv-03-header-only.csv', story: 'a template: the header and two empty rows Excel writes as ;;;;;',
    expect: refusedCsv('Tệp có dòng tiêu đề (dòng 1) nhưng không có dòng số liệu nào.') },
  { file: 'csv-04-xlsx-renamed.csv', story: 'an .xlsx workbook renamed to .csv',
    expect: refusedCsv('Đây là tệp bảng tính Excel (.xlsx/.xls), không phải CSV. Trong Excel chọn Tệp → Lưu thành → «CSV UTF-8», rồi nhập tệp đó.') },
  { file: 'csv-05-xls-renamed.csv', story: 'an old .xls (Excel 97-2003) workbook renamed to .csv',
    expect: refusedCsv('Đây là tệp bảng tính Excel (.xlsx/.xls), không phải CSV. Trong Excel chọn Tệp → Lưu thành → «CSV UTF-8», rồi nhập tệp đó.') },
  { file: 'csv-06-binary-junk.csv', story: 'a PNG screenshot with a .csv name',
    expect: refusedCsv('Tệp không phải là văn bản CSV.') },
  { file: 'csv-07-html-page.csv', story: 'a web page (expired session) saved as .csv by a download',
    expect: refusedCsv(NO_CODE_COLUMN) },

  // Encodings
  { file: 'csv-10-unicode-text-utf16le.txt', story: 'Excel "Unicode Text": UTF-16 LE with BOM, tab-separated, decimal comma',
    expect: preview({ encoding: 'utf-16le', delimiter: '\t', adds: 0, updates: 2, unchanged: 1, changes: [
      '21952 target.online_dossiers: 64 → 65',
      '21973 target.online_dossiers: ∅ → 55,5', '21973 target.online_payment: ∅ → 50',
    ] }) },
  { file: 'csv-11-windows-1258-excel.csv', story: 'Excel "CSV (Comma delimited)" on Vietnamese Windows: Windows-1258, no BOM, ; and 1.050',
    expect: preview({ encoding: 'windows-1258', adds: 0, updates: 1, unchanged: 2, changes: ['21961 volume: 987 → 1050'] }) },
  { file: 'csv-12-utf8-no-bom-libreoffice.csv', story: 'LibreOffice Calc: UTF-8 without BOM, comma, LF, decimal point',
    expect: preview({ delimiter: ',', adds: 0, updates: 1, unchanged: 1, changes: ['21964 baseline.online_dossiers: 59,1 → 59,5'] }) },
  { file: 'csv-13-tcvn3-font-names.csv', story: 'names typed with the old TCVN3 (.VnTime) fonts, saved as CSV UTF-8: Latin-1 look-alikes',
    // The file is valid UTF-8, so the names come through as they are; the preview lists the renames.
    expect: preview({ adds: 0, updates: 2, unchanged: 0, changes: [
      '21967 name: Xã Phước Hòa → X· Ph\u00adíc Hßa', '21970 name: Xã Phước Sơn → X· Ph\u00adíc S¬n',
    ] }) },

  // Separators and decimal marks
  { file: 'csv-14-mixed-encodings.csv', story: 'a UTF-8 list with one row pasted in from a Windows-1258 file (Notepad++)',
    expect: refusedCsv(expect.stringMatching(/bảng mã/i)) },
  { file: 'csv-15-cr-line-endings.csv', story: 'Excel for Mac "CSV (Macintosh)": CR line ends',
    expect: preview({ kind: 'values', adds: 0, updates: 1, unchanged: 1, problems: ['Dòng 3, cột B (Số hồ sơ dự kiến): «-5»: số hồ sơ không được âm.'],
      changes: ['21958 volume: 1064 → 1100'] }) },
  { file: 'csv-20-semicolon-decimal-comma.csv', story: 'the Excel Việt Nam dialect: ; and decimal commas',
    expect: preview({ kind: 'values', adds: 0, updates: 2, unchanged: 1, changes: [
      '21952 target.online_dossiers: 64 → 64,5', '21955 target.online_payment: 59 → 59,25',
    ] }) },
  { file: 'csv-21-comma-decimal-point.csv', story: 'the standard dialect: , and decimal points',
    expect: preview({ kind: 'values', delimiter: ',', adds: 0, updates: 2, unchanged: 1, changes: [
      '21952 target.online_dossiers: 64 → 64,5', '21955 target.online_payment: 59 → 59,25',
    ] }) },
  { file: 'csv-22-tab-separated.tsv', story: 'cells copied from Excel, pasted into Notepad, saved (UTF-8, tabs)',
    expect: preview({ kind: 'values', delimiter: '\t', adds: 0, updates: 1, unchanged: 1, changes: ['21961 target.online_dossiers: 53 → 53,5'] }) },
  { file: 'csv-23-comma-quoted-decimal-comma.csv', story: 'LibreOffice with Vietnamese locale and , separator: "64,5" and "2.913" quoted',
    expect: preview({ delimiter: ',', adds: 0, updates: 1, unchanged: 1, changes: ['21952 target.online_dossiers: 64 → 64,5'] }) },
  { file: 'csv-24-quote-inside-name.csv', story: 'a name hand-typed in Notepad as "Xã" Phước Sơn (quote closed, text after it)',
    // Unclear (see README): the quote is closed; the text after it is what is wrong.
    expect: refusedCsv('Có dấu ngoặc kép không được đóng, từ dòng 3.') },

  // Headers
  { file: 'csv-30-headers-english.csv', story: 'English headers (the app in English, or a template from a colleague)',
    expect: preview({ delimiter: ',', adds: 0, updates: 1, unchanged: 1, changes: ['21955 volume: 3365 → 3400'] }) },
  { file: 'csv-31-headers-no-diacritics.csv', story: 'Vietnamese headers typed without diacritics',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, changes: ['21979 target.online_dossiers: 56 → 57'] }) },
  { file: 'csv-32-headers-upper-case.csv', story: 'headers in capitals, as printed appendices have them',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, changes: ['21982 target.online_dossiers: 54 → 55'] }) },
  { file: 'csv-33-headers-reordered.csv', story: 'columns in another order: the target first, the code third',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, changes: ['21973 target.online_dossiers: ∅ → 60'] }) },
  { file: 'csv-34-extra-unknown-columns.csv', story: 'notes, author, an empty column and a phone number beside the data',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, ignored: 'Các cột không dùng (bỏ qua): «Ghi chú», «Người lập», «Số điện thoại»',
      changes: ['21955 target.online_dossiers: 57 → 58'] }) },
  { file: 'csv-35-duplicate-columns.csv', story: 'the target column twice (different figures) and a second code column',
    // Not specific (see README): the ignored target column has the same header as the used one.
    expect: preview({ kind: 'values', adds: 0, updates: 1, unchanged: 1,
      ignored: `Các cột không dùng (bỏ qua): «${OD_TARGET}», «Mã xã»`, changes: ['21955 target.online_dossiers: 57 → 58'] }) },

  // Rows and cells
  { file: 'csv-36-headers-xa-phuong.csv', story: '"Mã xã/phường" and "Tên xã/phường/thị trấn" headers',
    expect: preview({ adds: 0, updates: 0, unchanged: 1 }) },
  { file: 'csv-37-other-period-headers.csv', story: 'a file of the next period (KQ 2023-H2, Chỉ tiêu 2024-H1) into the 2023-H2 plan',
    // A risk (see README): the period in the header is ignored.
    expect: preview({ kind: 'values', adds: 0, updates: 2, unchanged: 0, changes: [
      '21952 baseline.online_dossiers: 55 → 66,2', '21952 target.online_dossiers: 64 → 70',
      '21955 baseline.online_dossiers: 42,5 → 58', '21955 target.online_dossiers: 57 → 62',
    ] }) },
  { file: 'csv-40-duplicate-codes.csv', story: 'a unit listed twice with different targets',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, problems: ['Dòng 4, cột A (Mã): mã «21952» lặp lại (đã có ở dòng 2)'],
      changes: ['21952 target.online_dossiers: 64 → 65'] }) },
  { file: 'csv-41-unknown-codes.csv', story: 'values for codes the plan does not have; Excel wrote one code as 21.955',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 1, problems: [
      'Dòng 3, cột A (Mã): mã «30001» không có trong kế hoạch', 'Dòng 4, cột A (Mã): mã «21.955» không có trong kế hoạch',
    ] }) },
  { file: 'csv-42-new-units.csv', story: 'a unit list with one commune the plan does not have yet',
    // A code the plan lacks is a problem until the user chooses to add it as a new unit.
    expect: preview({ adds: 0, updates: 0, unchanged: 1, problems: [UNKNOWN_CODE(3, 'A', '21991')],
      newUnits: { adds: 1, problems: [], changes: ['+21991: name=Xã Thử Nghiệm; type=Xã; volume=800'] } }) },
  { file: 'csv-43-missing-code-column.csv', story: 'a list with STT and names but no code column',
    expect: refusedCsv(NO_CODE_COLUMN) },
  { file: 'csv-44-code-but-nothing-to-import.csv', story: 'codes and a notes column only',
    expect: refusedCsv('Ngoài cột mã, tệp không có cột nào để nhập: cần «Tên đơn vị», «Số hồ sơ dự kiến» hoặc cột chỉ tiêu như «Hồ sơ trực tuyến - Chỉ tiêu».') },
  { file: 'csv-45-missing-code-in-row.csv', story: 'a row whose code cell was left empty',
    expect: preview({ adds: 0, updates: 0, unchanged: 1, problems: ['Dòng 3, cột A (Mã): thiếu mã đơn vị'] }) },
  { file: 'csv-46-rate-not-a-number.csv', story: '"abc", an Excel error #DIV/0! and a dash for "none" in rate cells',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 1, problems: [
      `Dòng 2, cột B (${OD_TARGET}): ${NOT_A_NUMBER('abc')}`,
      `Dòng 4, cột B (${OD_TARGET}): ${NOT_A_NUMBER('#DIV/0!')}`,
      `Dòng 5, cột B (${OD_TARGET}): ${NOT_A_NUMBER('-')}`,
    ] }) },
  { file: 'csv-47-rate-out-of-range.csv', story: 'a target of 150',
    expect: preview({ adds: 0, updates: 0, unchanged: 3, problems: [`Dòng 5, cột C (${OD_TARGET}): «150» nằm ngoài khoảng 0–100%`] }) },
  { file: 'csv-48-rate-too-many-decimals.csv', story: 'results computed in Excel and shown with General format: 85,555 and 42,7857',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 0, problems: [
      `Dòng 2, cột B (${OD_RESULT}): «85,555» có quá nhiều chữ số thập phân (tối đa hai).`,
      `Dòng 3, cột B (${OD_RESULT}): «42,7857» có quá nhiều chữ số thập phân (tối đa hai).`,
    ] }) },
  { file: 'csv-49-rate-ambiguous.csv', story: '1.234 as a rate: a decimal point or a thousands dot?',
    // Unclear hint (see README): "1200" is no answer for a rate.
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 0, problems: [
      `Dòng 2, cột B (${OD_TARGET}): «1.234» không rõ là số thập phân hay số hàng nghìn: viết 1,2 (một phẩy hai) hoặc 1200.`,
    ] }) },
  { file: 'csv-50-volume-negative.csv', story: 'a dossier volume of -5',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 0, problems: ['Dòng 2, cột B (Số hồ sơ dự kiến): «-5»: số hồ sơ không được âm.'] }) },
  { file: 'csv-51-volume-decimal.csv', story: 'a dossier volume of 1,5',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 0, problems: ['Dòng 2, cột B (Số hồ sơ dự kiến): «1,5»: số hồ sơ phải là số nguyên.'] }) },
  { file: 'csv-52-more-cells-than-header.csv', story: 'a name with an unquoted ; typed in Notepad: one cell too many',
    expect: preview({ adds: 0, updates: 0, unchanged: 2, problems: ['Dòng 3, cột D: dòng có nhiều ô hơn dòng tiêu đề («1532»)'] }) },
  { file: 'csv-53-unterminated-quote.csv', story: 'an opening quote that is never closed',
    expect: refusedCsv('Có dấu ngoặc kép không được đóng, từ dòng 3.') },
  { file: 'csv-54-blank-lines.csv', story: 'an empty first row, blank lines and ;; lines between the rows',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, problems: [`Dòng 7, cột C (${OD_TARGET}): ${NOT_A_NUMBER('abc')}`],
      changes: ['21958 target.online_dossiers: 59 → 60'] }) },
  { file: 'csv-55-spaces-in-numbers.csv', story: 'spaces and non-breaking spaces around codes and numbers: "85,5 %", " 90 ", "3 365"',
    expect: preview({ kind: 'values', adds: 0, updates: 1, unchanged: 2, changes: [
      '21958 baseline.online_dossiers: 54,7 → 85,5', '21958 target.online_dossiers: 59 → 90',
    ] }) },
  { file: 'csv-56-formula-looking-names.csv', story: 'hostile: =HYPERLINK(…), @SUM(…), +84… as names; they are text',
    expect: preview({ adds: 0, updates: 0, unchanged: 0,
      problems: [UNKNOWN_CODE(2, 'A', '21991'), UNKNOWN_CODE(3, 'A', '21994'), UNKNOWN_CODE(4, 'A', '21997')],
      newUnits: { adds: 3, problems: [], changes: [
        '+21991: name==HYPERLINK("http://evil.example/","Bấm vào đây"); type=Xã; volume=∅',
        '+21994: name=@SUM(A1:A9); type=Xã; volume=∅',
        '+21997: name=+84 912 345 678; type=-Xã; volume=∅',
      ] } }) },
  { file: 'csv-57-own-export-excel-vn.csv', story: 'the app\'s own CSV export, Excel Việt Nam dialect',
    expect: preview({ adds: 0, updates: 0, unchanged: 13, skippedRows: 1 }) },
  { file: 'csv-58-own-export-standard-en.csv', story: 'the app\'s own CSV export, standard dialect, English headers',
    expect: preview({ delimiter: ',', adds: 0, updates: 0, unchanged: 13, skippedRows: 1 }) },
  { file: 'csv-59-own-export-standard-vi.csv', story: 'the app\'s own CSV export, standard dialect, Vietnamese headers (one quoted)',
    expect: preview({ delimiter: ',', adds: 0, updates: 0, unchanged: 13, skippedRows: 1 }) },
  { file: 'csv-60-own-export-resaved-by-excel.csv', story: 'the export opened in Excel, one target typed, saved as "CSV (Comma delimited)"',
    expect: preview({ encoding: 'windows-1258', adds: 0, updates: 1, unchanged: 12, skippedRows: 1, changes: ['21973 target.online_dossiers: ∅ → 55'] }) },
  { file: 'csv-61-reserved-codes.csv', story: 'the grid\'s summary rows (min, aggregate) pasted into a file',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 1, problems: [
      'Dòng 2, cột A (Mã): mã «min» được dành riêng cho dòng tổng hợp', 'Dòng 3, cột A (Mã): mã «aggregate» được dành riêng cho dòng tổng hợp',
    ] }) },
  { file: 'csv-62-new-unit-without-name.csv', story: 'a new code with an empty name cell',
    expect: preview({ adds: 0, updates: 0, unchanged: 1, problems: ['Dòng 3, cột B (Tên đơn vị): đơn vị mới cần có tên'] }) },
  { file: 'csv-63-line-break-in-cell.csv', story: 'Alt+Enter in a notes cell: a quoted line break; rows are counted as Excel shows them',
    expect: preview({ adds: 0, updates: 0, unchanged: 1, problems: [`Dòng 3, cột C (${OD_TARGET}): «150» nằm ngoài khoảng 0–100%`],
      ignored: 'Các cột không dùng (bỏ qua): «Ghi chú»' }) },
  { file: 'csv-64-total-rows.csv', story: '"Tổng cộng" and "Toàn huyện" total rows without a code',
    expect: preview({ adds: 0, updates: 0, unchanged: 2, skippedRows: 2 }) },
  { file: 'csv-65-title-rows-above-header.csv', story: 'an appendix with title lines above the header, as printed',
    // The header is found below the title lines; the one row matches the demo plan.
    expect: preview({ adds: 0, updates: 0, unchanged: 1 }) },
  { file: 'csv-66-short-rows-notepad.csv', story: 'hand-edited: rows with trailing cells left out',
    // A short row may be a cut one: never read, named with the columns it lacks.
    expect: preview({ adds: 0, updates: 0, unchanged: 1, problems: [
      'Dòng 3, cột C: dòng thiếu ô so với dòng tiêu đề (thiếu Số hồ sơ dự kiến, Hồ sơ trực tuyến - Chỉ tiêu 2023-H2): có thể tệp bị cắt ngang; dòng này không được nhập',
      'Dòng 4, cột D: dòng thiếu ô so với dòng tiêu đề (thiếu Hồ sơ trực tuyến - Chỉ tiêu 2023-H2): có thể tệp bị cắt ngang; dòng này không được nhập',
    ] }) },
  { file: 'csv-67-truncated-download.csv', story: 'a download of the standard export cut in the middle of row 7',
    // The cut row (`55` where the export said 55.8) is a problem, never a value.
    expect: preview({ delimiter: ',', adds: 0, updates: 0, unchanged: 5, problems: [
      'Dòng 7, cột I: dòng thiếu ô so với dòng tiêu đề (thiếu Online payment - Target 2023-H2, Digitisation of dossiers and results - Result 2023-H1, Digitisation of dossiers and results - Target 2023-H2 … (+4)): có thể tệp bị cắt ngang; dòng này không được nhập',
    ] }) },
  { file: 'csv-68-rates-as-fractions.csv', story: 'rates written as fractions (0,64 for 64 %), from cells formatted as percentages',
    // A risk (see README): read as 0,64 %; the rules then flag them in the grid.
    expect: preview({ kind: 'values', adds: 0, updates: 2, unchanged: 0, changes: [
      '21952 target.online_dossiers: 64 → 0,64', '21955 target.online_dossiers: 57 → 0,57',
    ] }) },
  { file: 'csv-69-proto-codes.csv', story: 'hostile: __proto__ and constructor as codes and names',
    expect: preview({ adds: 0, updates: 0, unchanged: 0, problems: [UNKNOWN_CODE(2, 'A', '__proto__'), UNKNOWN_CODE(3, 'A', 'constructor')],
      newUnits: { adds: 2, problems: [], changes: [
        '+__proto__: name=constructor; type=prototype; volume=∅', '+constructor: name=__proto__; type=Xã; volume=∅',
      ] } }) },
  { file: 'csv-70-two-lists-concatenated.csv', story: 'two unit lists pasted one after the other: the second header row is in the middle',
    expect: { kind: 'csv', preview: expect.objectContaining({ adds: 0, updates: 0, unchanged: 2, problems: [UNKNOWN_CODE(5, 'A', '21991')],
      newUnits: { adds: 1, problems: [], changes: ['+21991: name=Xã Thử Nghiệm; type=Xã; volume=∅'] } }) } },
  { file: 'csv-71-excel-vn-cut-last-row.csv', story: 'a download of the Excel Việt Nam export cut in row 8 (`…;46,1;5` for `…;46,1;54;…`), no final line break',
    // The cut row is a problem naming the columns it lacks; nothing of it is read (its `5` is not a target of 5 %).
    expect: preview({ adds: 0, updates: 0, unchanged: 6, problems: [
      'Dòng 8, cột H: dòng thiếu ô so với dòng tiêu đề (thiếu Thanh toán trực tuyến - KQ 2023-H1, Thanh toán trực tuyến - Chỉ tiêu 2023-H2, Số hóa hồ sơ, kết quả giải quyết TTHC - KQ 2023-H1 … (+5)): có thể tệp bị cắt ngang; dòng này không được nhập',
    ] }) },
  { file: 'csv-72-appendix-typo-codes.csv', story: 'the Excel Việt Nam export edited by hand: two codes mistyped (21953, 21796), one target and one volume changed',
    // The mistyped codes are problems by default (a typo, far more often than a new commune); the known rows apply.
    expect: preview({ adds: 0, updates: 2, unchanged: 9, skippedRows: 1,
      problems: [UNKNOWN_CODE(2, 'B', '21953'), UNKNOWN_CODE(10, 'B', '21796')],
      changes: ['21955 target.online_dossiers: 57 → 58', '21964 volume: 1610 → 1650'],
      newUnits: { adds: 2, problems: [], changes: [
        '+21953: name=Thị trấn Tuy Phước; type=Thị trấn; volume=2913; baseline.online_dossiers=55; baseline.online_payment=60,5; baseline.digitisation=69,1; baseline.e_results=31,4; baseline.population_db=100; target.online_dossiers=64; target.online_payment=68; target.digitisation=77; target.e_results=100; target.population_db=100',
        '+21796: name=Xã Phước Lộc; type=Xã; volume=1613; baseline.online_dossiers=59,9; baseline.online_payment=44,4; baseline.digitisation=53,8; baseline.e_results=35,3; baseline.population_db=100; target.online_dossiers=63; target.online_payment=51; target.digitisation=75; target.e_results=100; target.population_db=100',
      ] } }) },
  { file: 'csv-73-values-typo-codes.csv', story: 'a bare `Mã;…Chỉ tiêu` file typed in Excel: two mistyped codes (21953, 21697) among three known ones',
    // Without a name column there is nothing to add: the unknown rows are problems, the known rows apply.
    expect: preview({ kind: 'values', adds: 0, updates: 3, unchanged: 0,
      problems: [UNKNOWN_CODE(3, 'A', '21953'), UNKNOWN_CODE(5, 'A', '21697')],
      changes: ['21952 target.online_dossiers: 64 → 65', '21958 target.online_dossiers: 59 → 60', '21985 target.online_dossiers: 64 → 66'] }) },
  { file: 'csv-74-header-line-only.csv', story: 'a unit-list template saved with its header line and not one row',
    expect: refusedCsv('Tệp có dòng tiêu đề (dòng 1) nhưng không có dòng số liệu nào.') },
];
