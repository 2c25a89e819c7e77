/**
 * The report's style sheet: the same text on the page (a `<style>` of the report) and inside the published file,
 * so the two look alike. Printed on A4 landscape (a named page); a chart, a figure's table and a table row are
 * never cut by a page break, and a table's header repeats on every page. Statuses are coloured in one hue
 * family each and always carry their word, so they read in grey too. No `url()`: the published file loads
 * nothing.
 */
export const REPORT_CSS = `
.monthly-report { font-family: "Times New Roman", Tinos, "Liberation Serif", "Noto Serif", "DejaVu Serif", serif; font-size: 12pt; line-height: 1.3; color: #111; background: #fff; max-width: 277mm; margin: 0 auto; padding: 8mm 10mm; }
.monthly-report h1, .monthly-report h2, .monthly-report h3 { font-family: inherit; color: #111; }
.report-head { text-align: center; margin-bottom: 4mm; }
.report-issuer { display: inline-block; float: left; margin: 0; font-weight: bold; text-align: center; }
.report-issuer::after { content: ""; display: block; width: 40%; margin: 1mm auto 0; border-top: 0.6pt solid #000; }
.report-title { clear: both; font-size: 16pt; margin: 0; padding-top: 4mm; }
.report-subtitle { margin: 1mm 0 0; font-weight: bold; }
.report-span { margin: 1mm 0 0; font-style: italic; }
.report-section { margin-top: 5mm; }
.report-section h2 { font-size: 13pt; margin: 0 0 2mm; break-after: avoid; }
.report-section h3 { font-size: 12pt; margin: 3mm 0 1mm; break-after: avoid; }
.report-table { border-collapse: collapse; font-size: 10pt; line-height: 1.2; }
.report-table th, .report-table td { border: 0.6pt solid #555; padding: 0.6mm 1.4mm; vertical-align: middle; }
.report-table thead th { background: #eef2f7; text-align: center; font-weight: bold; }
.report-table tbody th { text-align: left; font-weight: normal; }
.report-table .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.report-table td.name { white-space: nowrap; }
.report-table td.rate svg { display: block; margin: 0.5mm 0 0 auto; }
.report-table .chart-cell { padding: 0.4mm 1mm; }
.report-table .chart-cell svg { display: block; }
.report-summary .report-table, .report-behind .report-table, .report-ranking .report-table { width: 100%; }
.report-ranking .report-table { font-size: 8.5pt; table-layout: fixed; }
.report-ranking td.name { white-space: normal; }
.report-ranking col:nth-child(1) { width: 8mm; } .report-ranking col:nth-child(2) { width: 14mm; }
.report-ranking col:nth-child(3n+4) { width: 13mm; } .report-ranking col:nth-child(3n+5) { width: 10mm; } .report-ranking col:nth-child(3n+6) { width: 15mm; }
.report-ranking .ranking-part { content-visibility: auto; contain-intrinsic-size: auto 640px; }
/* The ranking's parts are its printed pages (rankingPages.ts): it starts on a page of its own, a part per page. */
@media print { .report-ranking .ranking-part { content-visibility: visible; } .report-ranking { break-before: page; } .ranking-part + .ranking-part { break-before: page; } }
.report-ranking .report-table th, .report-ranking .report-table td { padding: 0.4mm 0.8mm; }
.report-ranking td.status-word { white-space: nowrap; font-size: 8pt; padding-left: 1.2mm; }
.report-ranking th.group { border-bottom-width: 0.6pt; }
.report-table thead { display: table-header-group; }
.report-table tr, .report-figure, .report-figure svg, .report-table svg { break-inside: avoid; }
.report-figures { break-inside: avoid; display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; margin-bottom: 2mm; }
.report-figures h3 { grid-column: 1 / -1; margin-bottom: 1mm; }
.report-figure { margin: 0; min-width: 0; }
.report-figure figcaption { font-weight: bold; font-size: 10pt; margin-bottom: 1mm; }
.figure-body { display: flex; gap: 2mm; align-items: flex-start; }
.figure-body svg { flex: none; }
.figure-table { font-size: 9pt; }
.status-word { display: inline-block; padding: 0 1.5mm; border-radius: 2mm; border: 0.6pt solid; white-space: nowrap; font-size: 9pt; }
td.status-word { display: table-cell; border-radius: 0; border: 0.6pt solid #555; }
.status-met { background: #dcfce7; color: #14532d; border-color: #15803d; }
.status-on-track { background: #dbeafe; color: #1e3a8a; border-color: #1d4ed8; }
.status-at-risk { background: #fef3c7; color: #78350f; border-color: #b45309; border-style: dashed; }
.status-behind { background: #fee2e2; color: #7f1d1d; border-color: #b91c1c; border-width: 1.2pt; font-weight: bold; }
.status-missing { background: #f1f5f9; color: #334155; border-color: #94a3b8; border-style: dotted; font-style: italic; }
th.status-head { font-size: 9pt; }
.report-notes { margin-top: 5mm; font-size: 10pt; font-style: italic; break-inside: avoid; }
.report-notes p, .report-note { margin: 0 0 1mm; }
.report-note { font-size: 10pt; font-style: italic; }
/* Page numbers at the top centre from the second page on, as on an administrative document. */
@page report { size: A4 landscape; margin: 10mm 10mm 12mm 12mm; @top-center { content: counter(page); font: 10pt "Times New Roman", Tinos, "Liberation Serif", serif; vertical-align: bottom; } }
@page report:first { @top-center { content: none; } }
@media print {
  .monthly-report { page: report; max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  .report-table thead th { background: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The page around the report in the app (not in the published file): it scrolls, and only the report prints. */
export const REPORT_PAGE_CSS = `
.report-page { flex: 1; min-height: 0; overflow: auto; display: flex; flex-direction: column; gap: 6px; }
.report-tools { flex: none; }
.report-sheet { background: #fff; border: 1px solid #d1d5db; align-self: center; width: 100%; max-width: 297mm; }
@media print {
  .report-tools { display: none !important; }
  .report-page { display: block; overflow: visible; }
  .report-sheet { border: 0; max-width: none; }
}
`;
