/**
 * The cells of a workbook that hold a formula's error (`#DIV/0!`, `#N/A`, `#REF!`…). read-excel-file reads such a
 * cell as empty, which would let a broken count pass for a missing one; so the worksheets' XML is read again for
 * cells of type `e`, and each is given back as the text Excel shows (a CSV saved from the sheet holds the same).
 * The parts are inflated as the library inflates them (fflate, within the sizes the zip directory was checked for).
 */
import { strFromU8, unzip, type Unzipped } from 'fflate';

export interface ErrorCell { row: number; column: number; value: string }

const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';

const inflate = (bytes: Uint8Array, wanted: (name: string) => boolean) => new Promise<Unzipped>((resolve, reject) => {
  unzip(bytes, { filter: (file) => wanted(file.name) }, (error, data) => (error ? reject(error) : resolve(data)));
});

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) => text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (m, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
  hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ENTITIES[name ?? ''] ?? m);

/** An attribute of a tag's text, by its local name (`r:id` as `id` with `prefixed`). */
function attribute(tag: string, name: string, prefixed = false): string | undefined {
  const m = new RegExp(`\\s${prefixed ? '[\\w.-]+:' : ''}${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** Sheet name → its worksheet part, from the workbook and its relationships (as read-excel-file resolves them). */
function worksheetParts(workbook: string, rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<(?:[\w.-]+:)?Relationship\s[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target && /\/worksheet$/.test(attribute(tag, 'Type') ?? '')) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const target = targets.get(attribute(tag, 'id', true) ?? '');
    if (name !== undefined && target) parts.set(name, target);
  }
  return parts;
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The error cells of a worksheet's XML: only `t="e"` is looked for, so a sheet without one costs one search. */
export function errorCellsOf(xml: string): ErrorCell[] {
  const cells: ErrorCell[] = [];
  for (const m of xml.matchAll(/\st\s*=\s*["']e["']/g)) {
    const open = xml.lastIndexOf('<', m.index);
    const end = xml.indexOf('>', m.index);
    const tag = xml.slice(open, end + 1);
    if (!/^<(?:[\w.-]+:)?c\s/.test(tag) || tag.endsWith('/>')) continue;
    const body = /([\s\S]*?)<\/(?:[\w.-]+:)?c>/y;
    body.lastIndex = end + 1;
    const value = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)</.exec(body.exec(xml)?.[1] ?? '')?.[1];
    const place = /^([A-Z]{1,3})(\d{1,7})$/.exec(attribute(tag, 'r') ?? '');
    // A cell without its place (`r` is optional in the format, though every spreadsheet writes it) cannot be put back.
    if (value && place) cells.push({ row: Number(place[2]), column: columnNumber(place[1]!), value: unescapeXml(value).trim() });
  }
  return cells;
}

/** The error cells of every worksheet, by sheet name; sheets without any are left out. */
export async function workbookErrorCells(bytes: Uint8Array): Promise<Map<string, ErrorCell[]>> {
  const index = await inflate(bytes, (name) => name === WORKBOOK || name === RELS);
  const parts = worksheetParts(strFromU8(index[WORKBOOK] ?? new Uint8Array()), strFromU8(index[RELS] ?? new Uint8Array()));
  const wanted = new Set(parts.values());
  const sheets = await inflate(bytes, (name) => wanted.has(name));
  const found = new Map<string, ErrorCell[]>();
  for (const [name, part] of parts) {
    const data = sheets[part];
    if (!data) continue;
    const xml = strFromU8(data);
    if (!/\st\s*=\s*["']e["']/.test(xml)) continue;
    const cells = errorCellsOf(xml);
    if (cells.length > 0) found.set(name, cells);
  }
  return found;
}
