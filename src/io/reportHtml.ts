/**
 * The monthly report as one self-contained HTML file for publication on a province's website: the report's
 * markup (already escaped, with its charts as inline SVG) and its style sheet inside one document, with no
 * script, no event handler, no outside reference (no link, image, font or frame), so it reads offline in any
 * browser and is safe to publish. A Content-Security-Policy in the document forbids scripts and outside loads
 * even if a server or an editor later added some.
 */
export interface ReportDocument {
  lang: 'vi' | 'en';
  title: string;
  css: string;
  /** The report's markup: escaped text, inline SVG. */
  body: string;
}

const escText = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Why a document could not be published as it is; empty when it can. Only tags and the style sheet are looked
 * at: text is escaped, so a unit named "onclick=" or "javascript:" is text, never markup.
 */
export function publicationProblems(html: string): string[] {
  const problems = new Set<string>();
  if (/<script/i.test(html)) problems.add('script');
  for (const tag of html.match(/<[^>]+>/g) ?? []) {
    if (/^<\/?(iframe|object|embed|link|img|image|use|foreignObject|base|form|input|button|a|audio|video|source)[\s>/]/i.test(tag)) problems.add('element');
    if (/^<meta/i.test(tag) && /http-equiv\s*=\s*"?refresh/i.test(tag)) problems.add('element');
    if (/\son[a-z]+\s*=/i.test(tag)) problems.add('eventHandler');
    if (/javascript:/i.test(tag)) problems.add('javascript');
    if (/\s(src|href|xlink:href|action|formaction)\s*=/i.test(tag)) problems.add('reference');
  }
  for (const sheet of html.match(/<style[^>]*>[\s\S]*?<\/style>/gi) ?? []) {
    if (/url\(|@import|expression\(/i.test(sheet)) problems.add('cssReference');
  }
  return [...problems];
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The published file's text; throws (nothing is written) when the markup is not safe to publish. */
export function serializeReportHtml(doc: ReportDocument): string {
  const html = '<!DOCTYPE html>\n'
    + `<html lang="${doc.lang}">\n<head>\n<meta charset="utf-8">\n`
    + `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n`
    + '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    + `<title>${escText(doc.title)}</title>\n<style>\n${doc.css}\n</style>\n</head>\n<body class="report-document">\n${doc.body}\n</body>\n</html>\n`;
  const problems = publicationProblems(html);
  if (problems.length > 0) throw new Error(`The report's markup is not safe to publish (${problems.join(', ')}).`);
  return html;
}
